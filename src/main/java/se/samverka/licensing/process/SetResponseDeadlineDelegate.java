package se.samverka.licensing.process;

import static se.samverka.licensing.AlkoholtillsynProcess.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.licensing.LicensingSettings;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.FormValues;
import se.samverka.workflow.InvalidFormInput;

/** {@code SetResponseDeadlineTask}, after {@code CommunicateTask}: the licence holder's response is due a set time after the communication. */
@Component("setResponseDeadlineDelegate")
class SetResponseDeadlineDelegate implements JavaDelegate {

  private final LicensingSettings settings;

  SetResponseDeadlineDelegate(LicensingSettings settings) {
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate communicatedOn = FormValues.requiredDate(execution.getVariable(COMMUNICATED_ON), "Datum för kommuniceringen");
    if (communicatedOn.isAfter(EngineClock.today())) {
      throw new InvalidFormInput("Kommuniceringen kan inte ha skett efter i dag (" + EngineClock.today() + ")");
    }
    execution.setVariable(RESPONSE_DUE_AT, settings.responseDue(communicatedOn));
  }
}
