package se.samverka.homevisit.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.samverka.cases.CaseService;
import se.samverka.homevisit.HomeVisits;
import se.samverka.homevisit.LinkopingsmodellenProcess;
import se.samverka.homevisit.StrangnasmodellenProcess;
import se.samverka.security.Agencies;

/**
 * Start of every end event of a visit: closes the visit's case with the reason of that end event, and tells the report
 * of concern how the visit ended (its preliminary assessment goes on). Both models name the variables alike.
 */
@Component("closeVisitCaseListener")
class CloseVisitCaseListener implements ExecutionListener {

  private final CaseService cases;
  private final HomeVisits homeVisits;
  private final Agencies agencies;

  CloseVisitCaseListener(CaseService cases, HomeVisits homeVisits, Agencies agencies) {
    this.cases = cases;
    this.homeVisits = homeVisits;
    this.agencies = agencies;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String endEvent = execution.getCurrentActivityId();
    String reason = StrangnasmodellenProcess.CLOSURE_REASONS.getOrDefault(endEvent,
        LinkopingsmodellenProcess.CLOSURE_REASONS.getOrDefault(endEvent, "avslutat"));
    String caseId = (String) execution.getVariable(StrangnasmodellenProcess.CASE_ID);
    String user = agencies.actingUserId();
    cases.close(caseId, reason, user);
    homeVisits.recordOnReport((String) execution.getVariable(StrangnasmodellenProcess.REPORT_CASE_ID),
        "HEMBESOK_AVSLUTAT", "Ärende " + caseId + ": " + reason, user);
  }
}
