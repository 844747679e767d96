package se.samverka.homevisit.process;

import static se.samverka.homevisit.LinkopingsmodellenProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.cases.CaseService;
import se.samverka.homevisit.HomevisitSettings;
import se.samverka.homevisit.ReportsOfConcern;
import se.samverka.security.Agencies;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.FormValues;

/**
 * {@code ReportConcernAfterVisitTask}: every home visit ends in a report of concern for the young person; whether the
 * family consented to the officers entering and whether the talk was stopped for an interrogation are recorded, and
 * the follow-up contact is scheduled.
 */
@Component("reportConcernAfterVisitDelegate")
class ReportConcernAfterVisitDelegate implements JavaDelegate {

  private final ReportsOfConcern reports;
  private final CaseService cases;
  private final HomevisitSettings settings;
  private final Agencies agencies;

  ReportConcernAfterVisitDelegate(ReportsOfConcern reports, CaseService cases, HomevisitSettings settings,
      Agencies agencies) {
    this.reports = reports;
    this.cases = cases;
    this.settings = settings;
    this.agencies = agencies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = (String) execution.getVariable(CASE_ID);
    String user = agencies.actingUserId();
    cases.recordEvent(caseId, "HEMBESOK_GJORT", "Samtycke till att gå in i hemmet: "
        + FormValues.text(execution.getVariable(CONSENT_TO_ENTER)), user);
    if ("ja".equals(execution.getVariable(STOPPED_FOR_INTERROGATION))) {
      cases.recordEvent(caseId, "TILL_FORMELLT_FORHOR", "Samtalet avbröts när den unge beskrev ett konkret brott", user);
    }
    String reportCase = reports.requestFrom(caseId, user);
    cases.recordEvent(caseId, "OROSANMALAN_GJORD", "Orosanmälan: ärende " + reportCase, user);
    execution.setVariable(FOLLOW_UP_AT, settings.followUpAfter(EngineClock.now()));
  }
}
