package se.samverka.licensing.process;

import static se.samverka.licensing.AlkoholtillsynProcess.*;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.licensing.LicensingSettings;
import se.samverka.licensing.Supervisions;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.FormValues;
import se.samverka.workflow.InvalidFormInput;

/**
 * {@code RecordNotificationTask}, after {@code NotifyTask}: the appeal window (three weeks by default) runs from the day
 * the licence holder got the decision (FL 44 §), not from the day of the decision; a last day off work moves to the next
 * working day (lag 1930:173).
 */
@Component("recordNotificationDelegate")
class RecordNotificationDelegate implements JavaDelegate {

  private final Supervisions supervisions;
  private final LicensingSettings settings;

  RecordNotificationDelegate(Supervisions supervisions, LicensingSettings settings) {
    this.supervisions = supervisions;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate notifiedOn = FormValues.requiredDate(execution.getVariable(NOTIFIED_ON),
        "Dag då tillståndshavaren fick del av beslutet");
    if (notifiedOn.isAfter(EngineClock.today())) {
      throw new InvalidFormInput("Tillståndshavaren kan inte ha fått del av beslutet efter i dag ("
          + EngineClock.today() + ")");
    }
    LocalDate decidedOn = FormValues.date(execution.getVariable(DECIDED_ON), "Datum för beslutet");
    if (decidedOn != null && notifiedOn.isBefore(decidedOn)) {
      throw new InvalidFormInput("Tillståndshavaren kan inte ha fått del av beslutet före beslutsdagen (" + decidedOn
          + ")");
    }
    var appealUntil = settings.appealUntil(notifiedOn);
    execution.setVariable(APPEAL_UNTIL, appealUntil);
    supervisions.notified((String) execution.getVariable(SUPERVISION_ID), notifiedOn,
        appealUntil.toInstant().atZone(ZoneId.systemDefault()).toLocalDate());
  }
}
