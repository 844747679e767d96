package se.samverka.sspf;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.samverka.security.ProcessStarterGrant;

/** Who may start which SSPF process: every party may refer a young person; the steering report starts by timer. */
@Configuration
class SspfProcesses {

  @Bean
  ProcessStarterGrant sspfReferralStarters() {
    return new ProcessStarterGrant(SspfArendeProcess.KEY, SspfArendeProcess.STARTER_GROUPS);
  }

}
