package se.samverka.followup.report.process;

import static se.samverka.followup.report.BraUppfoljningProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.followup.report.ReportPeriod;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.PeriodRuns;

/**
 * {@code ClaimHalfYearTask}: claims the half-year that ended before the start day ({@code 2026-H1} on 1 July 2026); a
 * second start in the same half-year (the timer firing twice, a redeploy, a start by hand) ends at once. The holder
 * gets the business key {@code BRAU-2026-H1} and the labels its forms show.
 */
@Component("claimBraUppfoljningPeriodDelegate")
class ClaimHalfYearDelegate implements JavaDelegate {

  private final PeriodRuns runs;

  ClaimHalfYearDelegate(PeriodRuns runs) {
    this.runs = runs;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReportPeriod period = ReportPeriod.halfYearBefore(EngineClock.today());
    if (runs.claimPeriod(execution, period.code())) {
      execution.setProcessBusinessKey("BRAU-" + period.code());
      execution.setVariable(LABEL, "Uppföljning av " + period.label());
      execution.setVariable(PAGE, "/uppfoljning/" + period.code());
    }
  }
}
