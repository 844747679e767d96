package se.samverka.followup.bra;

import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.samverka.security.ProcessGrant;
import se.samverka.workflow.OwnedVariables;

/**
 * Who works in local BRÅ and in the lägesbild and action plan. Timers start both (no one starts them by hand): the
 * safety coordinator documents the local BRÅ meetings, central BRÅ (the steering group) reads their questions; the
 * coordinator and the police make the lägesbild, the steering group prioritises and decides the action plan.
 */
@Configuration
class BraProcesses {

  @Bean
  ProcessGrant braLokalAccess() {
    return new ProcessGrant(BraLokalProcess.KEY, List.of(),
        List.of(BraLokalProcess.GROUP, BraLokalProcess.STEERING_GROUP));
  }

  @Bean
  ProcessGrant lagesbildAccess() {
    return new ProcessGrant(LagesbildProcess.KEY, List.of(), List.of(LagesbildProcess.COORDINATOR_GROUP,
        LagesbildProcess.POLICE_GROUP, LagesbildProcess.STEERING_GROUP));
  }

  /**
   * What local BRÅ writes itself; no client may send it. The district of one meeting ({@code district},
   * {@code districtName}) is local to the meeting and no field of its form, so the gate refuses it there; it is not
   * listed, because other forms let users enter a {@code district}.
   */
  @Bean
  OwnedVariables braVariables() {
    return new OwnedVariables("followup-bra", Set.of(BraLokalProcess.DISTRICTS, BraLokalProcess.DISTRICT_NAMES,
        BraLokalProcess.QUARTER_ENDS));
  }
}
