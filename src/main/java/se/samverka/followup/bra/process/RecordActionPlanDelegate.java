package se.samverka.followup.bra.process;

import static se.samverka.followup.bra.LagesbildProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.followup.ActionPlans;
import se.samverka.workflow.FormValues;

/** {@code RecordActionPlanTask}: keeps the period's lägesbild and the decided action plan with its measures. */
@Component("recordActionPlanDelegate")
class RecordActionPlanDelegate implements JavaDelegate {

  private final ActionPlans plans;

  RecordActionPlanDelegate(ActionPlans plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var measures = plans.measures((n, field) -> FormValues.text(execution.getVariable(measureField(n, field))));
    Object held = execution.getVariable(DIALOGUES_HELD);
    var picture = new ActionPlans.Picture(text(execution, MUNICIPALITY_MAPPING), text(execution, MUNICIPALITY_OTHER),
        text(execution, MUNICIPALITY_ANALYSIS), text(execution, MUNICIPALITY_CAUSES), text(execution, POLICE_MAPPING),
        text(execution, POLICE_OTHER), text(execution, POLICE_ANALYSIS), text(execution, JOINT_PICTURE),
        text(execution, JOINT_PRIORITIES), text(execution, CAUSE_ANALYSIS),
        held instanceof Number number ? number.intValue() : null, text(execution, DIALOGUES_DESCRIPTION),
        text(execution, RESIDENTS_SAID));
    plans.decide((String) execution.getVariable(PERIOD), execution.getProcessInstanceId(), picture, measures);
  }

  private static String text(DelegateExecution execution, String name) {
    return FormValues.text(execution.getVariable(name));
  }
}
