package se.samverka.followup.report;

import static se.samverka.followup.report.BraUppfoljningProcess.*;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.samverka.security.ProcessGrant;
import se.samverka.workflow.OwnedVariables;

/**
 * Who works in bra-uppfoljning (it starts by timer only): the coordinator comments, the steering group approves. The
 * variables it writes itself, which no client may send.
 */
@Configuration
class BraUppfoljningProcesses {

  @Bean
  ProcessGrant braUppfoljningAccess() {
    return new ProcessGrant(KEY, java.util.List.of(), READER_GROUPS);
  }

  @Bean
  OwnedVariables braUppfoljningVariables() {
    return new OwnedVariables("followup-bra-uppfoljning", Set.of(LABEL, PAGE, APPROVED_BY));
  }
}
