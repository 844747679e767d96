package se.samverka.annualwork.process;

import static se.samverka.annualwork.AasArProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.annualwork.AnnualworkSettings;
import se.samverka.workflow.AnnualRuns;
import se.samverka.workflow.EngineClock;

/**
 * {@code ClaimAasYearTask}: the first instance of a year claims it; a later start (a redeploy, another node, a start by
 * hand) is recorded as a skip and ends at once. A granted year proposes the configured number of courses.
 */
@Component("claimAasYearDelegate")
class ClaimAasYearDelegate implements JavaDelegate {

  private final AnnualRuns runs;
  private final AnnualworkSettings settings;

  ClaimAasYearDelegate(AnnualRuns runs, AnnualworkSettings settings) {
    this.runs = runs;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = EngineClock.today().getYear();
    boolean granted = runs.claim(KEY, year, execution.getProcessInstanceId()).granted();
    execution.setVariable(YEAR, year);
    execution.setVariable(YEAR_CLAIMED, granted);
    if (granted) {
      execution.setVariable(COURSE_COUNT, settings.aasCoursesPerYear());
    }
  }
}
