package se.samverka.licensing;

import java.time.LocalDate;
import java.util.Collection;
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
  private final LicensingSettings settings;

  Supervisions(SupervisionRepository supervisions, PremisesRepository premises, LicensingSettings settings) {
    this.supervisions = supervisions;
    this.premises = premises;
    this.settings = settings;
  }

  /**
   * Who starts a supervision for which reason. The police may report findings that start one (trigger {@code polis},
   * with the findings), but only the municipality supervises and decides sanctions (alkohollagen 9 kap. 2 §): a police
   * officer starts with the police's findings and nothing else. The alcohol officer may register a police report too.
   */
  public static void checkStart(String trigger, String policeFindings, Collection<String> starterGroups) {
    boolean police = starterGroups.contains("polis") && !starterGroups.contains(AlkoholtillsynProcess.GROUP);
    if (police && !AlkoholtillsynProcess.TRIGGER_POLICE.equals(trigger)) {
      throw new InvalidFormInput("Polisen startar en tillsyn med sina iakttagelser: välj anledningen "
          + "\"Polisens iakttagelser\"");
    }
    if (AlkoholtillsynProcess.TRIGGER_POLICE.equals(trigger) && (policeFindings == null || policeFindings.isBlank())) {
      throw new InvalidFormInput("Beskriv polisens iakttagelser");
    }
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

  /** The premises of the register with this id, if the reference is one. */
  @Transactional(readOnly = true)
  public Optional<Premises> findPremises(String reference) {
    return reference == null || reference.isBlank() || reference.length() > 100 ? Optional.empty()
        : premises.find(reference.trim());
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

  /**
   * The earlier formal sanctions of this supervision's licence (same premises, same licence holder) within the
   * look-back, recorded with the supervision as what the decision table was given.
   */
  public SanctionHistory earlierSanctions(String id) {
    Premises licence = premises(find(id).orElseThrow().premisesId());
    LocalDate today = EngineClock.today();
    SanctionHistory history = SanctionHistory.of(
        supervisions.sanctionsOf(licence.id(), licence.holderOrganisationNumber(), id),
        settings.sanctionLookBackFrom(today), today);
    supervisions.update(id, null, EngineClock.now(), "earlier_sanction", history.mostSevere());
    supervisions.update(id, null, EngineClock.now(), "earlier_sanction_on", history.mostSevereOn());
    return history;
  }

  /** A communication with the licence holder (FL 25 §): what was sent and when; returns the round (1, 2, ...). */
  public int communicated(String id, LocalDate on, List<String> documents, LocalDate responseDue,
      String interpreterLanguage, String userId) {
    int round = supervisions.communicationRounds(id) + 1;
    supervisions.insertCommunication(id, round, on, String.join(",", documents), responseDue, interpreterLanguage,
        userId, EngineClock.now());
    supervisions.setStatus(id, "kommunicerat", EngineClock.now());
    return round;
  }

  @Transactional(readOnly = true)
  public List<SupervisionRepository.Communication> communications(String id) {
    return supervisions.communications(id);
  }

  /**
   * The committee's decision, for the licence holder of today; any sanction counts as an earlier remark in the
   * premises' risk from now on.
   */
  public void decided(String id, String sanction, String deviationReason, LocalDate decidedOn) {
    Premises licence = premises(find(id).orElseThrow().premisesId());
    supervisions.recordDecision(id, sanction, deviationReason, decidedOn, licence.holderOrganisationNumber(),
        EngineClock.now());
    if (!"ingen".equals(sanction)) {
      supervisions.markEarlierRemarks(licence.id(), EngineClock.now());
    }
  }

  public void notified(String id, LocalDate notifiedOn, LocalDate appealUntil) {
    supervisions.recordNotification(id, notifiedOn, appealUntil, EngineClock.now());
  }

  /** An appeal of the decision came in, in time or late (FL 44 §). */
  public void appealed(String id, LocalDate receivedOn, boolean inTime) {
    supervisions.recordAppeal(id, receivedOn, inTime, EngineClock.now());
  }

  /** The appeal window closed without an appeal: the decision is final (a late appeal may still come in). */
  public void becameFinal(String id) {
    supervisions.setStatus(id, "laga-kraft", EngineClock.now());
  }

  /** The committee dismissed a late appeal itself (FL 45 §). */
  public void appealDismissed(String id, LocalDate dismissedOn) {
    supervisions.update(id, "overklagande-avvisat", EngineClock.now(), "appeal_dismissed_on", dismissedOn);
  }

  /**
   * The reconsideration before forwarding (FL 37-39 §§): {@code andrat-som-begart}, {@code andrat-delvis} or
   * {@code ingen-andring}; a changed decision replaces the sanction.
   */
  public void reconsidered(String id, String outcome, LocalDate on, String newSanction) {
    supervisions.recordReconsideration(id, outcome, on, EngineClock.now());
    if (newSanction != null) {
      supervisions.update(id, null, EngineClock.now(), "decided_sanction", newSanction);
    }
  }

  /** The appeal and the documents went to the administrative court (FL 46 §). */
  public void forwarded(String id, LocalDate forwardedOn) {
    supervisions.update(id, "overlamnat", EngineClock.now(), "forwarded_on", forwardedOn);
  }

  /** The administrative court ruled on the appeal: avslag, bifall or avvisat. */
  public void courtRuled(String id, String courtOutcome, LocalDate ruledOn) {
    supervisions.recordCourtOutcome(id, courtOutcome, ruledOn, EngineClock.now());
  }

  public void closed(String id, String status) {
    supervisions.setStatus(id, status, EngineClock.now());
  }

  @Transactional(readOnly = true)
  public Optional<Supervision> find(String id) {
    return supervisions.find(id);
  }

  /** The name of the premises of each supervision (public register data), in one query. */
  @Transactional(readOnly = true)
  public java.util.Map<String, String> premisesNames(java.util.Collection<String> supervisionIds) {
    java.util.Map<String, String> names = new java.util.HashMap<>();
    supervisions.premisesOf(supervisionIds).forEach((id, premises) -> names.put(id, premises[0]));
    return names;
  }

  /** The district of the supervised premises, if the supervision exists. */
  @Transactional(readOnly = true)
  public Optional<String> district(String supervisionId) {
    return Optional.ofNullable(supervisions.premisesOf(List.of(supervisionId)).get(supervisionId)).map(p -> p[1]);
  }

  /** Supervisions inspected from {@code from} to {@code to} (both in), by reason, kind and result: counts only. */
  @Transactional(readOnly = true)
  public List<LicensingCounts.SupervisionCount> inspectedBetween(LocalDate from, LocalDate to) {
    return supervisions.inspectedBetween(from, to);
  }

  /** Decisions taken from {@code from} to {@code to}, by the sanction decided: counts only. */
  @Transactional(readOnly = true)
  public List<LicensingCounts.SanctionCount> decidedBetween(LocalDate from, LocalDate to) {
    return supervisions.decidedBetween(from, to);
  }

  /** Appeals and the court's rulings from {@code from} to {@code to}: counts only. */
  @Transactional(readOnly = true)
  public LicensingCounts.AppealCounts appealsBetween(LocalDate from, LocalDate to) {
    return supervisions.appealsBetween(from, to);
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
