package se.samverka.homevisit.process;

import static se.samverka.homevisit.LinkopingsmodellenProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.cases.CaseService;
import se.samverka.homevisit.HomeVisits;
import se.samverka.homevisit.HomevisitSettings;
import se.samverka.security.Agencies;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.FormValues;

/**
 * {@code RecordVisitOutcomeTask}: the visit is recorded on its own case and on the report of concern, whose preliminary
 * assessment it is part of: whether the family consented to the officers entering and whether the talk was stopped
 * for an interrogation. The follow-up contact is scheduled.
 */
@Component("recordVisitOutcomeDelegate")
class RecordVisitOutcomeDelegate implements JavaDelegate {

  private final HomeVisits homeVisits;
  private final CaseService cases;
  private final HomevisitSettings settings;
  private final Agencies agencies;

  RecordVisitOutcomeDelegate(HomeVisits homeVisits, CaseService cases, HomevisitSettings settings,
      Agencies agencies) {
    this.homeVisits = homeVisits;
    this.cases = cases;
    this.settings = settings;
    this.agencies = agencies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = (String) execution.getVariable(CASE_ID);
    String reportCase = (String) execution.getVariable(REPORT_CASE_ID);
    String user = agencies.actingUserId();
    String visit = "Samtycke till att gå in i hemmet: " + FormValues.text(execution.getVariable(CONSENT_TO_ENTER));
    cases.recordEvent(caseId, "HEMBESOK_GJORT", visit, user);
    homeVisits.recordOnReport(reportCase, "HEMBESOK_GJORT", "Hembesök (ärende " + caseId + "). " + visit, user);
    if ("ja".equals(execution.getVariable(STOPPED_FOR_INTERROGATION))) {
      String stopped = "Samtalet avbröts när den unge beskrev ett konkret brott";
      cases.recordEvent(caseId, "TILL_FORMELLT_FORHOR", stopped, user);
      homeVisits.recordOnReport(reportCase, "TILL_FORMELLT_FORHOR", stopped, user);
    }
    execution.setVariable(FOLLOW_UP_AT, settings.followUpAfter(EngineClock.now()));
  }
}
