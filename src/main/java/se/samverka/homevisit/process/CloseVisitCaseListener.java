package se.samverka.homevisit.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.samverka.cases.CaseService;
import se.samverka.homevisit.LinkopingsmodellenProcess;
import se.samverka.homevisit.StrangnasmodellenProcess;
import se.samverka.security.Agencies;

/** Start of every end event of a visit: closes the visit's case with the reason of that end event. */
@Component("closeVisitCaseListener")
class CloseVisitCaseListener implements ExecutionListener {

  private final CaseService cases;
  private final Agencies agencies;

  CloseVisitCaseListener(CaseService cases, Agencies agencies) {
    this.cases = cases;
    this.agencies = agencies;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String endEvent = execution.getCurrentActivityId();
    String reason = StrangnasmodellenProcess.CLOSURE_REASONS.getOrDefault(endEvent,
        LinkopingsmodellenProcess.CLOSURE_REASONS.getOrDefault(endEvent, "avslutat"));
    cases.close((String) execution.getVariable("caseId"), reason,
        agencies.actingUserId());
  }
}
