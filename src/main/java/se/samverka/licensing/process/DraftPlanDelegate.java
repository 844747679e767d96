package se.samverka.licensing.process;

import static se.samverka.licensing.TillsynsplanProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.licensing.SupervisionPlans;

/** {@code DraftPlanTask}: ranks every premises by risk and plans the year's visits, highest risk first. */
@Component("draftPlanDelegate")
class DraftPlanDelegate implements JavaDelegate {

  private final SupervisionPlans plans;

  DraftPlanDelegate(SupervisionPlans plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = (Integer) execution.getVariable(YEAR);
    var plan = plans.draft(year);
    execution.setVariable(PLAN_YEAR, year);
    execution.setVariable(PLAN_SIZE, plan.size());
    execution.setVariable(PLAN_SUMMARY, SupervisionPlans.summary(plan));
  }
}
