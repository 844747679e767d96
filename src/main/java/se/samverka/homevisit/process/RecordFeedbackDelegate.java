package se.samverka.homevisit.process;

import static se.samverka.homevisit.OrosanmalanProcess.CASE_ID;
import static se.samverka.homevisit.OrosanmalanProcess.FEEDBACK_DEADLINE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.cases.Deadlines;

/** {@code RecordFeedbackTask}: the reporter has had feedback; the feedback deadline is met (perhaps late). */
@Component("recordFeedbackDelegate")
class RecordFeedbackDelegate implements JavaDelegate {

  private final Deadlines deadlines;

  RecordFeedbackDelegate(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    deadlines.met((String) execution.getVariable(CASE_ID), FEEDBACK_DEADLINE);
  }
}
