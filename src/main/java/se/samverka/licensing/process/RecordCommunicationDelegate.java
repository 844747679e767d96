package se.samverka.licensing.process;

import static se.samverka.licensing.AlkoholtillsynProcess.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.licensing.LicensingSettings;
import se.samverka.licensing.Supervisions;
import se.samverka.security.Agencies;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.FormValues;
import se.samverka.workflow.InvalidFormInput;

/**
 * {@code RecordCommunicationTask}, after {@code CommunicateTask}: records what the licence holder got and when (FL 25 §:
 * all material of the decision, the proposal included), with an interpreter where needed (FL 13 §), and sets the
 * response time. Each round starts without new material.
 */
@Component("recordCommunicationDelegate")
class RecordCommunicationDelegate implements JavaDelegate {

  private final Supervisions supervisions;
  private final LicensingSettings settings;
  private final Agencies agencies;

  RecordCommunicationDelegate(Supervisions supervisions, LicensingSettings settings, Agencies agencies) {
    this.supervisions = supervisions;
    this.settings = settings;
    this.agencies = agencies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate communicatedOn = FormValues.requiredDate(execution.getVariable(COMMUNICATED_ON), "Datum för kommuniceringen");
    if (communicatedOn.isAfter(EngineClock.today())) {
      throw new InvalidFormInput("Kommuniceringen kan inte ha skett efter i dag (" + EngineClock.today() + ")");
    }
    List<String> documents = FormValues.stringList(execution.getVariable(DOCUMENTS_SENT));
    if (!documents.contains(PROPOSAL_DOCUMENT) || !DOCUMENTS.containsAll(documents)) {
      throw new InvalidFormInput("Tillståndshavaren ska få allt underlag för beslutet, förslaget till beslut inräknat: "
          + "kryssa i vad som skickades, och förslaget");
    }
    String language = FormValues.flag(execution.getVariable(INTERPRETER_NEEDED))
        ? FormValues.text(execution.getVariable(INTERPRETER_LANGUAGE)) : null;
    Date responseDue = settings.responseDue(communicatedOn);
    int round = supervisions.communicated((String) execution.getVariable(SUPERVISION_ID), communicatedOn, documents,
        responseDue.toInstant().atZone(ZoneId.systemDefault()).toLocalDate(), language, agencies.actingUserId());
    execution.setVariable(RESPONSE_DUE_AT, responseDue);
    execution.setVariable(COMMUNICATION_ROUND, round);
    execution.setVariable(NEW_MATERIAL, false);
  }
}
