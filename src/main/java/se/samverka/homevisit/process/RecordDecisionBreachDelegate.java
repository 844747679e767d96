package se.samverka.homevisit.process;

import static se.samverka.homevisit.OrosanmalanProcess.CASE_ID;
import static se.samverka.homevisit.OrosanmalanProcess.DECISION_DEADLINE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.cases.Deadlines;

/** {@code RecordDecisionBreachTask}: no decision within the deadline counted from the receipt; recorded as breached. */
@Component("recordDecisionBreachDelegate")
class RecordDecisionBreachDelegate implements JavaDelegate {

  private final Deadlines deadlines;

  RecordDecisionBreachDelegate(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    deadlines.breached((String) execution.getVariable(CASE_ID), DECISION_DEADLINE);
  }
}
