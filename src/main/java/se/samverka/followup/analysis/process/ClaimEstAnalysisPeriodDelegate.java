package se.samverka.followup.analysis.process;

import static se.samverka.followup.analysis.EstAnalysisProcess.*;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.followup.analysis.AnalysisPeriod;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.PeriodRuns;

/**
 * {@code ClaimAnalysisPeriodTask}: claims the tertial that ended before the start day ({@code 2026-T3} on 1 January
 * 2027) and, when that is the year's third tertial, the year too ({@code 2026}); a second start in the same period (the
 * timer firing twice, a redeploy, a start by hand) ends at once. The holder gets the business key of its tertial
 * ({@code ESTA-2026-T3}) and the list of periods to analyse.
 */
@Component("claimEstAnalysisPeriodDelegate")
class ClaimEstAnalysisPeriodDelegate implements JavaDelegate {

  private final PeriodRuns runs;

  ClaimEstAnalysisPeriodDelegate(PeriodRuns runs) {
    this.runs = runs;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AnalysisPeriod tertial = AnalysisPeriod.lastTertialBefore(EngineClock.today());
    if (!runs.claimPeriod(execution, tertial.key())) {
      return;
    }
    execution.setProcessBusinessKey(tertial.businessKey());
    var periods = new ArrayList<String>();
    periods.add(tertial.key());
    if (tertial.tertial() == 3) {
      AnalysisPeriod year = AnalysisPeriod.year(tertial.year());
      if (runs.claim(KEY, year.key(), execution.getProcessInstanceId()).granted()) {
        periods.add(year.key());
      }
    }
    execution.setVariable(PERIODS, periods);
  }
}
