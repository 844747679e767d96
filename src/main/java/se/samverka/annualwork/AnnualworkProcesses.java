package se.samverka.annualwork;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.samverka.security.ProcessGrant;

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
}
