package se.samverka.sspf;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import java.util.List;
import se.samverka.security.ProcessGrant;

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

}
