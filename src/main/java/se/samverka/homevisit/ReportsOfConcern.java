package se.samverka.homevisit;

import static se.samverka.homevisit.OrosanmalanProcess.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.cases.CaseService;
import se.samverka.cases.Deadlines;
import se.samverka.sspf.ReportOfConcernRequired;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.SystemContext;

/**
 * Reports of concern: started from another case (SSPF's acute risk, the home visits), the receipt with its deadlines
 * and routing, the protection assessment, an extension for exceptional reasons, the decision on an investigation and
 * the lex Sarah offer after a missed child-protection deadline. The receipt time drives every deadline.
 */
@Service
@Transactional
public class ReportsOfConcern {

  /** The reporter's account: as long as the report form's own description. */
  public static final int ACCOUNT_MAX_LENGTH = 4000;
  /** Where the reporter's account is kept: a note of the report's case in this category, owned by the reporter. */
  static final String ACCOUNT_CATEGORY = "grund";

  private final CaseService cases;
  private final Deadlines deadlines;
  private final OrosanmalanSettings settings;
  private final RuntimeService runtimeService;
  private final SystemContext system;
  private final ApplicationEventPublisher events;

  ReportsOfConcern(CaseService cases, Deadlines deadlines, OrosanmalanSettings settings, RuntimeService runtimeService,
      SystemContext system, ApplicationEventPublisher events) {
    this.cases = cases;
    this.deadlines = deadlines;
    this.settings = settings;
    this.runtimeService = runtimeService;
    this.system = system;
    this.events = events;
  }

  /** What the receipt fixes: the deadlines, when the manager is told, and who makes the protection assessment. */
  public record Receipt(Date protectionDue, Date protectionEscalation, Date decisionDue, List<String> protectionGroups) {}

  /**
   * A report of concern for the person of another case, made by a mandatory reporter, with the reporter's own account
   * of the concern (required, at most {@value #ACCOUNT_MAX_LENGTH} characters): a case of its own (owned by the
   * reporting agency, null meaning social services), the account as the reporter's note in it, and the
   * {@code orosanmalan} process, received now. Returns the new case id.
   */
  public String requestFrom(String sourceCaseId, String userId, String reporterAgency, String reporterAccount) {
    if (reporterAccount == null || reporterAccount.isBlank()) {
      throw new IllegalArgumentException("En orosanmälan behöver anmälarens egen beskrivning av oron");
    }
    if (reporterAccount.strip().length() > ACCOUNT_MAX_LENGTH) {
      throw new IllegalArgumentException("Anmälarens beskrivning får vara högst " + ACCOUNT_MAX_LENGTH + " tecken");
    }
    String agency = reporterAgency != null ? reporterAgency : RECEIVING_GROUP;
    return start(sourceCaseId, userId, agency, false, caseId -> cases.addNote(caseId, agency, ACCOUNT_CATEGORY,
        reporterAccount.strip(), MESSAGE_REQUESTED, userId));
  }

  private String start(String sourceCaseId, String userId, String agency, boolean acute,
      java.util.function.Consumer<String> account) {
    String reporterAgency = agency != null ? agency : RECEIVING_GROUP;
    String caseId = cases.openCaseForSamePerson(sourceCaseId, KEY, reporterAgency, userId);
    account.accept(caseId);
    // What social services learn themselves (a tip they register) is their own knowledge, not a report from a
    // mandatory reporter: no feedback is owed to anyone.
    boolean mandatoryReporter = !RECEIVING_GROUP.equals(reporterAgency);
    String processInstanceId = system.call(() -> runtimeService.createMessageCorrelation(MESSAGE_REQUESTED)
        .setVariables(Map.of(CASE_ID, caseId, REPORTER_AGENCY, reporterAgency, REPORTER_MANDATORY, mandatoryReporter,
            VIOLENCE_INVOLVED, false, ACUTE, acute))
        .correlateStartMessage().getId());
    cases.attachProcess(caseId, processInstanceId);
    return caseId;
  }

  /**
   * After the SSPF step that required the report has committed, on its own thread and transaction; the event
   * publication registry keeps the event until this has run (republished at the next start after a crash). SSPF
   * reports acute risk, so the report is acute; the reporter's account is their note in the SSPF case, copied into the
   * report's case (the event carries only its id, so no personal data waits in the publication registry).
   */
  @ApplicationModuleListener
  void on(ReportOfConcernRequired event) {
    String caseId = start(event.sspfCaseId(), event.userId(), event.reporterAgency(), true, reportCase -> {
      // An event published before events carried the account (kept by the registry over an upgrade) has none.
      if (event.reporterAccountNoteId() != null) {
        cases.copyNote(event.sspfCaseId(), event.reporterAccountNoteId(), reportCase, MESSAGE_REQUESTED,
            event.userId());
      }
    });
    cases.recordEvent(event.sspfCaseId(), "OROSANMALAN_GJORD", "Orosanmälan: ärende " + caseId, event.userId());
  }

  /** The receipt: opens the protection-assessment and decision deadlines and routes the protection assessment. */
  public Receipt receive(String caseId, Instant receivedAt, boolean mandatoryReporter, boolean acute, String userId) {
    Date protectionDue = settings.protectionDue(receivedAt);
    Date decisionDue = settings.decisionDue(receivedAt);
    List<String> protectionGroups = settings.protectionGroups(receivedAt, acute);
    deadlines.open(caseId, PROTECTION_DEADLINE, protectionGroups.get(0), protectionDue.toInstant());
    deadlines.open(caseId, DECISION_DEADLINE, RECEIVING_GROUP, decisionDue.toInstant());
    var record = cases.find(caseId).orElseThrow();
    if (!RECEIVING_GROUP.equals(record.ownerAgency())) {
      // The report itself discloses the reporter's information to social services.
      cases.recordDisclosure(caseId, record.ownerAgency(), RECEIVING_GROUP, "grund",
          mandatoryReporter ? "osl-10-28" : "annan", "Orosanmälan till socialtjänsten", userId);
    }
    cases.recordEvent(caseId, "OROSANMALAN_MOTTAGEN", (mandatoryReporter ? "Anmälningsplikt" : "Frivillig anmälan")
        + (protectionGroups.contains(ON_CALL_GROUP) ? "; akut utanför kontorstid: socialjouren" : ""), userId);
    return new Receipt(protectionDue, settings.protectionEscalation(receivedAt), decisionDue, protectionGroups);
  }

  /**
   * The protection assessment is made: its deadline is met (perhaps late) and what it found is recorded, including
   * whether the guardians may be contacted now and, where a crime against the child is suspected, the consultation
   * with the police or Barnahus. Others that wait to contact the guardians hear of it by
   * {@link ProtectionAssessmentRecorded}.
   */
  public void recordProtectionAssessment(String caseId, ProtectionAssessment assessment, String userId) {
    deadlines.met(caseId, PROTECTION_DEADLINE);
    cases.recordEvent(caseId, "SKYDDSBEDOMNING_GJORD", "Omedelbart skydd: " + yesNo(assessment.immediateProtection())
        + "; vårdnadshavare får kontaktas nu: " + yesNo(assessment.guardiansMayBeContacted())
        + "; utredning direkt: " + yesNo(assessment.investigationAtOnce()), userId);
    if (assessment.suspectedCrime()) {
      cases.recordEvent(caseId, "SAMRAD_BROTT_MOT_BARN", "Misstänkt brott mot barnet: samråd med "
          + ("barnahus".equals(assessment.consultedWith()) ? "Barnahus" : "polisen") + " " + assessment.consultedOn(),
          userId);
    }
    events.publishEvent(new ProtectionAssessmentRecorded(caseId, assessment.guardiansMayBeContacted()));
  }

  /** What the protection assessment found. {@code consultedWith}/{@code consultedOn} only when a crime is suspected. */
  public record ProtectionAssessment(boolean immediateProtection, boolean guardiansMayBeContacted,
      boolean suspectedCrime, String consultedWith, LocalDate consultedOn, boolean investigationAtOnce) {}

  /**
   * An extension of the preliminary assessment for exceptional reasons, decided before or after the 14 days: the
   * decision deadline's date moves and keeps the reason (the social worker's own words are their note). Returns the
   * new deadline for the timer.
   */
  public Date extend(String caseId, Instant receivedAt, Date currentDue, String reason, LocalDate newDate,
      String userId) {
    Date due = settings.extendedDecisionDue(receivedAt, currentDue, EngineClock.today(), reason, newDate);
    String text = "Synnerliga skäl: " + EXTENSION_REASONS.get(reason) + " (beslutat av " + userId + ")";
    deadlines.extend(caseId, DECISION_DEADLINE, text, due.toInstant());
    cases.recordEvent(caseId, "FORHANDSBEDOMNING_FORLANGD", text + "; nytt datum " + newDate, userId);
    return due;
  }

  /**
   * The decision to open an investigation or not: the decision deadline is met (late if it was breached), and a
   * mandatory reporter is owed feedback by the returned date (null when no feedback is owed).
   */
  public Date decide(String caseId, String decision, String reason, boolean mandatoryReporter, String userId) {
    deadlines.met(caseId, DECISION_DEADLINE);
    cases.recordEvent(caseId, OPEN_INVESTIGATION.equals(decision) ? "UTREDNING_INLEDS" : "INGEN_UTREDNING", reason,
        userId);
    if (!mandatoryReporter) {
      return null;
    }
    Date feedbackDue = settings.feedbackDue(EngineClock.now());
    deadlines.open(caseId, FEEDBACK_DEADLINE, RECEIVING_GROUP, feedbackDue.toInstant());
    return feedbackDue;
  }

  /**
   * The manager's answer to the lex Sarah offer after a child-protection deadline was missed: a report is made, or not
   * (the reason is the manager's note). Recorded on the case with the deadlines that were breached.
   */
  public void answerLexSarah(String caseId, String outcome, String userId) {
    String breached = String.join(", ", deadlines.ofCase(caseId).stream()
        .filter(d -> d.breachedAt() != null && CHILD_PROTECTION_DEADLINES.contains(d.kind()))
        .map(d -> d.label()).distinct().toList());
    cases.recordEvent(caseId, LEX_SARAH_REPORT.equals(outcome) ? "LEX_SARAH_RAPPORT" : "LEX_SARAH_INGEN_RAPPORT",
        (LEX_SARAH_REPORT.equals(outcome) ? "Lex Sarah-rapport görs" : "Ingen lex Sarah-rapport")
            + " – överskriden frist: " + (breached.isEmpty() ? "–" : breached), userId);
  }

  private static String yesNo(boolean value) {
    return value ? "ja" : "nej";
  }
}
