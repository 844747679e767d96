package se.samverka.licensing.process;

import static se.samverka.licensing.AlkoholtillsynProcess.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.licensing.LicensingSettings;
import se.samverka.licensing.Supervisions;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.FormValues;
import se.samverka.workflow.InvalidFormInput;

/** {@code RecordPlanTask}, after {@code PlanSupervisionTask}: the kind and the date of the visit, which the inspection is due by. */
@Component("recordPlanDelegate")
class RecordPlanDelegate implements JavaDelegate {

  private final Supervisions supervisions;

  RecordPlanDelegate(Supervisions supervisions) {
    this.supervisions = supervisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String kind = FormValues.choice(execution.getVariable(KIND), "Slag av tillsyn", KINDS);
    LocalDate planned = FormValues.requiredDate(execution.getVariable(PLANNED_DATE), "Datum för tillsynen");
    if (planned.isBefore(EngineClock.today())) {
      throw new InvalidFormInput("Datum för tillsynen kan inte ligga före i dag (" + EngineClock.today() + ")");
    }
    supervisions.planned((String) execution.getVariable(SUPERVISION_ID), kind, planned);
    execution.setVariable(KIND, kind);
    execution.setVariable(INSPECTION_DUE_AT, LicensingSettings.endOf(planned));
  }
}
