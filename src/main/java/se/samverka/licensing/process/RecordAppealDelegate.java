package se.samverka.licensing.process;

import static se.samverka.licensing.AlkoholtillsynProcess.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.licensing.Supervisions;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.FormValues;
import se.samverka.workflow.InvalidFormInput;

/**
 * {@code RecordAppealTask}: an appeal came in, during the window or after it. In time when it came in by the last day
 * (three weeks from the day the holder got the decision, moved by lag 1930:173); a late one is dismissed by the
 * committee itself (FL 45 §), one in time is reconsidered before it goes to the court.
 */
@Component("recordAppealDelegate")
class RecordAppealDelegate implements JavaDelegate {

  private final Supervisions supervisions;

  RecordAppealDelegate(Supervisions supervisions) {
    this.supervisions = supervisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate receivedOn = FormValues.requiredDate(execution.getVariable(APPEAL_RECEIVED_ON),
        "Datum då överklagandet kom in");
    if (receivedOn.isAfter(EngineClock.today())) {
      throw new InvalidFormInput("Överklagandet kan inte ha kommit in efter i dag (" + EngineClock.today() + ")");
    }
    LocalDate notifiedOn = FormValues.date(execution.getVariable(NOTIFIED_ON), "Delgivningsdag");
    if (notifiedOn != null && receivedOn.isBefore(notifiedOn)) {
      throw new InvalidFormInput("Överklagandet kan inte ha kommit in före delgivningen (" + notifiedOn + ")");
    }
    LocalDate lastDay = ((Date) execution.getVariable(APPEAL_UNTIL)).toInstant().atZone(ZoneId.systemDefault())
        .toLocalDate();
    boolean inTime = !receivedOn.isAfter(lastDay);
    execution.setVariable(APPEAL_IN_TIME, inTime);
    supervisions.appealed((String) execution.getVariable(SUPERVISION_ID), receivedOn, inTime);
  }
}
