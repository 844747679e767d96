package se.samverka.followup.bra.process;

import static se.samverka.followup.bra.BraLokalProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.followup.LocalBraMeetings;

/** {@code RecordNoMeetingTask}: the quarter ended without a meeting in the district: "inget möte". */
@Component("recordNoBraMeetingDelegate")
class RecordNoBraMeetingDelegate implements JavaDelegate {

  private final LocalBraMeetings meetings;

  RecordNoBraMeetingDelegate(LocalBraMeetings meetings) {
    this.meetings = meetings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    meetings.recordNotHeld((String) execution.getVariable(PERIOD), (String) execution.getVariable(DISTRICT),
        execution.getProcessInstanceId());
  }
}
