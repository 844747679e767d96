package se.samverka.licensing.process;

import static se.samverka.licensing.TillsynsplanProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.licensing.SupervisionPlans;

/** {@code StartSupervisionsTask}: one {@code alkoholtillsyn} per planned visit, each due on its planned date. */
@Component("startPlannedSupervisionsDelegate")
class StartPlannedSupervisionsDelegate implements JavaDelegate {

  private final SupervisionPlans plans;

  StartPlannedSupervisionsDelegate(SupervisionPlans plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(STARTED, plans.start((Integer) execution.getVariable(PLAN_YEAR)));
  }
}
