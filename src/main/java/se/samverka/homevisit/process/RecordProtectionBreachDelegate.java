package se.samverka.homevisit.process;

import static se.samverka.homevisit.OrosanmalanProcess.CASE_ID;
import static se.samverka.homevisit.OrosanmalanProcess.PROTECTION_DEADLINE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.cases.Deadlines;

/** {@code RecordProtectionBreachTask}: the protection assessment was not made in time; recorded before escalation. */
@Component("recordProtectionBreachDelegate")
class RecordProtectionBreachDelegate implements JavaDelegate {

  private final Deadlines deadlines;

  RecordProtectionBreachDelegate(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    deadlines.breached((String) execution.getVariable(CASE_ID), PROTECTION_DEADLINE);
  }
}
