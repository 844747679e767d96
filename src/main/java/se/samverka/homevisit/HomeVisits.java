package se.samverka.homevisit;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.cases.CaseService;
import se.samverka.security.Agencies;
import se.samverka.workflow.SystemContext;

/** Moves a young person between the home-visit models: a tip about a child under 15 becomes a concern visit. */
@Service
@Transactional
public class HomeVisits {

  private final CaseService cases;
  private final RuntimeService runtimeService;
  private final SystemContext system;
  private final Agencies agencies;

  HomeVisits(CaseService cases, RuntimeService runtimeService, SystemContext system, Agencies agencies) {
    this.cases = cases;
    this.runtimeService = runtimeService;
    this.system = system;
    this.agencies = agencies;
  }

  /** Starts Strängnäsmodellen for the person of another case; returns the new case id. */
  public String startConcernVisitFor(String sourceCaseId, String userId) {
    String agency = agencies.current().map(u -> u.agency()).orElse("socialtjanst");
    String caseId = cases.openCaseForSamePerson(sourceCaseId, StrangnasmodellenProcess.KEY, agency, userId);
    String processInstanceId = system.call(() -> runtimeService
        .createMessageCorrelation(StrangnasmodellenProcess.MESSAGE_REQUESTED)
        .setVariables(Map.of(StrangnasmodellenProcess.CASE_ID, caseId)).correlateStartMessage().getId());
    cases.attachProcess(caseId, processInstanceId);
    return caseId;
  }
}
