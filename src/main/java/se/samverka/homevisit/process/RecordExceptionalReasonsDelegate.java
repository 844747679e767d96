package se.samverka.homevisit.process;

import static se.samverka.homevisit.OrosanmalanProcess.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.homevisit.ReportsOfConcern;
import se.samverka.security.Agencies;
import se.samverka.workflow.FormValues;
import se.samverka.workflow.InvalidFormInput;

/**
 * {@code RecordExceptionalReasonsTask}: an extension for exceptional reasons (synnerliga skäl), decided within the 14
 * days or after them: the decision deadline moves to the new date with the reason (the social worker's own words are
 * their note of the case), the timer with it, and the assessment goes on.
 */
@Component("recordExceptionalReasonsDelegate")
class RecordExceptionalReasonsDelegate implements JavaDelegate {

  private final ReportsOfConcern reports;
  private final Agencies agencies;

  RecordExceptionalReasonsDelegate(ReportsOfConcern reports, Agencies agencies) {
    this.reports = reports;
    this.agencies = agencies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    try {
      Date due = reports.extend((String) execution.getVariable(CASE_ID),
          ((Date) execution.getVariable(RECEIVED_AT)).toInstant(), (Date) execution.getVariable(DECISION_DUE_AT),
          FormValues.text(execution.getVariable(EXTENSION_REASON)),
          FormValues.requiredDate(execution.getVariable(NEW_DECISION_DATE), "Nytt datum för beslut"),
          agencies.actingUserId());
      execution.setVariable(DECISION_DUE_AT, due);
      // The next round of the assessment starts without an extension chosen.
      execution.setVariable(EXTEND_DECISION, false);
    } catch (IllegalArgumentException e) {
      throw new InvalidFormInput(e.getMessage());
    }
  }
}
