package se.samverka.workflow;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The variables the engine glue writes for every periodic process: the period it claimed, and whether it got it. */
@Configuration
class WorkflowVariables {

  @Bean
  OwnedVariables periodRunVariables() {
    return new OwnedVariables("workflow", Set.of(PeriodRuns.YEAR, PeriodRuns.YEAR_CLAIMED, PeriodRuns.PERIOD,
        PeriodRuns.PERIOD_CLAIMED));
  }
}
