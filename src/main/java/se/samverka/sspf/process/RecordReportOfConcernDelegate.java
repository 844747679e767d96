package se.samverka.sspf.process;

import static se.samverka.sspf.SspfArendeProcess.CASE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.cases.CaseService;
import se.samverka.security.Agencies;

/**
 * {@code RecordReportOfConcernTask}: the referral says the child is at acute risk, so a report of concern to social
 * services must be made. Recorded in the case until the {@code orosanmalan} process can receive it.
 */
@Component("recordReportOfConcernDelegate")
class RecordReportOfConcernDelegate implements JavaDelegate {

  static final String EVENT_KIND = "OROSANMALAN_KRAVS";

  private final CaseService cases;
  private final Agencies agencies;

  RecordReportOfConcernDelegate(CaseService cases, Agencies agencies) {
    this.cases = cases;
    this.agencies = agencies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cases.recordEvent((String) execution.getVariable(CASE_ID), EVENT_KIND, "Akut oro angiven vid aktualiseringen",
        agencies.current().map(u -> u.userId()).orElse("system"));
  }
}
