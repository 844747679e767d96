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

/** {@code RecordForwardingTask}: the appeal and the documents went to the administrative court (FL 46 §). */
@Component("recordForwardingDelegate")
class RecordForwardingDelegate implements JavaDelegate {

  private final Supervisions supervisions;

  RecordForwardingDelegate(Supervisions supervisions) {
    this.supervisions = supervisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate on = FormValues.requiredDate(execution.getVariable(FORWARDED_ON), "Datum för överlämnandet");
    if (on.isAfter(EngineClock.today())) {
      throw new InvalidFormInput("Överklagandet kan inte ha överlämnats efter i dag (" + EngineClock.today() + ")");
    }
    supervisions.forwarded((String) execution.getVariable(SUPERVISION_ID), on);
  }
}
