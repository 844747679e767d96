package se.samverka.licensing.process;

import static se.samverka.licensing.TillsynsplanProcess.*;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.licensing.SupervisionPlans;
import se.samverka.security.Agencies;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.FormValues;
import se.samverka.workflow.InvalidFormInput;

/** {@code RecordPlanSentTask}, after {@code SendPlanTask}: the plan went to the county administrative board, on a date. */
@Component("recordPlanSentDelegate")
class RecordPlanSentDelegate implements JavaDelegate {

  private final SupervisionPlans plans;
  private final Agencies agencies;

  RecordPlanSentDelegate(SupervisionPlans plans, Agencies agencies) {
    this.plans = plans;
    this.agencies = agencies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate sentOn = FormValues.requiredDate(execution.getVariable(PLAN_SENT_ON), "Datum då planen skickades");
    if (sentOn.isAfter(EngineClock.today())) {
      throw new InvalidFormInput("Planen kan inte ha skickats efter i dag (" + EngineClock.today() + ")");
    }
    if (sentOn.getYear() < (Integer) execution.getVariable(PLAN_YEAR) - 1) {
      throw new InvalidFormInput("Datum då planen skickades ligger före planåret");
    }
    plans.sent((Integer) execution.getVariable(PLAN_YEAR), sentOn, List.of(COUNTY_BOARD), agencies.actingUserId());
  }
}
