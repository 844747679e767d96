package se.samverka.annualwork.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.workflow.PeriodRuns;

/** {@code ClaimKmkYearTask}: one KMK cycle per year; a later start of the same year is recorded and ends at once. */
@Component("claimKmkYearDelegate")
class ClaimKmkYearDelegate implements JavaDelegate {

  private final PeriodRuns runs;

  ClaimKmkYearDelegate(PeriodRuns runs) {
    this.runs = runs;
  }

  @Override
  public void execute(DelegateExecution execution) {
    runs.claimThisYear(execution);
  }
}
