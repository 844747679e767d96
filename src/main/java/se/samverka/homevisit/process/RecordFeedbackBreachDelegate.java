package se.samverka.homevisit.process;

import static se.samverka.homevisit.OrosanmalanProcess.CASE_ID;
import static se.samverka.homevisit.OrosanmalanProcess.FEEDBACK_DEADLINE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.cases.Deadlines;

/** {@code RecordFeedbackBreachTask}: the reporter had no feedback by the deadline; recorded, the task stays open. */
@Component("recordFeedbackBreachDelegate")
class RecordFeedbackBreachDelegate implements JavaDelegate {

  private final Deadlines deadlines;

  RecordFeedbackBreachDelegate(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    deadlines.breached((String) execution.getVariable(CASE_ID), FEEDBACK_DEADLINE);
  }
}
