package se.samverka.sspf.process;

import static se.samverka.sspf.SspfArendeProcess.*;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.cases.CaseModel.CaseRecord;
import se.samverka.cases.CaseModel.ConsentInput;
import se.samverka.cases.CaseService;
import se.samverka.security.Agencies;
import se.samverka.sspf.ConsentRules;
import se.samverka.sspf.ConsentRules.Answer;
import se.samverka.sspf.ConsentRules.Answers;
import se.samverka.sspf.SspfSettings;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.FormValues;
import se.samverka.workflow.InvalidFormInput;

/**
 * {@code RegisterReferralTask}: records the concern categories, lets the coordinator read the referral and copies the
 * local deadlines into the case's variables. The referral takes one of two routes:
 * <ul>
 *   <li>named, with the written consent the referring professional has already obtained: checked against
 *       {@link ConsentRules} (every guardian with custody, the young person from 15, the young person alone from 18;
 *       signed neither in the future nor so long ago that it has lapsed) and recorded as a consent (OSL 12 kap. 2 §)
 *       naming the SSPF function and the referrer, with the document's reference; the referrer's disclosure to the
 *       coordinator cites that consent. A referral from another case (a home visit) refers to the guardians'
 *       agreement recorded there, until the written consent of {@code ObtainConsentTask};</li>
 *   <li>a consultation without identity, which the coordinator reads as such.</li>
 * </ul>
 */
@Component("registerReferralDelegate")
class RegisterReferralDelegate implements JavaDelegate {

  static final String AGREED_EVENT = "AKTUALISERING_MED_SAMTYCKE";
  static final String CONSULTATION_EVENT = "KONSULTATION_UTAN_IDENTITET";
  static final String CONSULTATION_JUSTIFICATION =
      "Konsultation utan identitet: vårdnadshavarna har inte samtyckt till en aktualisering med namn";
  static final List<String> CUSTODY = List.of("0", "1", "2");
  /** The legal ground of the referrer's disclosure to the coordinator: the consent (samverka.legal-grounds). */
  static final String CONSENT_GROUND = "samtycke";

  private final CaseService cases;
  private final Agencies agencies;
  private final SspfSettings settings;
  private final ConsentRules rules;

  RegisterReferralDelegate(CaseService cases, Agencies agencies, SspfSettings settings, ConsentRules rules) {
    this.cases = cases;
    this.agencies = agencies;
    this.settings = settings;
    this.rules = rules;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = (String) execution.getVariable(CASE_ID);
    boolean named = YES.equals(FormValues.choice(execution.getVariable(GUARDIANS_AGREED),
        "Har vårdnadshavarna samtyckt skriftligt till aktualiseringen", List.of(YES, NO)));
    if (caseId == null) {
      throw new InvalidFormInput(named
          ? "Aktualiseringen saknar uppgifter om den unge (förnamn, efternamn och personnummer eller födelsedatum)"
          : "Ange den unges ålder i hela år när identiteten inte lämnas");
    }
    var concerns = FormValues.stringList(execution.getVariable(CONCERN_CATEGORIES));
    if (concerns.isEmpty()) {
      throw new InvalidFormInput("Ange vad oron gäller");
    }
    var record = cases.find(caseId).orElseThrow();
    if (named != (record.personId() != null)) {
      throw new InvalidFormInput(named
          ? "Aktualiseringen saknar uppgifter om den unge (förnamn, efternamn och personnummer eller födelsedatum)"
          : "Vårdnadshavarna har inte samtyckt till aktualiseringen: den får inte ange vem den gäller");
    }
    cases.recordConcerns(caseId, concerns);
    String coordinatorAgency = agencies.agencyOfGroup(COORDINATOR_GROUP).orElseThrow();
    String user = agencies.actingUserId();
    if (named) {
      recordReferralConsent(execution, record, coordinatorAgency, user);
    } else {
      if (!coordinatorAgency.equals(record.ownerAgency())) {
        cases.recordConsultation(caseId, record.ownerAgency(), coordinatorAgency, CONSULTATION_JUSTIFICATION, user);
      }
      cases.recordEvent(caseId, CONSULTATION_EVENT, "Samordnaren arbetar genom den som aktualiserade ärendet", user);
    }
    execution.setVariable(CONSULTATION, !named);
    execution.setVariable(CONSENT_REMINDER, settings.consentReminder());
    execution.setVariable(CONSENT_TIME_OUT, settings.consentTimeOut());
    execution.setVariable(INPUT_DEADLINE, settings.inputDeadline());
  }

  private void recordReferralConsent(DelegateExecution execution, CaseRecord record, String coordinatorAgency,
      String user) {
    String caseId = record.id();
    String referrer = record.ownerAgency();
    // The referrer's own unit, where the case is one (a school's referral names that school).
    String referrerParty = record.ownerUnit() != null ? record.ownerUnit() : referrer;
    List<String> parties = new ArrayList<>(List.of(coordinatorAgency));
    if (!coordinatorAgency.equals(referrer)) {
      parties.add(referrerParty);
    }
    List<String> categories = new ArrayList<>(List.of("grund"));
    if (CaseService.CATEGORIES.contains(referrer)) {
      categories.add(referrer);
    }
    LocalDate today = EngineClock.today();
    String sourceCase = FormValues.text(execution.getVariable(REFERRAL_SOURCE_CASE));
    ConsentInput input;
    String detail;
    if (sourceCase != null) {
      LocalDate validTo = today.plus(Period.parse(settings.consentTimeOut()));
      input = new ConsentInput(true, false, false, parties, categories, validTo, null, null, null, null,
          "Ärende " + sourceCase);
      detail = "Vårdnadshavarnas samtycke till aktualiseringen är dokumenterat i ärende " + sourceCase
          + "; gäller till och med " + validTo + " eller tills skriftligt samtycke har registrerats";
    } else {
      LocalDate signed = FormValues.requiredDate(execution.getVariable(REFERRAL_CONSENT_DATE), "Datum för samtycket");
      String reference = FormValues.text(execution.getVariable(REFERRAL_CONSENT_REFERENCE));
      if (reference == null || reference.isEmpty()) {
        throw new InvalidFormInput("Ange samtyckets dokumentreferens eller diarienummer");
      }
      int custody = Integer.parseInt(FormValues.choice(execution.getVariable(REFERRAL_GUARDIANS_WITH_CUSTODY),
          "Antal vårdnadshavare med vårdnad", CUSTODY));
      List<String> signedBy = FormValues.stringList(execution.getVariable(REFERRAL_CONSENT_BY));
      Answers answers = new Answers(custody, signedBy.contains(SIGNED_BY_GUARDIAN_1) ? Answer.yes(signed) : Answer.NONE,
          signedBy.contains(SIGNED_BY_GUARDIAN_2) ? Answer.yes(signed) : Answer.NONE,
          signedBy.contains(SIGNED_BY_YOUTH) ? Answer.yes(signed) : Answer.NONE);
      var verdict = rules.check(cases.ageOn(caseId, today), answers, today);
      if (verdict.outcome() != ConsentRules.Outcome.GIVEN) {
        throw new InvalidFormInput("Samtycket till aktualiseringen räcker inte: " + verdict.problem());
      }
      LocalDate validTo = settings.consentValidUntil(signed);
      boolean g1 = custody >= 1 && signedBy.contains(SIGNED_BY_GUARDIAN_1);
      boolean g2 = custody == 2 && signedBy.contains(SIGNED_BY_GUARDIAN_2);
      boolean youth = signedBy.contains(SIGNED_BY_YOUTH);
      input = new ConsentInput(g1, g2, youth, parties, categories, validTo, custody, g1 ? signed : null,
          g2 ? signed : null, youth ? signed : null, reference);
      detail = "Skriftligt samtycke " + signed + " (" + reference + ") till aktualisering hos SSPF-samordnaren; "
          + "gäller till och med " + validTo;
    }
    try {
      cases.recordConsent(caseId, input, user);
    } catch (IllegalArgumentException e) {
      throw new InvalidFormInput(e.getMessage());
    }
    if (!coordinatorAgency.equals(referrer)) {
      cases.recordDisclosure(caseId, referrer, coordinatorAgency, "grund", CONSENT_GROUND,
          "Aktualisering till SSPF-samordnaren med samtycke (" + input.documentReference() + ")", user);
    }
    cases.recordEvent(caseId, AGREED_EVENT, detail, user);
  }
}
