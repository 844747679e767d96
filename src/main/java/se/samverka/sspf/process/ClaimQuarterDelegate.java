package se.samverka.sspf.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.sspf.SteeringReports;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.PeriodRuns;

/**
 * {@code ClaimQuarterTask}: claims the quarter to report (the one before today) for {@code sspf-styrgrupp}, so a
 * second start in the same quarter ends at once instead of opening another report task whose decision would overwrite
 * the first; {@link PeriodRuns} records why.
 */
@Component("claimQuarterDelegate")
class ClaimQuarterDelegate implements JavaDelegate {

  private final PeriodRuns runs;

  ClaimQuarterDelegate(PeriodRuns runs) {
    this.runs = runs;
  }

  @Override
  public void execute(DelegateExecution execution) {
    runs.claimPeriod(execution, SteeringReports.previousQuarter(EngineClock.today()));
  }
}
