package se.samverka.licensing.process;

import static se.samverka.licensing.AlkoholtillsynProcess.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.licensing.Supervisions;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.FormValues;
import se.samverka.workflow.InvalidFormInput;

/**
 * {@code RecordSupervisionDecisionTask}: the committee's decision. It may differ from the proposal of the decision table, but
 * then only with a reason.
 */
@Component("recordSupervisionDecisionDelegate")
class RecordSupervisionDecisionDelegate implements JavaDelegate {

  private final Supervisions supervisions;

  RecordSupervisionDecisionDelegate(Supervisions supervisions) {
    this.supervisions = supervisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String decision = FormValues.choice(execution.getVariable(DECISION), "Beslut", SANCTIONS);
    LocalDate decidedOn = FormValues.requiredDate(execution.getVariable(DECIDED_ON), "Datum för beslutet");
    if (decidedOn.isAfter(EngineClock.today())) {
      throw new InvalidFormInput("Beslutet kan inte ha fattats efter i dag (" + EngineClock.today() + ")");
    }
    LocalDate communicatedOn = FormValues.date(execution.getVariable(COMMUNICATED_ON), "Datum för kommuniceringen");
    if (communicatedOn != null && decidedOn.isBefore(communicatedOn)) {
      throw new InvalidFormInput("Beslutet kan inte ha fattats före kommuniceringen med tillståndshavaren ("
          + communicatedOn + ")");
    }
    String proposed = (String) execution.getVariable(PROPOSED_SANCTION);
    String reason = FormValues.text(execution.getVariable(DEVIATION_REASON));
    if (!decision.equals(proposed) && (reason == null || reason.isEmpty())) {
      throw new InvalidFormInput("Beslutet (" + decision + ") avviker från förslaget (" + proposed
          + "): ange skälet till avvikelsen");
    }
    supervisions.decided((String) execution.getVariable(SUPERVISION_ID), decision,
        decision.equals(proposed) ? null : reason, decidedOn);
  }
}
