package se.samverka.followup.est.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.followup.est.EstWeek;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.PeriodRuns;

/**
 * {@code ClaimWeekTask}: claims the week before the start day (the reported week, e.g. {@code 2026-v48}) for
 * {@code est-vecka}, so a second start in the same week (the timer firing twice, a redeploy, a start by hand) ends at
 * once; the holder gets the business key {@code EST-2026-v48}.
 */
@Component("claimEstWeekDelegate")
class ClaimEstWeekDelegate implements JavaDelegate {

  private final PeriodRuns runs;

  ClaimEstWeekDelegate(PeriodRuns runs) {
    this.runs = runs;
  }

  @Override
  public void execute(DelegateExecution execution) {
    EstWeek week = EstWeek.of(EngineClock.today()).previous();
    if (runs.claimPeriod(execution, week.key())) {
      execution.setProcessBusinessKey(week.businessKey());
    }
  }
}
