package se.samverka.homevisit.process;

import static se.samverka.homevisit.OrosanmalanProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.homevisit.ReportsOfConcern;
import se.samverka.security.Agencies;
import se.samverka.workflow.FormValues;

/**
 * {@code RecordDecisionTask}: the decision to open an investigation or not, with whether the child was heard and an
 * interpreter was needed, and the feedback it owes the reporter.
 */
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
    // Whether the child was heard (their view itself is social services' note) and whether an interpreter was needed.
    String heard = FormValues.flag(execution.getVariable(CHILD_HEARD)) ? "barnet har kommit till tals"
        : "barnet har inte kommit till tals (" + FormValues.text(execution.getVariable(CHILD_NOT_HEARD_REASON)) + ")";
    String interpreter = FormValues.flag(execution.getVariable(INTERPRETER_NEEDED))
        ? "; tolk: " + FormValues.text(execution.getVariable(INTERPRETER_LANGUAGE)) : "";
    execution.setVariable(FEEDBACK_DUE_AT, reports.decide((String) execution.getVariable(CASE_ID), decision,
        "Beslut efter förhandsbedömning; " + heard + interpreter,
        FormValues.flag(execution.getVariable(REPORTER_MANDATORY)), agencies.actingUserId()));
  }
}
