package se.samverka.sspf.process;

import static se.samverka.sspf.SspfArendeProcess.CASE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.cases.CaseService;
import se.samverka.security.Agencies;

/**
 * {@code StopSharingTask}: consent was withdrawn. Marks every consent of the case withdrawn (already done when the
 * withdrawal came through the case API; this covers a message sent straight to the engine) so nothing more is shared.
 */
@Component("stopSharingDelegate")
class StopSharingDelegate implements JavaDelegate {

  private final CaseService cases;
  private final Agencies agencies;

  StopSharingDelegate(CaseService cases, Agencies agencies) {
    this.cases = cases;
    this.agencies = agencies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cases.withdrawConsentFromProcess((String) execution.getVariable(CASE_ID),
        agencies.actingUserId());
  }
}
