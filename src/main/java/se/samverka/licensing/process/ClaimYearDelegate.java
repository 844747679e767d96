package se.samverka.licensing.process;

import static se.samverka.licensing.TillsynsplanProcess.YEAR;
import static se.samverka.licensing.TillsynsplanProcess.YEAR_CLAIMED;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;
import se.samverka.workflow.AnnualRuns;
import se.samverka.workflow.EngineClock;

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
    String processKey = ((ExecutionEntity) execution).getProcessDefinition().getKey();
    int year = EngineClock.today().getYear();
    var claim = annualRuns.claim(processKey, year, execution.getProcessInstanceId());
    execution.setVariable(YEAR, year);
    execution.setVariable(YEAR_CLAIMED, claim.granted());
  }
}
