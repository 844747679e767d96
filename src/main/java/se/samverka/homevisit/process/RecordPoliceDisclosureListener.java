package se.samverka.homevisit.process;

import static se.samverka.homevisit.LinkopingsmodellenProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.samverka.cases.CaseService;
import se.samverka.cases.LegalGrounds;
import se.samverka.security.Agencies;
import se.samverka.workflow.FormValues;
import se.samverka.workflow.InvalidFormInput;

/**
 * Completion of {@code PoliceAssessmentTask}: what the police share with social services is recorded as a disclosure
 * with its legal ground, decided by the officer who completes the task. It covers whom the tip is about and the tip
 * ({@code grund}) and the police's assessment ({@code polis}): social services cannot assess a tip about nobody.
 */
@Component("recordPoliceDisclosureListener")
class RecordPoliceDisclosureListener implements TaskListener {

  static final String JUSTIFICATION = "Gemensam bedömning av tips enligt Linköpingsmodellen";
  static final java.util.List<String> SHARED_CATEGORIES = java.util.List.of("grund", "polis");

  private final CaseService cases;
  private final LegalGrounds legalGrounds;
  private final Agencies agencies;

  RecordPoliceDisclosureListener(CaseService cases, LegalGrounds legalGrounds, Agencies agencies) {
    this.cases = cases;
    this.legalGrounds = legalGrounds;
    this.agencies = agencies;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!FormValues.flag(task.getVariable(POLICE_SHARES_INFORMATION))) {
      return;
    }
    String ground = FormValues.choice(task.getVariable(POLICE_LEGAL_GROUND), "Rättslig grund", legalGrounds.codes());
    try {
      for (String category : SHARED_CATEGORIES) {
        cases.recordDisclosure((String) task.getVariable(CASE_ID), "polis", "socialtjanst", category, ground,
            JUSTIFICATION, agencies.actingUserId());
      }
    } catch (IllegalArgumentException e) {
      throw new InvalidFormInput(e.getMessage());
    }
  }
}
