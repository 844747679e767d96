package se.samverka.homevisit.process;

import static se.samverka.homevisit.LinkopingsmodellenProcess.CASE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.cases.CaseService;
import se.samverka.homevisit.HomeVisits;
import se.samverka.security.Agencies;

/** {@code RouteToStrangnasTask}: the child is under 15, so Strängnäsmodellen takes over for the same child. */
@Component("routeToStrangnasDelegate")
class RouteToStrangnasDelegate implements JavaDelegate {

  private final HomeVisits homeVisits;
  private final CaseService cases;
  private final Agencies agencies;

  RouteToStrangnasDelegate(HomeVisits homeVisits, CaseService cases, Agencies agencies) {
    this.homeVisits = homeVisits;
    this.cases = cases;
    this.agencies = agencies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = (String) execution.getVariable(CASE_ID);
    String user = agencies.actingUserId();
    String visitCase = homeVisits.startConcernVisitFor(caseId, user);
    cases.recordEvent(caseId, "TILL_STRANGNASMODELLEN", "Ärende " + visitCase, user);
  }
}
