package se.samverka.homevisit.process;

import static se.samverka.homevisit.OrosanmalanProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.cases.CaseService;
import se.samverka.cases.Deadlines;
import se.samverka.security.Agencies;
import se.samverka.workflow.FormValues;

/** {@code RecordProtectionAssessmentTask}: the protection assessment is made; its deadline is met (perhaps late). */
@Component("recordProtectionAssessmentDelegate")
class RecordProtectionAssessmentDelegate implements JavaDelegate {

  private final Deadlines deadlines;
  private final CaseService cases;
  private final Agencies agencies;

  RecordProtectionAssessmentDelegate(Deadlines deadlines, CaseService cases, Agencies agencies) {
    this.deadlines = deadlines;
    this.cases = cases;
    this.agencies = agencies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = (String) execution.getVariable(CASE_ID);
    String protection = FormValues.choice(execution.getVariable(IMMEDIATE_PROTECTION), "Behov av omedelbart skydd",
        List.of("ja", "nej"));
    deadlines.met(caseId, PROTECTION_DEADLINE);
    cases.recordEvent(caseId, "SKYDDSBEDOMNING_GJORD", "Omedelbart skydd: " + protection,
        agencies.actingUserId());
  }
}
