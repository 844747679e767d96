package se.samverka.licensing.process;

import static se.samverka.licensing.AlkoholtillsynProcess.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.licensing.LicensingSettings;
import se.samverka.licensing.Supervisions;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.FormValues;
import se.samverka.workflow.InvalidFormInput;

/** {@code RecordProtocolSentTask}, after {@code SendProtocolTask}: when the protocol was sent, with a letter on the shortcomings if any. */
@Component("recordProtocolSentDelegate")
class RecordProtocolSentDelegate implements JavaDelegate {

  private final Supervisions supervisions;
  private final LicensingSettings settings;

  RecordProtocolSentDelegate(Supervisions supervisions, LicensingSettings settings) {
    this.supervisions = supervisions;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate sentOn = FormValues.requiredDate(execution.getVariable(PROTOCOL_SENT_ON), "Datum då protokollet skickades");
    if (sentOn.isAfter(EngineClock.today())) {
      throw new InvalidFormInput(PROTOCOL_SENT_ON,
          "Protokollet kan inte ha skickats efter i dag (" + EngineClock.today() + ")");
    }
    LocalDate inspectedOn = FormValues.date(execution.getVariable(INSPECTED_ON), "Datum för tillsynen");
    if (inspectedOn != null && sentOn.isBefore(inspectedOn)) {
      throw new InvalidFormInput(PROTOCOL_SENT_ON,
          "Protokollet kan inte ha skickats före tillsynen (" + inspectedOn + ")");
    }
    if (!"inga".equals(execution.getVariable(REMARK_LEVEL)) && !FormValues.flag(execution.getVariable(LETTER_ATTACHED))) {
      throw new InvalidFormInput(LETTER_ATTACHED,
          "Protokollet har anmärkningar: skicka med ett brev som beskriver bristerna och vad "
          + "som händer nu, och kryssa i att brevet är bifogat");
    }
    if (OUTCOME_CASE.equals(execution.getVariable(OUTCOME))) {
      // The supervision case opens now: the statements are due a set time from today.
      execution.setVariable(STATEMENTS_DUE_AT, settings.statementsDue(EngineClock.today()));
    }
    supervisions.protocolSent((String) execution.getVariable(SUPERVISION_ID), sentOn,
        (String) execution.getVariable(OUTCOME));
  }
}
