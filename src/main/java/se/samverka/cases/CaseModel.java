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
   * person ({@code personId} null) and only the young person's age at opening ({@code youthAge}). A case opened by a
   * user of a unit ({@code skola:paulinska}) is that unit's ({@code ownerUnit}); otherwise the whole agency's (null).
   * {@code caseNumber} is the readable number ({@code SSPF-2026-0042}) of the process that works the case, its business
   * key; null until a process is linked.
   */
  public record CaseRecord(String id, String caseType, String status, String personId, String processInstanceId,
      String district, List<String> concerns, String ownerAgency, String closureReason, Instant openedAt,
      Instant closedAt, Integer youthAge, String ownerUnit, String caseNumber) {

    public CaseRecord(String id, String caseType, String status, String personId, String processInstanceId,
        String district, List<String> concerns, String ownerAgency, String closureReason, Instant openedAt,
        Instant closedAt, Integer youthAge, String ownerUnit) {
      this(id, caseType, status, personId, processInstanceId, district, concerns, ownerAgency, closureReason, openedAt,
          closedAt, youthAge, ownerUnit, null);
    }

    public CaseRecord(String id, String caseType, String status, String personId, String processInstanceId,
        String district, List<String> concerns, String ownerAgency, String closureReason, Instant openedAt,
        Instant closedAt, Integer youthAge) {
      this(id, caseType, status, personId, processInstanceId, district, concerns, ownerAgency, closureReason, openedAt,
          closedAt, youthAge, null);
    }
  }

  /**
   * A consent (OSL 12 kap. 2 §). {@code parties} are agencies ({@code polis}) or units of one ({@code
   * polis:lpo-strangnas}). Who signed, and when, is recorded per person: {@code guardiansWithCustody} (0–2; null for
   * consents recorded before it was asked) and the day each one consented (null: not asked, or not recorded).
   */
  public record Consent(String id, String caseId, boolean givenByGuardian1, boolean givenByGuardian2,
      boolean givenByYouth, List<String> parties, List<String> categories, LocalDate validFrom, LocalDate validTo,
      Instant withdrawnAt, String recordedBy, Integer guardiansWithCustody, LocalDate guardian1On,
      LocalDate guardian2On, LocalDate youthOn, String documentReference) {

    public Consent(String id, String caseId, boolean givenByGuardian1, boolean givenByGuardian2, boolean givenByYouth,
        List<String> parties, List<String> categories, LocalDate validFrom, LocalDate validTo, Instant withdrawnAt,
        String recordedBy) {
      this(id, caseId, givenByGuardian1, givenByGuardian2, givenByYouth, parties, categories, validFrom, validTo,
          withdrawnAt, recordedBy, null, null, null, null, null);
    }

    public boolean isValidOn(LocalDate day) {
      return withdrawnAt == null && !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    /** Does the consent name the agency as a whole? */
    public boolean covers(String agency, String category) {
      return parties.contains(agency) && categories.contains(category);
    }

    /**
     * Does the consent name this reader: the reader's agency as a whole, or a unit of it that the reader works in?
     */
    public boolean namesReader(String agency, List<String> units) {
      return parties.contains(agency)
          || units.stream().anyMatch(u -> u.startsWith(agency + ":") && parties.contains(u));
    }

    /** Does the consent name the agency, as a whole or by one of its units (whose information it then covers)? */
    public boolean namesAgency(String agency) {
      return parties.stream().anyMatch(p -> p.equals(agency) || p.startsWith(agency + ":"));
    }
  }

  /**
   * A note. {@code authorGroups}: the author's groups when it was written (empty for notes from before that was
   * recorded, and for the system), so that it can say who wrote it by role rather than by agency code.
   */
  public record Note(String id, String caseId, String ownerAgency, String category, String body, String source,
      String createdBy, Instant createdAt, List<String> authorGroups) {

    public Note {
      authorGroups = authorGroups == null ? List.of() : List.copyOf(authorGroups);
    }

    public Note(String id, String caseId, String ownerAgency, String category, String body, String source,
        String createdBy, Instant createdAt) {
      this(id, caseId, ownerAgency, category, body, source, createdBy, createdAt, List.of());
    }
  }

  public record Disclosure(String id, String caseId, String fromAgency, String toAgency, String category,
      String legalGround, String justification, String decidedBy, Instant decidedAt) {}

  public record CaseEvent(String id, String caseId, String kind, String detail, String createdBy, Instant createdAt) {}

  public record Commitment(String id, String caseId, String party, String responsible, int period, LocalDate dueDate,
      String status) {}

  /** One party's commitment in a plan: who is responsible (a role, not a name) and by when. */
  public record CommitmentPlan(String party, String responsible, LocalDate dueDate) {}

  /** Identity input: an identity number, or name and birth date when the number is unknown. */
  public record PersonInput(String identityNumber, String firstName, String lastName, LocalDate birthDate) {}

  /**
   * A consent to record: who consented (and on which day), the parties (agencies or units) and categories it covers,
   * its last day, and the signed document's reference (diarienummer).
   */
  public record ConsentInput(boolean givenByGuardian1, boolean givenByGuardian2, boolean givenByYouth,
      List<String> parties, List<String> categories, LocalDate validTo, Integer guardiansWithCustody,
      LocalDate guardian1On, LocalDate guardian2On, LocalDate youthOn, String documentReference) {

    public ConsentInput(boolean givenByGuardian1, boolean givenByGuardian2, boolean givenByYouth,
        List<String> parties, List<String> categories, LocalDate validTo) {
      this(givenByGuardian1, givenByGuardian2, givenByYouth, parties, categories, validTo, null, null, null, null,
          null);
    }
  }

  /** What one agency may see of a case: the parts hidden by secrecy are left out. */
  public record CaseView(CaseRecord caseRecord, Person person, List<Note> notes, List<Consent> consents,
      List<Disclosure> disclosures, List<CaseEvent> events) {

    /** The readable case number ({@code SSPF-2026-0042}), or null before a process is linked. */
    public String caseNumber() {
      return caseRecord.caseNumber();
    }
  }

  /**
   * A read of a case for its page: what the agency may see ({@code view}) and on what footing it sees each part, for
   * "why do I see this": {@code caseGround} for the case itself, {@code identityGround} for whom it is about (null when
   * it may not see that), {@code noteGrounds} per note id, {@code planGround} for the commitment plan (null: the plan is
   * not shown, and {@code commitments} is empty). A footing is {@code egen} (its own), {@code samtycke} or the legal
   * ground of a disclosure.
   */
  public record CaseReading(CaseView view, String caseGround, String identityGround,
      java.util.Map<String, String> noteGrounds, List<Commitment> commitments, String planGround) {}

  /** One entry of a young person's chronology: an event or a note of one of their cases. */
  public record ChronologyEntry(Instant at, String caseId, String caseType, String kind, String agency,
      String category, String text) {}

  /** Published when consent is withdrawn; sharing has already stopped when listeners see it. */
  public record ConsentWithdrawn(String caseId, String processInstanceId, String withdrawnBy) {}
}
