package se.samverka.homevisit.process;

import static se.samverka.homevisit.StrangnasmodellenProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.cases.CaseService;
import se.samverka.homevisit.HomeVisits;
import se.samverka.security.Agencies;
import se.samverka.workflow.FormValues;

/**
 * {@code RecordGuardianContactTask}: the police take part in the visit only with the guardians' consent, which also
 * covers what is shared with them (OSL 12 kap. 2 §); it is recorded as a consent of the case naming the police.
 * Without it the visit is made without the police.
 */
@Component("recordGuardianContactDelegate")
class RecordGuardianContactDelegate implements JavaDelegate {

  private final HomeVisits homeVisits;
  private final CaseService cases;
  private final Agencies agencies;

  RecordGuardianContactDelegate(HomeVisits homeVisits, CaseService cases, Agencies agencies) {
    this.homeVisits = homeVisits;
    this.cases = cases;
    this.agencies = agencies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = (String) execution.getVariable(CASE_ID);
    String user = agencies.actingUserId();
    boolean police = "ja".equals(execution.getVariable(POLICE_PRESENCE_CONSENT));
    if (police) {
      homeVisits.recordPoliceConsent(caseId, FormValues.text(execution.getVariable(GUARDIANS_WITH_CUSTODY)),
          FormValues.stringList(execution.getVariable(CONSENT_GIVEN_BY)), user);
    }
    cases.recordEvent(caseId, "VARDNADSHAVARE_KONTAKTADE", "Hembesök: "
        + FormValues.text(execution.getVariable(VISIT_CONSENT)) + ", polisen deltar: " + (police ? "ja" : "nej"), user);
  }
}
