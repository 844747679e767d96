package se.samverka.annualwork.process;

import static se.samverka.annualwork.KmkArProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.annualwork.AasCourses;
import se.samverka.annualwork.KmkCertifications;
import se.samverka.workflow.FormValues;

/** {@code CompileAnnualReportTask}: the AAS/KMK year in numbers for the steering group; counts only. */
@Component("compileAnnualReportDelegate")
class CompileAnnualReportDelegate implements JavaDelegate {

  private final AasCourses courses;
  private final KmkCertifications certifications;

  CompileAnnualReportDelegate(AasCourses courses, KmkCertifications certifications) {
    this.courses = courses;
    this.certifications = certifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = ((Number) execution.getVariable(YEAR)).intValue();
    var aas = courses.counts(year);
    List<String> bars = FormValues.stringList(execution.getVariable(BAR_IDS));
    Object trained = execution.getVariable(KEY_PERSONS_TRAINED);
    Object atMeeting = execution.getVariable(BARS_AT_MEETING);
    execution.setVariable(ANNUAL_REPORT, "År: " + year + "\n"
        + "AAS-kurser: " + aas.courses() + "\n"
        + "AAS-deltagare: " + aas.participants() + ", varav godkända: " + aas.passed() + "\n"
        + "KMK-nyckelpersoner utbildade: " + (trained == null ? "okänt" : trained) + "\n"
        + "KMK-krogar i år: " + bars.size() + ", varav certifierade: " + certifications.certifiedIn(year) + "\n"
        + "Krogar på krögarmötet: " + (atMeeting == null ? "okänt" : atMeeting));
  }
}
