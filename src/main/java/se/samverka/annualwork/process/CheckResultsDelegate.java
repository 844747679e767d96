package se.samverka.annualwork.process;

import static se.samverka.annualwork.AasArProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.annualwork.AasCourses;
import se.samverka.workflow.InvalidFormInput;

/** {@code CheckResultsTask}: a course is done only when every participant has a test result. */
@Component("checkResultsDelegate")
class CheckResultsDelegate implements JavaDelegate {

  private final AasCourses courses;

  CheckResultsDelegate(AasCourses courses) {
    this.courses = courses;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String courseId = (String) execution.getVariable(COURSE_ID);
    int missing = courses.withoutResult(courseId);
    if (missing > 0) {
      throw new InvalidFormInput(missing + " deltagare i kursen saknar "
          + "provresultat: registrera resultatet (PUT /api/aas/participants/{id}/result) innan uppgiften slutförs");
    }
  }
}
