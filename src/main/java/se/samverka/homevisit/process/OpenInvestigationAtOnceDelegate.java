package se.samverka.homevisit.process;

import static se.samverka.homevisit.OrosanmalanProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.homevisit.ReportsOfConcern;
import se.samverka.security.Agencies;
import se.samverka.workflow.FormValues;

/**
 * {@code OpenInvestigationAtOnceTask}: violence against a child, or a child in need of immediate protection, means an
 * investigation at once, without a preliminary assessment.
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
    boolean violence = FormValues.flag(execution.getVariable(VIOLENCE_INVOLVED));
    execution.setVariable(DECISION, OPEN_INVESTIGATION);
    execution.setVariable(FEEDBACK_DUE_AT, reports.decide((String) execution.getVariable(CASE_ID), OPEN_INVESTIGATION,
        violence ? "Våld mot barn: utredning inleds direkt" : "Omedelbart skydd: utredning inleds direkt",
        FormValues.flag(execution.getVariable(REPORTER_MANDATORY)),
        agencies.actingUserId()));
  }
}
