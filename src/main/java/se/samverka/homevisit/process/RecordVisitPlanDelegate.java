package se.samverka.homevisit.process;

import static se.samverka.homevisit.LinkopingsmodellenProcess.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.cases.CaseService;
import se.samverka.security.Agencies;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.FormValues;
import se.samverka.workflow.InvalidFormInput;

/**
 * {@code RecordVisitPlanTask}: a home visit needs an attempt to contact the guardian first (JO 5219-2018), a date and
 * its participants.
 */
@Component("recordVisitPlanDelegate")
class RecordVisitPlanDelegate implements JavaDelegate {

  private final CaseService cases;
  private final Agencies agencies;

  RecordVisitPlanDelegate(CaseService cases, Agencies agencies) {
    this.cases = cases;
    this.agencies = agencies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (!FormValues.flag(execution.getVariable(GUARDIAN_CONTACT_ATTEMPTED))) {
      throw new InvalidFormInput(GUARDIAN_CONTACT_ATTEMPTED,
          "Försök först att kontakta vårdnadshavaren: ett hembesök planeras inte utan det");
    }
    LocalDate planned = FormValues.requiredDate(execution.getVariable(PLANNED_DATE), "Planerat datum");
    if (planned.isBefore(EngineClock.today())) {
      throw new InvalidFormInput("Planerat datum kan inte ligga före i dag");
    }
    var participants = FormValues.stringList(execution.getVariable(PARTICIPANTS));
    if (participants.isEmpty()) {
      throw new InvalidFormInput(PARTICIPANTS, "Ange vilka som deltar i besöket");
    }
    cases.recordEvent((String) execution.getVariable(CASE_ID), "HEMBESOK_PLANERAT",
        planned + ", " + String.join(" och ", participants), agencies.actingUserId());
  }
}
