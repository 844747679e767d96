package se.samverka.homevisit.process;

import static se.samverka.homevisit.StrangnasmodellenProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.homevisit.HomeVisits;
import se.samverka.security.Agencies;
import se.samverka.workflow.FormValues;

/**
 * {@code ReportCrimeToPoliceTask}: the child under 15 described a crime; social services tell the police, on the ground
 * chosen, so that the police can decide on an investigation (LUL 31 §), and the report of concern learns of it.
 */
@Component("reportCrimeToPoliceDelegate")
class ReportCrimeToPoliceDelegate implements JavaDelegate {

  private final HomeVisits homeVisits;
  private final Agencies agencies;

  ReportCrimeToPoliceDelegate(HomeVisits homeVisits, Agencies agencies) {
    this.homeVisits = homeVisits;
    this.agencies = agencies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = (String) execution.getVariable(CASE_ID);
    String user = agencies.actingUserId();
    homeVisits.reportCrimeToPolice(caseId, FormValues.text(execution.getVariable(CRIME_DISCLOSURE_GROUND)), user);
    homeVisits.recordOnReport((String) execution.getVariable(REPORT_CASE_ID), "BROTT_TILL_POLISEN",
        "Barnet beskrev ett brott vid orosbesöket (ärende " + caseId + "); polisen underrättad (LUL 31 §)", user);
  }
}
