package se.samverka.sspf.process;

import static se.samverka.sspf.SspfArendeProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.cases.CaseService;
import se.samverka.security.Agencies;
import se.samverka.sspf.SspfSettings;
import se.samverka.workflow.FormValues;
import se.samverka.workflow.InvalidFormInput;

/**
 * {@code RegisterReferralTask}: records the concern categories in the case, lets the coordinator read the referral
 * (a disclosure with its ground) and copies the local deadlines into the case's variables.
 */
@Component("registerReferralDelegate")
class RegisterReferralDelegate implements JavaDelegate {

  static final String REFERRAL_JUSTIFICATION = "Aktualisering till SSPF-samordnaren för bedömning";

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
    if (caseId == null) {
      throw new InvalidFormInput(
          "Aktualiseringen saknar uppgifter om den unge (förnamn, efternamn och personnummer eller födelsedatum)");
    }
    var concerns = FormValues.stringList(execution.getVariable(CONCERN_CATEGORIES));
    if (concerns.isEmpty()) {
      throw new InvalidFormInput("Ange vad oron gäller");
    }
    cases.recordConcerns(caseId, concerns);
    var record = cases.find(caseId).orElseThrow();
    String coordinatorAgency = agencies.agencyOfGroup(COORDINATOR_GROUP).orElseThrow();
    String user = agencies.actingUserId();
    if (!coordinatorAgency.equals(record.ownerAgency())) {
      cases.recordDisclosure(caseId, record.ownerAgency(), coordinatorAgency, "grund", "annan",
          REFERRAL_JUSTIFICATION, user);
    }
    execution.setVariable(CONSENT_REMINDER, settings.consentReminder());
    execution.setVariable(CONSENT_TIME_OUT, settings.consentTimeOut());
    execution.setVariable(INPUT_DEADLINE, settings.inputDeadline());
  }
}
