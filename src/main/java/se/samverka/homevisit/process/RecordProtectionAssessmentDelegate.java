package se.samverka.homevisit.process;

import static se.samverka.homevisit.OrosanmalanProcess.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.homevisit.ReportsOfConcern;
import se.samverka.homevisit.ReportsOfConcern.ProtectionAssessment;
import se.samverka.security.Agencies;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.FormValues;
import se.samverka.workflow.InvalidFormInput;

/**
 * {@code RecordProtectionAssessmentTask}: the protection assessment is made; its deadline is met (perhaps late), and
 * what it found is recorded and published (whether the guardians may be contacted now).
 */
@Component("recordProtectionAssessmentDelegate")
class RecordProtectionAssessmentDelegate implements JavaDelegate {

  private final ReportsOfConcern reports;
  private final Agencies agencies;

  RecordProtectionAssessmentDelegate(ReportsOfConcern reports, Agencies agencies) {
    this.reports = reports;
    this.agencies = agencies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean crime = yes(execution, SUSPECTED_CRIME, "Misstanke om brott mot barnet");
    String consultedWith = null;
    LocalDate consultedOn = null;
    if (crime) {
      consultedWith = FormValues.choice(execution.getVariable(CONSULTED_WITH), "Samråd har skett med",
          CONSULTATION_PARTIES);
      consultedOn = FormValues.requiredDate(execution.getVariable(CONSULTATION_DATE), "Datum för samrådet");
      if (consultedOn.isAfter(EngineClock.today())) {
        throw new InvalidFormInput("Samrådet ska ha skett: datumet kan inte ligga i framtiden");
      }
    }
    reports.recordProtectionAssessment((String) execution.getVariable(CASE_ID), new ProtectionAssessment(
        yes(execution, IMMEDIATE_PROTECTION, "Behov av omedelbart skydd"),
        yes(execution, GUARDIANS_MAY_BE_CONTACTED, "Får vårdnadshavarna kontaktas nu"), crime, consultedWith,
        consultedOn, yes(execution, INVESTIGATION_AT_ONCE, "Utredning direkt")), agencies.actingUserId());
  }

  private static boolean yes(DelegateExecution execution, String variable, String label) {
    return YES.equals(FormValues.choice(execution.getVariable(variable), label, YES_NO));
  }
}
