package se.samverka.homevisit.process;

import static se.samverka.homevisit.OrosanmalanProcess.*;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.homevisit.ReportsOfConcern;
import se.samverka.security.Agencies;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.FormValues;
import se.samverka.workflow.InvalidFormInput;

/**
 * {@code RegisterReportTask}: fixes the time of receipt and from it the protection-assessment and decision deadlines
 * (as process dates and as deadline records), when the manager is told, and who makes the protection assessment.
 */
@Component("registerReportDelegate")
class RegisterReportDelegate implements JavaDelegate {

  private final ReportsOfConcern reports;
  private final Agencies agencies;

  RegisterReportDelegate(ReportsOfConcern reports, Agencies agencies) {
    this.reports = reports;
    this.agencies = agencies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = (String) execution.getVariable(CASE_ID);
    if (caseId == null) {
      throw new InvalidFormInput(
          "Anmälan saknar uppgifter om barnet (förnamn, efternamn och personnummer eller födelsedatum)");
    }
    // The receipt is when the report reaches the engine; nobody can backdate it through a form or the API.
    Instant receivedAt = EngineClock.now();
    boolean mandatory = FormValues.flag(execution.getVariable(REPORTER_MANDATORY));
    boolean acute = FormValues.flag(execution.getVariable(ACUTE));
    var receipt = reports.receive(caseId, receivedAt, mandatory, acute, agencies.actingUserId());
    execution.setVariable(RECEIVED_AT, Date.from(receivedAt));
    execution.setVariable(REPORTER_MANDATORY, mandatory);
    execution.setVariable(VIOLENCE_INVOLVED, FormValues.flag(execution.getVariable(VIOLENCE_INVOLVED)));
    execution.setVariable(ACUTE, acute);
    execution.setVariable(PROTECTION_DUE_AT, receipt.protectionDue());
    execution.setVariable(PROTECTION_ESCALATE_AT, receipt.protectionEscalation());
    execution.setVariable(PROTECTION_GROUPS, String.join(",", receipt.protectionGroups()));
    execution.setVariable(DECISION_DUE_AT, receipt.decisionDue());
  }
}
