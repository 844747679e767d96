package se.samverka.homevisit.process;

import static se.samverka.homevisit.StrangnasmodellenProcess.CASE_ID;
import static se.samverka.homevisit.StrangnasmodellenProcess.GUARDIANS_AGREED_TO_SSPF;
import static se.samverka.homevisit.StrangnasmodellenProcess.SSPF_CONCERNS;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.cases.CaseService;
import se.samverka.security.Agencies;
import se.samverka.sspf.SspfReferrals;
import se.samverka.workflow.FormValues;

/**
 * {@code ReferToSspfTask}: the visit's outcome is a referral to SSPF for the same child; without the guardians'
 * agreement it is a consultation without identity. Both visit models name the agreement variable alike.
 */
@Component("referVisitToSspfDelegate")
class ReferVisitToSspfDelegate implements JavaDelegate {

  private final SspfReferrals referrals;
  private final CaseService cases;
  private final Agencies agencies;

  ReferVisitToSspfDelegate(SspfReferrals referrals, CaseService cases, Agencies agencies) {
    this.referrals = referrals;
    this.cases = cases;
    this.agencies = agencies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = (String) execution.getVariable(CASE_ID);
    List<String> concerns = cases.find(caseId).orElseThrow().concerns().stream()
        .map(kind -> SSPF_CONCERNS.getOrDefault(kind, "riskmiljo")).distinct().toList();
    String user = agencies.actingUserId();
    boolean agreed = "ja".equals(FormValues.choice(execution.getVariable(GUARDIANS_AGREED_TO_SSPF),
        "Har vårdnadshavarna godkänt aktualiseringen i SSPF", List.of("ja", "nej")));
    String sspfCase = referrals.referSamePerson(caseId, concerns.isEmpty() ? List.of("riskmiljo") : concerns, agreed,
        user);
    cases.recordEvent(caseId, "AKTUALISERAD_I_SSPF", "SSPF-ärende " + sspfCase, user);
  }
}
