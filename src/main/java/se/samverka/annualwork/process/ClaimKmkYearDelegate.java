package se.samverka.annualwork.process;

import static se.samverka.annualwork.KmkArProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.workflow.AnnualRuns;
import se.samverka.workflow.EngineClock;

/** {@code ClaimKmkYearTask}: one KMK cycle per year; a later start of the same year is recorded and ends at once. */
@Component("claimKmkYearDelegate")
class ClaimKmkYearDelegate implements JavaDelegate {

  private final AnnualRuns runs;

  ClaimKmkYearDelegate(AnnualRuns runs) {
    this.runs = runs;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = EngineClock.today().getYear();
    execution.setVariable(YEAR, year);
    execution.setVariable(YEAR_CLAIMED, runs.claim(KEY, year, execution.getProcessInstanceId()).granted());
  }
}
