package se.samverka.homevisit.process;

import static se.samverka.homevisit.LinkopingsmodellenProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.cases.CaseService;
import se.samverka.security.Agencies;
import se.samverka.workflow.FormValues;

/**
 * {@code RecordJointAssessmentTask}: both agencies have assessed the tip. A concrete suspicion of crime leaves the
 * model for a criminal investigation (no home visit); otherwise social services' proposal decides on the visit.
 */
@Component("recordJointAssessmentDelegate")
class RecordJointAssessmentDelegate implements JavaDelegate {

  private final CaseService cases;
  private final Agencies agencies;

  RecordJointAssessmentDelegate(CaseService cases, Agencies agencies) {
    this.cases = cases;
    this.agencies = agencies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String suspicion = FormValues.choice(execution.getVariable(CONCRETE_SUSPICION), "Konkret brottsmisstanke",
        List.of("ja", "nej"));
    String decision = FormValues.choice(execution.getVariable(VISIT_DECISION), "Förslag", List.of("hembesok", "ingen"));
    String caseId = (String) execution.getVariable(CASE_ID);
    String user = agencies.actingUserId();
    if ("ja".equals(suspicion)) {
      cases.recordEvent(caseId, "TILL_FORUNDERSOKNING", "Konkret brottsmisstanke: inget hembesök", user);
    } else {
      cases.recordEvent(caseId, "GEMENSAM_BEDOMNING", "hembesok".equals(decision) ? "Hembesök" : "Ingen åtgärd", user);
    }
  }
}
