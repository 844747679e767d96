package se.samverka.sspf;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import java.util.List;
import se.samverka.security.ProcessGrant;
import se.samverka.workflow.OwnedVariables;
import java.util.Set;

/** Who may start and who works in the SSPF processes: every party may refer; the steering report starts by timer. */
@Configuration
class SspfProcesses {

  @Bean
  ProcessGrant sspfCaseAccess() {
    return new ProcessGrant(SspfArendeProcess.KEY, SspfArendeProcess.STARTER_GROUPS, SspfArendeProcess.STARTER_GROUPS);
  }

  @Bean
  ProcessGrant sspfSteeringAccess() {
    return new ProcessGrant(SspfStyrgruppProcess.KEY, List.of(),
        List.of(SspfArendeProcess.COORDINATOR_GROUP, SspfStyrgruppProcess.STEERING_GROUP));
  }

  /** Who must consent: the guardians with custody, the young person from the local age, the young person alone at 18. */
  @Bean
  ConsentRules consentRules(SspfSettings settings) {
    return new ConsentRules(settings);
  }

  /** What the SSPF processes write themselves; no client may send it. */
  @Bean
  OwnedVariables sspfVariables() {
    return new OwnedVariables("sspf", Set.of(SspfArendeProcess.CASE_ID, SspfArendeProcess.WITHIN_TARGET_GROUP,
        SspfArendeProcess.CONSENT_STATUS, SspfArendeProcess.CONSENT_PROBLEM, SspfArendeProcess.CONSENT_REMINDER,
        SspfArendeProcess.CONSENT_TIME_OUT, SspfArendeProcess.INPUT_DEADLINE, SspfArendeProcess.INPUT_PARTIES,
        SspfArendeProcess.PARTY, SspfArendeProcess.COMMITMENT_PARTY_LIST, SspfArendeProcess.NEXT_FOLLOW_UP_AT,
        SspfArendeProcess.CONSULTATION, SspfArendeProcess.CONSENT_GROUPS, SspfArendeProcess.REFERRAL_SOURCE_CASE,
        SspfStyrgruppProcess.REPORT_PERIOD, SspfStyrgruppProcess.REPORT_SUMMARY));
  }
}
