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

/**
 * {@code RecordReconsiderationTask}: the committee reconsidered its decision before forwarding the appeal (FL 37-39 §§).
 * Changed as the appellant asked: the appeal lapses; changed otherwise or not at all: it goes to the court (FL 46 §).
 * A changed decision names the new sanction.
 */
@Component("recordReconsiderationDelegate")
class RecordReconsiderationDelegate implements JavaDelegate {

  private final Supervisions supervisions;

  RecordReconsiderationDelegate(Supervisions supervisions) {
    this.supervisions = supervisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String outcome = FormValues.choice(execution.getVariable(RECONSIDERATION), "Omprövningen", RECONSIDERATIONS);
    LocalDate on = FormValues.requiredDate(execution.getVariable(RECONSIDERED_ON), "Datum för omprövningen");
    if (on.isAfter(EngineClock.today())) {
      throw new InvalidFormInput("Omprövningen kan inte ha gjorts efter i dag (" + EngineClock.today() + ")");
    }
    String changedTo = null;
    if (!"ingen-andring".equals(outcome)) {
      changedTo = FormValues.choice(execution.getVariable(RECONSIDERED_DECISION), "Det ändrade beslutet", SANCTIONS);
      if (changedTo.equals(execution.getVariable(DECISION))) {
        throw new InvalidFormInput("Det ändrade beslutet är detsamma som det överklagade; välj \"Beslutet ändras inte\"");
      }
    }
    supervisions.reconsidered((String) execution.getVariable(SUPERVISION_ID), outcome, on, changedTo);
  }
}
