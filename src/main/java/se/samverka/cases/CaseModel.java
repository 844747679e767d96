package se.samverka.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The records of the case store, as the module's API hands them out. */
public final class CaseModel {

  private CaseModel() {}

  /**
   * A young person. {@code firstRegistrantAgency} records which agency registered them first; it grants nothing: who
   * may see the person is decided case by case.
   */
  public record Person(String id, String identityNumber, boolean coordinationNumber, String firstName,
      String lastName, LocalDate birthDate, String firstRegistrantAgency) {}

  /**
   * Metadata of a case; holds no personal data beyond the link to the person. A consultation without identity has no
   * person ({@code personId} null) and only the young person's age at opening ({@code youthAge}).
   */
  public record CaseRecord(String id, String caseType, String status, String personId, String processInstanceId,
      String district, List<String> concerns, String ownerAgency, String closureReason, Instant openedAt,
      Instant closedAt, Integer youthAge) {}

  public record Consent(String id, String caseId, boolean givenByGuardian1, boolean givenByGuardian2,
      boolean givenByYouth, List<String> parties, List<String> categories, LocalDate validFrom, LocalDate validTo,
      Instant withdrawnAt, String recordedBy) {

    public boolean isValidOn(LocalDate day) {
      return withdrawnAt == null && !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    public boolean covers(String agency, String category) {
      return parties.contains(agency) && categories.contains(category);
    }
  }

  public record Note(String id, String caseId, String ownerAgency, String category, String body, String source,
      String createdBy, Instant createdAt) {}

  public record Disclosure(String id, String caseId, String fromAgency, String toAgency, String category,
      String legalGround, String justification, String decidedBy, Instant decidedAt) {}

  public record CaseEvent(String id, String caseId, String kind, String detail, String createdBy, Instant createdAt) {}

  public record Commitment(String id, String caseId, String party, String responsible, int period, LocalDate dueDate,
      String status) {}

  /** One party's commitment in a plan: who is responsible (a role, not a name) and by when. */
  public record CommitmentPlan(String party, String responsible, LocalDate dueDate) {}

  /** Identity input: an identity number, or name and birth date when the number is unknown. */
  public record PersonInput(String identityNumber, String firstName, String lastName, LocalDate birthDate) {}

  public record ConsentInput(boolean givenByGuardian1, boolean givenByGuardian2, boolean givenByYouth,
      List<String> parties, List<String> categories, LocalDate validTo) {}

  /** What one agency may see of a case: the parts hidden by secrecy are left out. */
  public record CaseView(CaseRecord caseRecord, Person person, List<Note> notes, List<Consent> consents,
      List<Disclosure> disclosures, List<CaseEvent> events) {}

  /** One entry of a young person's chronology: an event or a note of one of their cases. */
  public record ChronologyEntry(Instant at, String caseId, String caseType, String kind, String agency,
      String category, String text) {}

  /** Published when consent is withdrawn; sharing has already stopped when listeners see it. */
  public record ConsentWithdrawn(String caseId, String processInstanceId, String withdrawnBy) {}
}
