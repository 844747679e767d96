package se.samverka.sspf.process;

import static se.samverka.sspf.SspfArendeProcess.CASE_ID;
import static se.samverka.sspf.SspfArendeProcess.WITHIN_TARGET_GROUP;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.cases.CaseService;
import se.samverka.sspf.SspfSettings;
import se.samverka.workflow.EngineClock;

/**
 * {@code CheckTargetGroupTask}: is the young person within the local age limits ({@code samverka.sspf.min-age} and
 * {@code max-age}, both inclusive)? Only the yes/no answer enters the engine, never the age or the birth date.
 */
@Component("checkTargetGroupDelegate")
class CheckTargetGroupDelegate implements JavaDelegate {

  private final CaseService cases;
  private final SspfSettings settings;

  CheckTargetGroupDelegate(CaseService cases, SspfSettings settings) {
    this.cases = cases;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int age = cases.ageOn((String) execution.getVariable(CASE_ID), EngineClock.today());
    execution.setVariable(WITHIN_TARGET_GROUP, age >= settings.minAge() && age <= settings.maxAge());
  }
}
