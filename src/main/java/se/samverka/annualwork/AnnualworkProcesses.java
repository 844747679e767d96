package se.samverka.annualwork;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.samverka.security.ProcessGrant;
import se.samverka.workflow.OwnedVariables;
import java.util.Set;

/**
 * Who may start and who works in the yearly processes. Timers start them; the alcohol licensing officers may start one
 * by hand (a second start in the same year does nothing). The police take part in KMK, the steering group reads the
 * yearly report.
 */
@Configuration
class AnnualworkProcesses {

  @Bean
  ProcessGrant aasYearAccess() {
    return new ProcessGrant(AasArProcess.KEY, AasArProcess.STARTER_GROUPS, List.of(AasArProcess.GROUP));
  }

  @Bean
  ProcessGrant kmkYearAccess() {
    return new ProcessGrant(KmkArProcess.KEY, KmkArProcess.STARTER_GROUPS,
        List.of(KmkArProcess.GROUP, KmkArProcess.POLICE_GROUP, KmkArProcess.STEERING_GROUP));
  }

  /** What the yearly processes write themselves; no client may send it. */
  @Bean
  OwnedVariables annualworkVariables() {
    return new OwnedVariables("annualwork", Set.of(AasArProcess.COURSE_IDS, AasArProcess.COURSE_ID,
        AasArProcess.PARTICIPANT_TOTAL, AasArProcess.PASSED_TOTAL, KmkArProcess.BAR_IDS, KmkArProcess.BAR_NAMES,
        KmkArProcess.ANNUAL_REPORT));
  }
}
