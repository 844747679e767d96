package se.samverka.annualwork.process;

import static se.samverka.annualwork.AasArProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.annualwork.AasCourses;
import se.samverka.workflow.FormValues;
import se.samverka.workflow.InvalidFormInput;

/**
 * {@code RecordCourseTask}: stores the course's date and venue; refuses to go on before any participant is registered
 * (participants are registered through {@code /api/aas}, never through the form), unless the course was cancelled.
 */
@Component("recordCourseDelegate")
class RecordCourseDelegate implements JavaDelegate {

  private final AasCourses courses;

  RecordCourseDelegate(AasCourses courses) {
    this.courses = courses;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String courseId = (String) execution.getVariable(COURSE_ID);
    String venue = FormValues.text(execution.getVariable(COURSE_VENUE));
    venue = venue == null || venue.isEmpty() ? null : venue;
    if (venue != null && venue.length() > 200) {
      throw new InvalidFormInput("Platsen får ha högst 200 tecken");
    }
    boolean cancelled = FormValues.flag(execution.getVariable(COURSE_CANCELLED));
    if (cancelled) {
      courses.planCourse(courseId, FormValues.date(execution.getVariable(COURSE_DATE), "Kursdatum"), venue);
      return;
    }
    if (courses.participants(courseId) == 0) {
      throw new InvalidFormInput("Inga deltagare är registrerade för kursen ännu: registrera dem "
          + "(POST /api/aas/courses/" + courseId + "/participants) innan uppgiften slutförs");
    }
    courses.planCourse(courseId, FormValues.requiredDate(execution.getVariable(COURSE_DATE), "Kursdatum"),
        venue);
  }
}
