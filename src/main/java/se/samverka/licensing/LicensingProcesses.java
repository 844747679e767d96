package se.samverka.licensing;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.samverka.security.ProcessGrant;
import se.samverka.workflow.OwnedVariables;
import java.util.Set;

/**
 * Who may start and who works in the licensing processes. The yearly ones start by timer; the officer may also start
 * one by hand (e.g. when the server was down on the day), and a second start in the same year does nothing.
 */
@Configuration
class LicensingProcesses {

  @Bean
  ProcessGrant supervisionAccess() {
    return new ProcessGrant(AlkoholtillsynProcess.KEY, AlkoholtillsynProcess.STARTERS,
        AlkoholtillsynProcess.PARTICIPANTS);
  }

  @Bean
  ProcessGrant supervisionPlanAccess() {
    return new ProcessGrant(TillsynsplanProcess.KEY, List.of(AlkoholtillsynProcess.GROUP),
        List.of(AlkoholtillsynProcess.GROUP));
  }

  @Bean
  ProcessGrant restaurantReportAccess() {
    return new ProcessGrant(RestaurangrapportProcess.KEY, List.of(AlkoholtillsynProcess.GROUP),
        List.of(AlkoholtillsynProcess.GROUP));
  }

  /** What the licensing processes write themselves; no client may send it. */
  @Bean
  OwnedVariables licensingVariables() {
    return new OwnedVariables("licensing", Set.of(AlkoholtillsynProcess.SUPERVISION_ID,
        AlkoholtillsynProcess.PREMISES_ID, AlkoholtillsynProcess.PREMISES_NAME, AlkoholtillsynProcess.PLAN_DUE_AT,
        AlkoholtillsynProcess.INSPECTION_DUE_AT, AlkoholtillsynProcess.PROTOCOL_DUE_AT,
        AlkoholtillsynProcess.REINSPECTION, AlkoholtillsynProcess.STATEMENTS_DUE_AT,
        AlkoholtillsynProcess.RESPONSE_DUE_AT, AlkoholtillsynProcess.PROPOSAL, AlkoholtillsynProcess.PROPOSED_SANCTION,
        AlkoholtillsynProcess.PROPOSAL_REASON, AlkoholtillsynProcess.APPEAL_UNTIL,
        AlkoholtillsynProcess.EARLIER_SANCTION, AlkoholtillsynProcess.EARLIER_SANCTION_ON,
        AlkoholtillsynProcess.EARLIER_SANCTIONS, AlkoholtillsynProcess.COMMUNICATION_ROUND,
        AlkoholtillsynProcess.APPEAL_IN_TIME, AlkoholtillsynProcess.LATE_APPEAL_WATCH_UNTIL, TillsynsplanProcess.PLAN_YEAR,
        TillsynsplanProcess.PLAN_SIZE, TillsynsplanProcess.STARTED, RestaurangrapportProcess.REPORT_YEAR,
        RestaurangrapportProcess.MISSING, RestaurangrapportProcess.MISSING_COUNT,
        RestaurangrapportProcess.REMINDER_DUE_AT, RestaurangrapportProcess.REPORT_RECEIVED));
  }
}
