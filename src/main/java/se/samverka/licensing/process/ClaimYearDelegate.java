package se.samverka.licensing.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.workflow.PeriodRuns;

/**
 * {@code ClaimYearTask} of the yearly licensing processes ({@code tillsynsplan}, {@code restaurangrapport}): claims
 * this year for the process, so a second start of the same year ends at once; {@link PeriodRuns} records why.
 */
@Component("claimYearDelegate")
class ClaimYearDelegate implements JavaDelegate {

  private final PeriodRuns runs;

  ClaimYearDelegate(PeriodRuns runs) {
    this.runs = runs;
  }

  @Override
  public void execute(DelegateExecution execution) {
    runs.claimThisYear(execution);
  }
}
