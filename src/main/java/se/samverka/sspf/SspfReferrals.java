package se.samverka.sspf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.cases.CaseService;
import se.samverka.security.Agencies;
import se.samverka.workflow.EngineClock;
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

  /**
   * Refers the person of another case to SSPF with these concern categories; returns the new SSPF case id. With the
   * guardians' agreement, recorded in the referring case, the SSPF case names the person and its referral consent
   * refers to that case; without it the SSPF case is a consultation: it knows only the young person's age.
   */
  public String referSamePerson(String sourceCaseId, List<String> concernCategories, boolean guardiansAgreed,
      String userId) {
    String agency = agencies.current().map(u -> u.agency()).orElse("socialtjanst");
    var source = cases.find(sourceCaseId).orElseThrow();
    String caseId = guardiansAgreed
        ? cases.openCaseForSamePerson(sourceCaseId, SspfArendeProcess.KEY, agency, userId)
        : cases.openConsultation(SspfArendeProcess.KEY, cases.ageOn(sourceCaseId, EngineClock.today()),
            source.district(), null, agency, userId);
    Map<String, Object> variables = new java.util.HashMap<>(Map.of(SspfArendeProcess.CASE_ID, caseId,
        SspfArendeProcess.DISTRICT, source.district(),
        SspfArendeProcess.GUARDIANS_AGREED, guardiansAgreed ? SspfArendeProcess.YES : SspfArendeProcess.NO,
        SspfArendeProcess.REFERRER_AGENCY, agency,
        SspfArendeProcess.CONCERN_CATEGORIES, new ArrayList<>(concernCategories),
        SspfArendeProcess.ACUTE_RISK, false));
    if (guardiansAgreed) {
      // The guardians' agreement was recorded in the referring case; the SSPF consent refers to it.
      variables.put(SspfArendeProcess.REFERRAL_SOURCE_CASE, sourceCaseId);
    }
    String processInstanceId = system.call(() -> runtimeService.startProcessInstanceByKey(SspfArendeProcess.KEY,
        variables).getId());
    cases.attachProcess(caseId, processInstanceId);
    return caseId;
  }
}
