package se.samverka.homevisit.process;

import static se.samverka.homevisit.OrosanmalanProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.homevisit.ReportsOfConcern;
import se.samverka.security.Agencies;
import se.samverka.workflow.FormValues;

/**
 * {@code OpenInvestigationAtOnceTask}: social services decided in the protection assessment to open an investigation
 * at once, without a preliminary assessment (a child in need of immediate protection always; violence by their own
 * judgement, not by the reporter's checkbox).
 */
@Component("openInvestigationAtOnceDelegate")
class OpenInvestigationAtOnceDelegate implements JavaDelegate {

  private final ReportsOfConcern reports;
  private final Agencies agencies;

  OpenInvestigationAtOnceDelegate(ReportsOfConcern reports, Agencies agencies) {
    this.reports = reports;
    this.agencies = agencies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean immediate = YES.equals(execution.getVariable(IMMEDIATE_PROTECTION));
    execution.setVariable(DECISION, OPEN_INVESTIGATION);
    execution.setVariable(FEEDBACK_DUE_AT, reports.decide((String) execution.getVariable(CASE_ID), OPEN_INVESTIGATION,
        immediate ? "Omedelbart skydd: utredning inleds direkt"
            : "Socialtjänstens skyddsbedömning: utredning inleds direkt",
        FormValues.flag(execution.getVariable(REPORTER_MANDATORY)), agencies.actingUserId()));
  }
}
