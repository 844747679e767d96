package se.samverka.sspf.process;

import static se.samverka.sspf.SspfArendeProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.samverka.cases.CaseService;
import se.samverka.security.Agencies;

/**
 * Start of every end event that closes an SSPF case: closes the case in the case store with the reason of that end
 * event ({@link se.samverka.sspf.SspfArendeProcess#CLOSURE_REASONS}) or, at the closing follow-up, the reason chosen.
 */
@Component("closeCaseListener")
class CloseCaseListener implements ExecutionListener {

  private final CaseService cases;
  private final Agencies agencies;

  CloseCaseListener(CaseService cases, Agencies agencies) {
    this.cases = cases;
    this.agencies = agencies;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String reason = CLOSURE_REASONS.get(execution.getCurrentActivityId());
    if (reason == null) {
      Object chosen = execution.getVariable(CLOSURE_REASON);
      reason = chosen == null ? "annat" : chosen.toString();
    }
    cases.close((String) execution.getVariable(CASE_ID), reason,
        agencies.actingUserId());
  }
}
