package se.samverka.licensing.process;

import static se.samverka.licensing.RestaurangrapportProcess.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.licensing.LicensingSettings;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.FormValues;
import se.samverka.workflow.InvalidFormInput;

/** {@code RecordReminderTask}: the report is due a set time (14 days by default) after the reminder. */
@Component("recordReminderDelegate")
class RecordReminderDelegate implements JavaDelegate {

  static final String REMINDER_SENT_ON = "reminderSentOn";

  private final LicensingSettings settings;

  RecordReminderDelegate(LicensingSettings settings) {
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate sentOn = FormValues.requiredDate(execution.getVariable(REMINDER_SENT_ON), "Datum för påminnelsen");
    if (sentOn.isAfter(EngineClock.today())) {
      throw new InvalidFormInput("Påminnelsen kan inte ha skickats efter i dag (" + EngineClock.today() + ")");
    }
    // Local: each premises of the multi-instance has its own deadline.
    execution.setVariableLocal(REMINDER_DUE_AT, settings.reportReminderDue(sentOn));
  }
}
