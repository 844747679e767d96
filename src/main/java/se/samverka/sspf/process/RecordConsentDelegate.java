package se.samverka.sspf.process;

import static se.samverka.sspf.SspfArendeProcess.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.cases.CaseModel.ConsentInput;
import se.samverka.cases.CaseService;
import se.samverka.security.Agencies;
import se.samverka.sspf.SspfSettings;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.FormValues;

/**
 * {@code RecordConsentTask}: checks the written consent against the rule (at least one guardian; the young person too
 * from {@code youth-consent-age}; parties, categories and an end date) and records it in the case store. The outcome is
 * {@code GIVEN}, {@code REFUSED}, or {@code INCOMPLETE} with the reason in {@code consentProblem}, which sends the task
 * back to the coordinator. A refusal withdraws the guardians' agreement to the referral too, so nothing is shared any
 * longer. A consultation without identity needs whom the consent is about (the form's identity fields, which the case
 * store takes in before this task runs).
 */
@Component("recordConsentDelegate")
class RecordConsentDelegate implements JavaDelegate {

  private final CaseService cases;
  private final Agencies agencies;
  private final SspfSettings settings;

  RecordConsentDelegate(CaseService cases, Agencies agencies, SspfSettings settings) {
    this.cases = cases;
    this.agencies = agencies;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = (String) execution.getVariable(CASE_ID);
    if (!CONSENT_GIVEN.equals(execution.getVariable(CONSENT_OUTCOME))) {
      cases.withdrawConsentFromProcess(caseId, agencies.actingUserId());
      execution.setVariable(CONSENT_STATUS, STATUS_REFUSED);
      return;
    }
    if (cases.find(caseId).orElseThrow().personId() == null) {
      execution.setVariable(CONSENT_STATUS, STATUS_INCOMPLETE);
      execution.setVariable(CONSENT_PROBLEM, "Ärendet är en konsultation utan identitet: ange vem samtycket gäller "
          + "(personnummer, förnamn och efternamn)");
      return;
    }
    var input = new ConsentInput(FormValues.flag(execution.getVariable(CONSENT_BY_GUARDIAN_1)),
        FormValues.flag(execution.getVariable(CONSENT_BY_GUARDIAN_2)),
        FormValues.flag(execution.getVariable(CONSENT_BY_YOUTH)),
        FormValues.stringList(execution.getVariable(CONSENT_PARTIES)),
        FormValues.stringList(execution.getVariable(CONSENT_CATEGORIES)),
        FormValues.date(execution.getVariable(CONSENT_VALID_TO), "Samtyckets slutdatum"));
    String problem = problem(input, cases.ageOn(caseId, EngineClock.today()));
    if (problem == null) {
      try {
        cases.recordConsent(caseId, input, agencies.actingUserId());
      } catch (IllegalArgumentException e) {
        problem = e.getMessage();
      }
    }
    if (problem != null) {
      execution.setVariable(CONSENT_STATUS, STATUS_INCOMPLETE);
      execution.setVariable(CONSENT_PROBLEM, problem);
      return;
    }
    List<String> parties = new ArrayList<>(input.parties().stream().filter(PARTIES::contains).toList());
    execution.setVariable(CONSENT_STATUS, STATUS_GIVEN);
    execution.removeVariable(CONSENT_PROBLEM);
    execution.setVariable(INPUT_PARTIES, parties);
  }

  private String problem(ConsentInput input, int age) {
    if (!input.givenByGuardian1() && !input.givenByGuardian2()) {
      return "Samtycke från minst en vårdnadshavare krävs";
    }
    if (age >= settings.youthConsentAge() && !input.givenByYouth()) {
      return "Den unge har fyllt " + settings.youthConsentAge() + " år och måste också samtycka";
    }
    if (input.parties().stream().noneMatch(PARTIES::contains)) {
      return "Samtycket måste gälla minst en av parterna skola, socialtjänst, polis eller fritid";
    }
    if (input.categories().isEmpty()) {
      return "Ange vilka uppgifter samtycket gäller";
    }
    if (input.validTo() == null) {
      return "Ange till och med vilket datum samtycket gäller";
    }
    return null;
  }
}
