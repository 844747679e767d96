package se.samverka.followup.bra.process;

import static se.samverka.followup.bra.BraLokalProcess.*;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.agreement.Agreements;
import se.samverka.agreement.District;
import se.samverka.followup.bra.Quarters;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.PeriodRuns;

/**
 * {@code ClaimBraQuarterTask}: claims this quarter for local BRÅ (a second start in the quarter ends at once) and
 * names the districts of the agreement, each of which gets one meeting, and the end of the quarter.
 */
@Component("claimBraQuarterDelegate")
class ClaimBraQuarterDelegate implements JavaDelegate {

  private final PeriodRuns runs;
  private final Agreements agreements;

  ClaimBraQuarterDelegate(PeriodRuns runs, Agreements agreements) {
    this.runs = runs;
    this.agreements = agreements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String quarter = Quarters.of(EngineClock.today());
    if (!runs.claimPeriod(execution, quarter)) {
      return;
    }
    execution.setProcessBusinessKey(BUSINESS_KEY_PREFIX + quarter);
    var codes = new ArrayList<String>();
    var names = new LinkedHashMap<String, String>();
    for (District district : agreements.districts()) {
      codes.add(district.code());
      names.put(district.code(), district.name());
    }
    execution.setVariable(DISTRICTS, codes);
    execution.setVariable(DISTRICT_NAMES, names);
    execution.setVariable(QUARTER_ENDS, Date.from(Quarters.lastDay(quarter).plusDays(1).atStartOfDay(
        ZoneId.systemDefault()).toInstant()));
  }
}
