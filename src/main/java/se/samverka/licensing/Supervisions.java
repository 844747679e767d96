package se.samverka.licensing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.licensing.persistence.PremisesRepository;
import se.samverka.licensing.persistence.SupervisionRepository;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.InvalidFormInput;

/** The record of supervisions kept next to {@code alkoholtillsyn}: what was planned, found, decided and notified. */
@Service
@Transactional
public class Supervisions {

  private final SupervisionRepository supervisions;
  private final PremisesRepository premises;

  Supervisions(SupervisionRepository supervisions, PremisesRepository premises) {
    this.supervisions = supervisions;
    this.premises = premises;
  }

  /** The premises a person means by a name or an organisation number; a Swedish message when none or several match. */
  @Transactional(readOnly = true)
  public Premises resolve(String reference) {
    String text = reference == null ? "" : reference.trim();
    if (text.isEmpty()) {
      throw new InvalidFormInput("Ange serveringsställets namn eller tillståndshavarens organisationsnummer");
    }
    String organisationNumber = text.replaceAll("[\\s-]", "");
    if (organisationNumber.matches("\\d{10}")) {
      organisationNumber = organisationNumber.substring(0, 6) + "-" + organisationNumber.substring(6);
    }
    List<Premises> found = premises.byNameOrOrganisationNumber(text, organisationNumber);
    if (found.isEmpty()) {
      throw new InvalidFormInput("Inget serveringsställe i registret heter \"" + text
          + "\" eller har det organisationsnumret");
    }
    if (found.size() > 1) {
      throw new InvalidFormInput("Flera serveringsställen matchar \"" + text + "\": "
          + String.join(", ", found.stream().map(p -> p.name() + " (" + p.address() + ")").toList())
          + ". Ange serveringsställets namn.");
    }
    return found.get(0);
  }

  @Transactional(readOnly = true)
  public Premises premises(String premisesId) {
    return premises.find(premisesId)
        .orElseThrow(() -> new InvalidFormInput("Okänt serveringsställe: " + premisesId));
  }

  /** Opens the record of a supervision and returns its id. */
  public String open(String premisesId, String instanceId, String trigger, String kind, LocalDate plannedFor) {
    String id = UUID.randomUUID().toString();
    supervisions.insert(id, premises(premisesId).id(), instanceId, trigger, kind, plannedFor, EngineClock.now());
    return id;
  }

  public void planned(String id, String kind, LocalDate plannedFor) {
    supervisions.update(id, "planerad", EngineClock.now(), "kind", kind);
    supervisions.update(id, null, EngineClock.now(), "planned_for", plannedFor);
  }

  public void inspected(String id, LocalDate inspectedOn, String remarkLevel, LocalDate protocolDue) {
    supervisions.recordInspection(id, inspectedOn, remarkLevel, protocolDue, EngineClock.now());
  }

  /** The protocol went to the licence holder; the status tells what comes next (by the outcome of the protocol). */
  public void protocolSent(String id, LocalDate sentOn, String outcome) {
    String status = switch (outcome) {
      case AlkoholtillsynProcess.OUTCOME_REINSPECT -> "ny-tillsyn";
      case AlkoholtillsynProcess.OUTCOME_CASE -> "tillsynsarende";
      default -> "protokoll-skickat";
    };
    supervisions.update(id, status, EngineClock.now(), "protocol_sent_on", sentOn);
  }

  public void sanctionProposed(String id, String sanction) {
    supervisions.update(id, "forslag", EngineClock.now(), "proposed_sanction", sanction);
  }

  /** The committee's decision; any sanction counts as an earlier remark in the premises' risk from now on. */
  public void decided(String id, String sanction, String deviationReason, LocalDate decidedOn) {
    supervisions.recordDecision(id, sanction, deviationReason, decidedOn, EngineClock.now());
    if (!"ingen".equals(sanction)) {
      supervisions.markEarlierRemarks(find(id).orElseThrow().premisesId(), EngineClock.now());
    }
  }

  public void notified(String id, LocalDate notifiedOn, LocalDate appealUntil) {
    supervisions.recordNotification(id, notifiedOn, appealUntil, EngineClock.now());
  }

  /** An appeal of the decision came in; it goes to the administrative court. */
  public void appealed(String id) {
    supervisions.recordAppeal(id, EngineClock.now());
  }

  /** The administrative court ruled on the appeal: avslag, bifall or avvisat. */
  public void courtRuled(String id, String courtOutcome) {
    supervisions.recordCourtOutcome(id, courtOutcome, EngineClock.now());
  }

  public void closed(String id, String status) {
    supervisions.setStatus(id, status, EngineClock.now());
  }

  @Transactional(readOnly = true)
  public Optional<Supervision> find(String id) {
    return supervisions.find(id);
  }

  @Transactional(readOnly = true)
  public List<Supervision> all() {
    return supervisions.all();
  }

  @Transactional(readOnly = true)
  public List<Supervision> ofPremises(String premisesId) {
    return supervisions.ofPremises(premisesId);
  }
}
