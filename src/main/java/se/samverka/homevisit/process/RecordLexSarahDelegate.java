package se.samverka.homevisit.process;

import static se.samverka.homevisit.OrosanmalanProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.homevisit.ReportsOfConcern;
import se.samverka.security.Agencies;
import se.samverka.workflow.FormValues;

/** {@code RecordLexSarahTask}: the manager's answer to the lex Sarah offer after a missed child-protection deadline. */
@Component("recordLexSarahDelegate")
class RecordLexSarahDelegate implements JavaDelegate {

  private final ReportsOfConcern reports;
  private final Agencies agencies;

  RecordLexSarahDelegate(ReportsOfConcern reports, Agencies agencies) {
    this.reports = reports;
    this.agencies = agencies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reports.answerLexSarah((String) execution.getVariable(CASE_ID),
        FormValues.choice(execution.getVariable(LEX_SARAH_OUTCOME), "Lex Sarah", LEX_SARAH_OUTCOMES),
        agencies.actingUserId());
  }
}
