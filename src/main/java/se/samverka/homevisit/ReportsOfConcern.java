package se.samverka.homevisit;

import static se.samverka.homevisit.OrosanmalanProcess.*;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.cases.CaseService;
import se.samverka.cases.Deadlines;
import se.samverka.security.Agencies;
import se.samverka.sspf.ReportOfConcernRequired;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.SystemContext;

/**
 * Reports of concern: started from another case (SSPF's acute risk), and the decision on an investigation with the
 * deadlines it opens and closes. The receipt time drives every deadline.
 */
@Service
@Transactional
public class ReportsOfConcern {

  private final CaseService cases;
  private final Deadlines deadlines;
  private final OrosanmalanSettings settings;
  private final RuntimeService runtimeService;
  private final SystemContext system;
  private final Agencies agencies;

  ReportsOfConcern(CaseService cases, Deadlines deadlines, OrosanmalanSettings settings, RuntimeService runtimeService,
      SystemContext system, Agencies agencies) {
    this.cases = cases;
    this.deadlines = deadlines;
    this.settings = settings;
    this.runtimeService = runtimeService;
    this.system = system;
    this.agencies = agencies;
  }

  /**
   * A report of concern for the person of another case, made by a mandatory reporter: a case of its own (owned by the
   * reporting agency) and the {@code orosanmalan} process, received now. Returns the new case id.
   */
  public String requestFrom(String sourceCaseId, String userId) {
    return requestFrom(sourceCaseId, userId, agencies.current().map(u -> u.agency()).orElse(null));
  }

  /**
   * A report of concern made by another process on behalf of the reporting agency, with the reporter's own account of
   * the concern (the duty to report is personal): kept as the reporting agency's note of the report case, which the
   * report discloses to social services. Returns the new case id.
   */
  public String requestFrom(String sourceCaseId, String userId, String reporterAgency, String reporterAccount) {
    String caseId = requestFrom(sourceCaseId, userId, reporterAgency);
    if (reporterAccount != null && !reporterAccount.isBlank()) {
      String owner = reporterAgency != null ? reporterAgency : RECEIVING_GROUP;
      cases.addNote(caseId, owner, "grund", reporterAccount, "anmalan", userId);
    }
    return caseId;
  }

  private String requestFrom(String sourceCaseId, String userId, String agency) {
    String reporterAgency = agency != null ? agency : RECEIVING_GROUP;
    String caseId = cases.openCaseForSamePerson(sourceCaseId, KEY, reporterAgency, userId);
    String processInstanceId = system.call(() -> runtimeService.createMessageCorrelation(MESSAGE_REQUESTED)
        .setVariables(Map.of(CASE_ID, caseId, REPORTER_AGENCY, reporterAgency, REPORTER_MANDATORY, true,
            VIOLENCE_INVOLVED, false))
        .correlateStartMessage().getId());
    cases.attachProcess(caseId, processInstanceId);
    return caseId;
  }

  /**
   * After the SSPF step that required the report has committed, on its own thread and transaction; the event
   * publication registry keeps the event until this has run (republished at the next start after a crash).
   */
  @ApplicationModuleListener
  void on(ReportOfConcernRequired event) {
    String caseId = requestFrom(event.sspfCaseId(), event.userId(), event.reporterAgency());
    cases.recordEvent(event.sspfCaseId(), "OROSANMALAN_GJORD", "Orosanmälan: ärende " + caseId, event.userId());
  }

  /** The receipt: opens the protection-assessment and decision deadlines. Returns them as (protection, decision). */
  public Date[] receive(String caseId, Instant receivedAt, boolean mandatoryReporter, String userId) {
    Date protectionDue = settings.protectionDue(receivedAt);
    Date decisionDue = settings.decisionDue(receivedAt);
    deadlines.open(caseId, PROTECTION_DEADLINE, RECEIVING_GROUP, protectionDue.toInstant());
    deadlines.open(caseId, DECISION_DEADLINE, RECEIVING_GROUP, decisionDue.toInstant());
    var record = cases.find(caseId).orElseThrow();
    if (!RECEIVING_GROUP.equals(record.ownerAgency())) {
      // The report itself discloses the reporter's information to social services.
      cases.recordDisclosure(caseId, record.ownerAgency(), RECEIVING_GROUP, "grund",
          mandatoryReporter ? "osl-10-28" : "annan", "Orosanmälan till socialtjänsten", userId);
    }
    cases.recordEvent(caseId, "OROSANMALAN_MOTTAGEN", mandatoryReporter ? "Anmälningsplikt" : "Frivillig anmälan",
        userId);
    return new Date[] {protectionDue, decisionDue};
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
}
