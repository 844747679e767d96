package se.samverka.sspf.process;

import static se.samverka.sspf.SspfArendeProcess.*;

import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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
import se.samverka.workflow.InvalidFormInput;

/**
 * {@code RegisterReferralTask}: records the concern categories in the case, lets the coordinator read the referral and
 * copies the local deadlines into the case's variables. The guardians' agreement to the referral is recorded as a
 * consent that names the coordinator's agency and the referrer and covers {@code grund} and the referrer's own
 * category, until the consent time-out (the written consent of {@code ObtainConsentTask} takes over from it). Without
 * their agreement the referral is a consultation without identity, which the coordinator reads as such.
 */
@Component("registerReferralDelegate")
class RegisterReferralDelegate implements JavaDelegate {

  static final String AGREED_EVENT = "AKTUALISERING_GODKAND";
  static final String CONSULTATION_EVENT = "KONSULTATION_UTAN_IDENTITET";
  static final String CONSULTATION_JUSTIFICATION =
      "Konsultation utan identitet: vårdnadshavarna har inte godkänt aktualiseringen";

  private final CaseService cases;
  private final Agencies agencies;
  private final SspfSettings settings;

  RegisterReferralDelegate(CaseService cases, Agencies agencies, SspfSettings settings) {
    this.cases = cases;
    this.agencies = agencies;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = (String) execution.getVariable(CASE_ID);
    boolean agreed = YES.equals(FormValues.choice(execution.getVariable(GUARDIANS_AGREED),
        "Har vårdnadshavarna godkänt aktualiseringen", List.of(YES, NO)));
    if (caseId == null) {
      throw new InvalidFormInput(agreed
          ? "Aktualiseringen saknar uppgifter om den unge (förnamn, efternamn och personnummer eller födelsedatum)"
          : "Ange den unges ålder i hela år när identiteten inte lämnas");
    }
    var concerns = FormValues.stringList(execution.getVariable(CONCERN_CATEGORIES));
    if (concerns.isEmpty()) {
      throw new InvalidFormInput("Ange vad oron gäller");
    }
    var record = cases.find(caseId).orElseThrow();
    if (agreed != (record.personId() != null)) {
      throw new InvalidFormInput(agreed
          ? "Aktualiseringen saknar uppgifter om den unge (förnamn, efternamn och personnummer eller födelsedatum)"
          : "Vårdnadshavarna har inte godkänt aktualiseringen: den får inte ange vem den gäller");
    }
    cases.recordConcerns(caseId, concerns);
    String coordinatorAgency = agencies.agencyOfGroup(COORDINATOR_GROUP).orElseThrow();
    String referrer = record.ownerAgency();
    String user = agencies.actingUserId();
    if (agreed) {
      var validTo = EngineClock.today().plus(Period.parse(settings.consentTimeOut()));
      if (!coordinatorAgency.equals(referrer)) {
        var parties = new ArrayList<>(new LinkedHashSet<>(List.of(coordinatorAgency, referrer)));
        var categories = new ArrayList<>(List.of("grund"));
        if (CaseService.CATEGORIES.contains(referrer)) {
          categories.add(referrer);
        }
        cases.recordConsent(caseId, new ConsentInput(true, false, false, parties, categories, validTo), user);
      }
      cases.recordEvent(caseId, AGREED_EVENT, "Vårdnadshavarna har godkänt aktualiseringen till samordnaren; "
          + "gäller till och med " + validTo + " eller tills skriftligt samtycke har registrerats", user);
    } else {
      if (!coordinatorAgency.equals(referrer)) {
        cases.recordConsultation(caseId, referrer, coordinatorAgency, CONSULTATION_JUSTIFICATION, user);
      }
      cases.recordEvent(caseId, CONSULTATION_EVENT, "Samordnaren arbetar genom den som aktualiserade ärendet", user);
    }
    execution.setVariable(CONSULTATION, !agreed);
    execution.setVariable(CONSENT_REMINDER, settings.consentReminder());
    execution.setVariable(CONSENT_TIME_OUT, settings.consentTimeOut());
    execution.setVariable(INPUT_DEADLINE, settings.inputDeadline());
  }
}
