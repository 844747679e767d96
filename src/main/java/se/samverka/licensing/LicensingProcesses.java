package se.samverka.licensing;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.samverka.security.ProcessGrant;

/** Who may start and who works in the licensing processes. */
@Configuration
class LicensingProcesses {

  @Bean
  ProcessGrant supervisionAccess() {
    return new ProcessGrant(AlkoholtillsynProcess.KEY, List.of(AlkoholtillsynProcess.GROUP),
        AlkoholtillsynProcess.PARTICIPANTS);
  }

  @Bean
  ProcessGrant supervisionPlanAccess() {
    return new ProcessGrant(TillsynsplanProcess.KEY, List.of(), List.of(AlkoholtillsynProcess.GROUP));
  }

  @Bean
  ProcessGrant restaurantReportAccess() {
    return new ProcessGrant(RestaurangrapportProcess.KEY, List.of(), List.of(AlkoholtillsynProcess.GROUP));
  }
}
