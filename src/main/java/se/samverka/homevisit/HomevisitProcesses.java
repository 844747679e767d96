package se.samverka.homevisit;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.samverka.security.ProcessGrant;

/** Any party may report a concern; social services receive it and managers handle escalations. */
@Configuration
class HomevisitProcesses {

  @Bean
  ProcessGrant reportOfConcernAccess() {
    return new ProcessGrant(OrosanmalanProcess.KEY, OrosanmalanProcess.STARTER_GROUPS,
        List.of(OrosanmalanProcess.RECEIVING_GROUP, OrosanmalanProcess.ESCALATION_GROUP));
  }
}
