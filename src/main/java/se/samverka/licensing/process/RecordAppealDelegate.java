package se.samverka.licensing.process;

import static se.samverka.licensing.AlkoholtillsynProcess.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.licensing.Supervisions;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.FormValues;
import se.samverka.workflow.InvalidFormInput;

/** {@code RecordAppealTask}, after {@code WatchAppealTask}: an appeal came in; the supervision awaits the court. */
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
    supervisions.appealed((String) execution.getVariable(SUPERVISION_ID));
  }
}
