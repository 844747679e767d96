package se.samverka.sspf.process;

import static se.samverka.sspf.SspfArendeProcess.CASE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.cases.CaseService;
import se.samverka.security.Agencies;

/**
 * {@code RecordAcuteRiskTask}: acute risk to the child reported while the case runs ("sspf-akut-oro" message); the
 * case goes on, and the required report of concern is recorded in it.
 */
@Component("recordAcuteRiskDelegate")
class RecordAcuteRiskDelegate implements JavaDelegate {

  private final CaseService cases;
  private final Agencies agencies;

  RecordAcuteRiskDelegate(CaseService cases, Agencies agencies) {
    this.cases = cases;
    this.agencies = agencies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cases.recordEvent((String) execution.getVariable(CASE_ID), RecordReportOfConcernDelegate.EVENT_KIND,
        "Akut oro anmäld under pågående ärende", agencies.current().map(u -> u.userId()).orElse("system"));
  }
}
