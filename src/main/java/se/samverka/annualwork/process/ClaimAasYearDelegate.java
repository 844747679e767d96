package se.samverka.annualwork.process;

import static se.samverka.annualwork.AasArProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.annualwork.AnnualworkSettings;
import se.samverka.workflow.PeriodRuns;

/**
 * {@code ClaimAasYearTask}: the first instance of a year claims it; a later start (a redeploy, another node, a start by
 * hand) is recorded as a skip and ends at once. A granted year proposes the configured number of courses.
 */
@Component("claimAasYearDelegate")
class ClaimAasYearDelegate implements JavaDelegate {

  private final PeriodRuns runs;
  private final AnnualworkSettings settings;

  ClaimAasYearDelegate(PeriodRuns runs, AnnualworkSettings settings) {
    this.runs = runs;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (runs.claimThisYear(execution)) {
      execution.setVariable(COURSE_COUNT, settings.aasCoursesPerYear());
    }
  }
}
