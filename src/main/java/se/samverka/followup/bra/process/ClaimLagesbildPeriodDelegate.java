package se.samverka.followup.bra.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.followup.bra.LagesbildProcess;
import se.samverka.followup.bra.LagesbildSchedule;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.PeriodRuns;

/**
 * {@code ClaimLagesbildPeriodTask}: claims the period that holds today ({@code 2027-2028}); a start in a period already
 * claimed (the timer's yearly firing in the period's second year, a redeploy) ends at once.
 */
@Component("claimLagesbildPeriodDelegate")
class ClaimLagesbildPeriodDelegate implements JavaDelegate {

  private final PeriodRuns runs;
  private final LagesbildSchedule schedule;

  ClaimLagesbildPeriodDelegate(PeriodRuns runs, LagesbildSchedule schedule) {
    this.runs = runs;
    this.schedule = schedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String period = schedule.periodOf(EngineClock.today());
    if (runs.claimPeriod(execution, period)) {
      execution.setProcessBusinessKey(LagesbildProcess.BUSINESS_KEY_PREFIX + period);
    }
  }
}
