package se.samverka.homevisit;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.samverka.security.ProcessGrant;
import se.samverka.workflow.OwnedVariables;
import java.util.Set;

/** Who may start and who works in the home-visit processes and the report of concern. */
@Configuration
class HomevisitProcesses {

  @Bean
  ProcessGrant reportOfConcernAccess() {
    return new ProcessGrant(OrosanmalanProcess.KEY, OrosanmalanProcess.STARTER_GROUPS,
        List.of(OrosanmalanProcess.RECEIVING_GROUP, OrosanmalanProcess.ON_CALL_GROUP,
            OrosanmalanProcess.ESCALATION_GROUP));
  }

  @Bean
  ProcessGrant homeVisitAccess() {
    return new ProcessGrant(LinkopingsmodellenProcess.KEY, LinkopingsmodellenProcess.GROUPS,
        LinkopingsmodellenProcess.GROUPS);
  }

  @Bean
  ProcessGrant concernVisitAccess() {
    return new ProcessGrant(StrangnasmodellenProcess.KEY, StrangnasmodellenProcess.STARTER_GROUPS,
        List.of("socialtjanst", "polis", OrosanmalanProcess.ESCALATION_GROUP));
  }

  /** What the home-visit processes and the report of concern write themselves; no client may send it. */
  @Bean
  OwnedVariables homevisitVariables() {
    return new OwnedVariables("homevisit", Set.of(OrosanmalanProcess.CASE_ID, OrosanmalanProcess.RECEIVED_AT,
        OrosanmalanProcess.PROTECTION_DUE_AT, OrosanmalanProcess.DECISION_DUE_AT, OrosanmalanProcess.FEEDBACK_DUE_AT,
        OrosanmalanProcess.PROTECTION_ESCALATE_AT, OrosanmalanProcess.PROTECTION_GROUPS,
        LinkopingsmodellenProcess.AGE_GROUP, LinkopingsmodellenProcess.FOLLOW_UP_AT,
        StrangnasmodellenProcess.BOOKING_DUE_AT, StrangnasmodellenProcess.REPORT_CASE_ID,
        StrangnasmodellenProcess.GUARDIAN_CONTACT_CLEARED));
  }
}
