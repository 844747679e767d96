package se.samverka.sspf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.cases.CaseService;
import se.samverka.security.Agencies;
import se.samverka.workflow.SystemContext;

/**
 * Referrals to SSPF from other work (a home visit, a concern visit): an SSPF case for the same young person, started
 * without copying any personal data; the referral goes to the coordinator's assessment as usual.
 */
@Service
@Transactional
public class SspfReferrals {

  private final CaseService cases;
  private final RuntimeService runtimeService;
  private final SystemContext system;
  private final Agencies agencies;

  SspfReferrals(CaseService cases, RuntimeService runtimeService, SystemContext system, Agencies agencies) {
    this.cases = cases;
    this.runtimeService = runtimeService;
    this.system = system;
    this.agencies = agencies;
  }

  /** Refers the person of another case to SSPF with these concern categories; returns the new SSPF case id. */
  public String referSamePerson(String sourceCaseId, List<String> concernCategories, String userId) {
    String agency = agencies.current().map(u -> u.agency()).orElse("socialtjanst");
    String caseId = cases.openCaseForSamePerson(sourceCaseId, SspfArendeProcess.KEY, agency, userId);
    var source = cases.find(sourceCaseId).orElseThrow();
    String processInstanceId = system.call(() -> runtimeService.startProcessInstanceByKey(SspfArendeProcess.KEY,
        Map.of(SspfArendeProcess.CASE_ID, caseId, SspfArendeProcess.DISTRICT, source.district(),
            SspfArendeProcess.REFERRER_AGENCY, agency,
            SspfArendeProcess.CONCERN_CATEGORIES, new ArrayList<>(concernCategories),
            SspfArendeProcess.ACUTE_RISK, false))
        .getId());
    cases.attachProcess(caseId, processInstanceId);
    return caseId;
  }
}
