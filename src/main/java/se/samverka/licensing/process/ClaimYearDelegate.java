package se.samverka.licensing.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.workflow.AnnualRuns;

/**
 * {@code ClaimYearTask} of the yearly licensing processes ({@code tillsynsplan}, {@code restaurangrapport}): claims
 * this year for the process, so a second start of the same year ends at once; {@link AnnualRuns} records why.
 */
@Component("claimYearDelegate")
class ClaimYearDelegate implements JavaDelegate {

  private final AnnualRuns annualRuns;

  ClaimYearDelegate(AnnualRuns annualRuns) {
    this.annualRuns = annualRuns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    annualRuns.claimThisYear(execution);
  }
}
