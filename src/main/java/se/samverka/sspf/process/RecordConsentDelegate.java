package se.samverka.sspf.process;

import static se.samverka.sspf.SspfArendeProcess.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.cases.CaseModel.ConsentInput;
import se.samverka.cases.CaseService;
import se.samverka.security.Agencies;
import se.samverka.sspf.ConsentRules;
import se.samverka.sspf.ConsentRules.Answer;
import se.samverka.sspf.ConsentRules.Answers;
import se.samverka.sspf.SspfSettings;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.FormValues;

/**
 * {@code RecordConsentTask}: checks the written consent, person by person, against {@link ConsentRules} and records it
 * in the case store. The outcome is {@code GIVEN}; {@code REFUSED} when anyone asked said no (then the referral's
 * consent is withdrawn too, so nothing is shared any longer); or {@code INCOMPLETE} with the reason in
 * {@code consentProblem}, which sends the task back. The consent must name the SSPF function, since the coordinator
 * reads the parties' input through it, and at least one of the four parties (or a unit of one); it holds at most as
 * long as the earliest signature allows ({@code consent-validity}). A consultation without identity needs whom the
 * consent is about (the form's identity fields, which the case store takes in before this task runs).
 */
@Component("recordConsentDelegate")
class RecordConsentDelegate implements JavaDelegate {

  static final List<String> YES_NO = List.of(YES, NO);

  private final CaseService cases;
  private final Agencies agencies;
  private final SspfSettings settings;
  private final ConsentRules rules;

  RecordConsentDelegate(CaseService cases, Agencies agencies, SspfSettings settings, ConsentRules rules) {
    this.cases = cases;
    this.agencies = agencies;
    this.settings = settings;
    this.rules = rules;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = (String) execution.getVariable(CASE_ID);
    LocalDate today = EngineClock.today();
    int custody = Integer.parseInt(FormValues.choice(execution.getVariable(GUARDIANS_WITH_CUSTODY),
        "Antal vårdnadshavare med vårdnad", RegisterReferralDelegate.CUSTODY));
    Answers answers = new Answers(custody,
        answer(execution, GUARDIAN_1_CONSENT, GUARDIAN_1_CONSENT_DATE, "vårdnadshavare 1"),
        answer(execution, GUARDIAN_2_CONSENT, GUARDIAN_2_CONSENT_DATE, "vårdnadshavare 2"),
        answer(execution, YOUTH_CONSENT, YOUTH_CONSENT_DATE, "den unge"));
    if (anyRefusal(answers)) {
      // A "no" needs no identity and no age: nothing will be shared.
      cases.withdrawConsentFromProcess(caseId, agencies.actingUserId());
      cases.recordEvent(caseId, "SAMTYCKE_NEKAT", null, agencies.actingUserId());
      execution.setVariable(CONSENT_STATUS, STATUS_REFUSED);
      return;
    }
    if (cases.find(caseId).orElseThrow().personId() == null) {
      incomplete(execution, "Ärendet är en konsultation utan identitet: ange vem samtycket gäller "
          + "(personnummer, förnamn och efternamn)");
      return;
    }
    var verdict = rules.check(cases.ageOn(caseId, today), answers, today);
    if (verdict.outcome() == ConsentRules.Outcome.REFUSED) {
      cases.withdrawConsentFromProcess(caseId, agencies.actingUserId());
      execution.setVariable(CONSENT_STATUS, STATUS_REFUSED);
      return;
    }
    String problem = verdict.outcome() == ConsentRules.Outcome.INCOMPLETE ? verdict.problem() : null;
    List<String> parties = FormValues.stringList(execution.getVariable(CONSENT_PARTIES));
    List<String> categories = FormValues.stringList(execution.getVariable(CONSENT_CATEGORIES));
    LocalDate validTo = FormValues.date(execution.getVariable(CONSENT_VALID_TO), "Samtyckets slutdatum");
    if (problem == null) {
      problem = problem(parties, categories, validTo, verdict.earliestSignature());
    }
    if (problem == null) {
      var input = new ConsentInput(answers.guardian1().on() != null && custody >= 1,
          answers.guardian2().on() != null && custody == 2, Boolean.TRUE.equals(answers.youth().consents()),
          parties, categories, validTo, custody, custody >= 1 ? answers.guardian1().on() : null,
          custody == 2 ? answers.guardian2().on() : null, answers.youth().on(),
          FormValues.text(execution.getVariable(CONSENT_DOCUMENT_REFERENCE)));
      try {
        cases.recordConsent(caseId, input, agencies.actingUserId());
      } catch (IllegalArgumentException e) {
        problem = e.getMessage();
      }
    }
    if (problem != null) {
      incomplete(execution, problem);
      return;
    }
    // Each party gives its input once, whether the consent names it as a whole or by one of its units.
    List<String> inputParties = new ArrayList<>(new LinkedHashSet<>(parties.stream().map(Agencies::agencyOfParty)
        .filter(PARTIES::contains).toList()));
    execution.setVariable(CONSENT_STATUS, STATUS_GIVEN);
    execution.removeVariable(CONSENT_PROBLEM);
    execution.setVariable(INPUT_PARTIES, inputParties);
  }

  private String problem(List<String> parties, List<String> categories, LocalDate validTo, LocalDate earliest) {
    String coordinator = agencies.agencyOfGroup(COORDINATOR_GROUP).orElseThrow();
    if (!parties.contains(coordinator)) {
      return "Samtycket måste omfatta SSPF-samordnaren, som leder nätverksmötet och läser parternas underlag";
    }
    if (parties.stream().map(Agencies::agencyOfParty).noneMatch(PARTIES::contains)) {
      return "Samtycket måste gälla minst en av parterna skola, socialtjänst, polis eller fritid";
    }
    if (categories.isEmpty()) {
      return "Ange vilka uppgifter samtycket gäller";
    }
    if (validTo == null) {
      return "Ange till och med vilket datum samtycket gäller";
    }
    if (earliest != null && validTo.isAfter(settings.consentValidUntil(earliest))) {
      return "Samtycket kan gälla längst till och med " + settings.consentValidUntil(earliest)
          + ", räknat från den tidigaste underskriften";
    }
    return null;
  }

  private static boolean anyRefusal(Answers answers) {
    int custody = answers.guardiansWithCustody();
    return (custody >= 1 && Boolean.FALSE.equals(answers.guardian1().consents()))
        || (custody == 2 && Boolean.FALSE.equals(answers.guardian2().consents()))
        || Boolean.FALSE.equals(answers.youth().consents());
  }

  private static Answer answer(DelegateExecution execution, String key, String dateKey, String who) {
    Object value = execution.getVariable(key);
    if (value == null || FormValues.text(value).isEmpty()) {
      return Answer.NONE;
    }
    boolean yes = YES.equals(FormValues.choice(value, "Samtycker " + who, YES_NO));
    return new Answer(yes, yes ? FormValues.date(execution.getVariable(dateKey), "Datum för samtycket från " + who)
        : null);
  }

  private static void incomplete(DelegateExecution execution, String problem) {
    execution.setVariable(CONSENT_STATUS, STATUS_INCOMPLETE);
    execution.setVariable(CONSENT_PROBLEM, problem);
  }
}
