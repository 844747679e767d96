package se.samverka.licensing;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.samverka.security.ProcessGrant;

/**
 * Who may start and who works in the licensing processes. The yearly ones start by timer; the officer may also start
 * one by hand (e.g. when the server was down on the day), and a second start in the same year does nothing.
 */
@Configuration
class LicensingProcesses {

  @Bean
  ProcessGrant supervisionAccess() {
    return new ProcessGrant(AlkoholtillsynProcess.KEY, List.of(AlkoholtillsynProcess.GROUP),
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
}
