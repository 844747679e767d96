package se.samverka.licensing.process;

import static se.samverka.licensing.AlkoholtillsynProcess.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.licensing.LicensingSettings;
import se.samverka.licensing.Premises;
import se.samverka.licensing.Supervisions;
import se.samverka.security.Agencies;
import se.samverka.security.CurrentUser;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.FormValues;

/**
 * {@code RegisterSupervisionTask}: finds the premises (by id from the plan or the start form's choice from the register,
 * or by the name or organisation number an integration sends), opens the supervision record and sets when the planning is due: the planned date of a plan
 * visit, or a week after a tip. A police officer starts only with the police's findings ({@link Supervisions#checkStart}).
 */
@Component("registerSupervisionDelegate")
class RegisterSupervisionDelegate implements JavaDelegate {

  private final Supervisions supervisions;
  private final LicensingSettings settings;
  private final Agencies agencies;

  RegisterSupervisionDelegate(Supervisions supervisions, LicensingSettings settings, Agencies agencies) {
    this.supervisions = supervisions;
    this.settings = settings;
    this.agencies = agencies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String premisesId = (String) execution.getVariable(PREMISES_ID);
    String reference = FormValues.text(execution.getVariable(PREMISES_REF));
    // The start form chooses the premises from the register (its id); an integration may still name it.
    Premises premises = premisesId != null ? supervisions.premises(premisesId)
        : supervisions.findPremises(reference).orElseGet(() -> supervisions.resolve(reference));
    String trigger = execution.hasVariable(TRIGGER)
        ? FormValues.choice(execution.getVariable(TRIGGER), "Anledning", TRIGGERS) : "tips";
    Supervisions.checkStart(trigger, FormValues.text(execution.getVariable(POLICE_REPORT)),
        agencies.current().map(CurrentUser::groups).orElse(java.util.List.of()));
    String kind = execution.hasVariable(KIND) ? FormValues.choice(execution.getVariable(KIND), "Slag av tillsyn", KINDS)
        : "samordnad".equals(trigger) ? "samordnad" : "yttre";
    LocalDate plannedFor = FormValues.date(execution.getVariable(PLANNED_DATE), "Planerat datum");
    String id = supervisions.open(premises.id(), execution.getProcessInstanceId(), trigger, kind, plannedFor);

    execution.setVariable(SUPERVISION_ID, id);
    execution.setVariable(PREMISES_ID, premises.id());
    execution.setVariable(PREMISES_NAME, premises.name());
    execution.setVariable(TRIGGER, trigger);
    execution.setVariable(KIND, kind);
    execution.setVariable(REINSPECTION, false);
    execution.setVariable(PLAN_DUE_AT, plannedFor != null ? LicensingSettings.endOf(plannedFor)
        : settings.tipPlanningDue(EngineClock.today()));
  }
}
