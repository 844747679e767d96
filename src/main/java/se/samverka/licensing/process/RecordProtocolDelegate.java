package se.samverka.licensing.process;

import static se.samverka.licensing.AlkoholtillsynProcess.*;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.licensing.LicensingSettings;
import se.samverka.licensing.Supervisions;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.FormValues;
import se.samverka.workflow.InvalidFormInput;

/**
 * {@code RecordProtocolTask}: records the inspection, sets the day the protocol must reach the licence holder (10
 * working days by the Swedish business calendar) and decides the way on. No remarks: done. Minor remarks the first
 * time: a re-inspection within a month. Serious remarks, or remarks again at the re-inspection: a supervision case.
 * Remarks found again are no "repeated" breach in the sanction ladder; that takes an earlier formal sanction
 * ({@code LookUpEarlierSanctionsTask}).
 */
@Component("recordProtocolDelegate")
class RecordProtocolDelegate implements JavaDelegate {

  private final Supervisions supervisions;
  private final LicensingSettings settings;

  RecordProtocolDelegate(Supervisions supervisions, LicensingSettings settings) {
    this.supervisions = supervisions;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String level = FormValues.choice(execution.getVariable(REMARK_LEVEL), "Anmärkningar", REMARK_LEVELS);
    LocalDate inspectedOn = FormValues.requiredDate(execution.getVariable(INSPECTED_ON), "Datum för tillsynen");
    if (inspectedOn.isAfter(EngineClock.today())) {
      throw new InvalidFormInput("Datum för tillsynen kan inte ligga efter i dag (" + EngineClock.today() + ")");
    }
    boolean wasReinspection = FormValues.flag(execution.getVariable(REINSPECTION));
    var protocolDue = settings.protocolDue(inspectedOn);
    supervisions.inspected((String) execution.getVariable(SUPERVISION_ID), inspectedOn, level,
        protocolDue.toInstant().atZone(ZoneId.systemDefault()).toLocalDate());
    execution.setVariable(PROTOCOL_DUE_AT, protocolDue);

    String outcome;
    if ("inga".equals(level)) {
      outcome = OUTCOME_NO_REMARKS;
    } else if ("mindre".equals(level) && !wasReinspection) {
      outcome = OUTCOME_REINSPECT;
      execution.setVariable(REINSPECTION, true);
      execution.setVariable(INSPECTION_DUE_AT, settings.reinspectionDue(inspectedOn));
    } else {
      outcome = OUTCOME_CASE;
    }
    execution.setVariable(OUTCOME, outcome);
  }
}
