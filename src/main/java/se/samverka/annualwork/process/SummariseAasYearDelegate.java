package se.samverka.annualwork.process;

import static se.samverka.annualwork.AasArProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.annualwork.AasCourses;

/** {@code SummariseAasYearTask}: the year's counts (courses, participants, passed), never names. */
@Component("summariseAasYearDelegate")
class SummariseAasYearDelegate implements JavaDelegate {

  private final AasCourses courses;

  SummariseAasYearDelegate(AasCourses courses) {
    this.courses = courses;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var counts = courses.counts(((Number) execution.getVariable(YEAR)).intValue());
    execution.setVariable(COURSE_COUNT, counts.courses());
    execution.setVariable(PARTICIPANT_TOTAL, counts.participants());
    execution.setVariable(PASSED_TOTAL, counts.passed());
  }
}
