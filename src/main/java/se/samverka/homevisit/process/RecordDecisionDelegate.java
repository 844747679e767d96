package se.samverka.homevisit.process;

import static se.samverka.homevisit.OrosanmalanProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.homevisit.ReportsOfConcern;
import se.samverka.security.Agencies;
import se.samverka.workflow.FormValues;

/** {@code RecordDecisionTask}: the decision to open an investigation or not, and the feedback it owes the reporter. */
@Component("recordDecisionDelegate")
class RecordDecisionDelegate implements JavaDelegate {

  private final ReportsOfConcern reports;
  private final Agencies agencies;

  RecordDecisionDelegate(ReportsOfConcern reports, Agencies agencies) {
    this.reports = reports;
    this.agencies = agencies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String decision = FormValues.choice(execution.getVariable(DECISION), "Beslut", DECISIONS);
    execution.setVariable(FEEDBACK_DUE_AT, reports.decide((String) execution.getVariable(CASE_ID), decision,
        "Beslut efter förhandsbedömning", FormValues.flag(execution.getVariable(REPORTER_MANDATORY)),
        agencies.actingUserId()));
  }
}
