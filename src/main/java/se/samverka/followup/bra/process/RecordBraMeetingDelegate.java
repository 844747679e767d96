package se.samverka.followup.bra.process;

import static se.samverka.followup.bra.BraLokalProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.followup.LocalBraMeetings;
import se.samverka.workflow.FormValues;

/** {@code RecordMeetingTask}: keeps the district's meeting, its notes and its questions to central BRÅ. */
@Component("recordBraMeetingDelegate")
class RecordBraMeetingDelegate implements JavaDelegate {

  private final LocalBraMeetings meetings;

  RecordBraMeetingDelegate(LocalBraMeetings meetings) {
    this.meetings = meetings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    meetings.recordHeld((String) execution.getVariable(PERIOD), (String) execution.getVariable(DISTRICT),
        FormValues.requiredDate(execution.getVariable(MEETING_DATE), "Mötesdatum"),
        FormValues.stringList(execution.getVariable(PARTICIPANTS)), FormValues.text(execution.getVariable(NOTES)),
        FormValues.text(execution.getVariable(QUESTIONS)), execution.getProcessInstanceId());
  }
}
