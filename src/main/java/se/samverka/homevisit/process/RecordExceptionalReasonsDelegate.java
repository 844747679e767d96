package se.samverka.homevisit.process;

import static se.samverka.homevisit.OrosanmalanProcess.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.cases.Deadlines;
import se.samverka.homevisit.OrosanmalanSettings;
import se.samverka.security.Agencies;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.FormValues;
import se.samverka.workflow.InvalidFormInput;

/**
 * {@code RecordExceptionalReasonsTask}: exceptional reasons (synnerliga skäl) to decide later are documented (the text
 * is a note of the case); the decision deadline is paused to the new date, and the assessment goes on.
 */
@Component("recordExceptionalReasonsDelegate")
class RecordExceptionalReasonsDelegate implements JavaDelegate {

  private final Deadlines deadlines;
  private final Agencies agencies;

  RecordExceptionalReasonsDelegate(Deadlines deadlines, Agencies agencies) {
    this.deadlines = deadlines;
    this.agencies = agencies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate newDate = FormValues.requiredDate(execution.getVariable(NEW_DECISION_DATE), "Nytt datum för beslut");
    if (!newDate.isAfter(EngineClock.today())) {
      throw new InvalidFormInput("Nytt datum för beslut måste ligga efter i dag");
    }
    var due = OrosanmalanSettings.endOf(newDate);
    deadlines.pause((String) execution.getVariable(CASE_ID), DECISION_DEADLINE,
        "Synnerliga skäl dokumenterade av " + agencies.actingUserId(),
        due.toInstant());
    execution.setVariable(DECISION_DUE_AT, due);
  }
}
