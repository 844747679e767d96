package se.samverka.annualwork.process;

import static se.samverka.annualwork.AasArProcess.*;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.annualwork.AasCourses;
import se.samverka.annualwork.AnnualworkSettings;
import se.samverka.workflow.InvalidFormInput;

/** {@code CreateCoursesTask}: one course row per planned course; the process keeps only their ids. */
@Component("createCoursesDelegate")
class CreateCoursesDelegate implements JavaDelegate {

  private final AasCourses courses;
  private final AnnualworkSettings settings;

  CreateCoursesDelegate(AasCourses courses, AnnualworkSettings settings) {
    this.courses = courses;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int count = count(execution.getVariable(COURSE_COUNT));
    if (count < 1 || count > settings.aasMaxCoursesPerYear()) {
      throw new InvalidFormInput("Antal kurser ska vara mellan 1 och " + settings.aasMaxCoursesPerYear());
    }
    int year = ((Number) execution.getVariable(YEAR)).intValue();
    execution.setVariable(COURSE_IDS,
        new ArrayList<>(courses.planYear(year, count, execution.getProcessInstanceId())));
  }

  static int count(Object value) {
    if (value instanceof Number number) {
      if (number.doubleValue() != Math.rint(number.doubleValue())) {
        throw new InvalidFormInput("Antal kurser ska vara ett heltal");
      }
      return number.intValue();
    }
    try {
      return Integer.parseInt(value == null ? "" : value.toString().trim());
    } catch (NumberFormatException e) {
      throw new InvalidFormInput("Antal kurser saknas eller är inget heltal");
    }
  }
}
