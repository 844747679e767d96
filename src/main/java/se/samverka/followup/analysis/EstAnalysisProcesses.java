package se.samverka.followup.analysis;

import static se.samverka.followup.analysis.EstAnalysisProcess.*;

import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.samverka.security.ProcessGrant;
import se.samverka.workflow.OwnedVariables;

/**
 * Who works in est-analys (it starts by timer only): the coordinator and the police write the analysis, the steering
 * group decides. The variables it writes itself, which no client may send.
 */
@Configuration
class EstAnalysisProcesses {

  @Bean
  ProcessGrant estAnalysisAccess() {
    return new ProcessGrant(KEY, List.of(), READER_GROUPS);
  }

  @Bean
  OwnedVariables estAnalysisVariables() {
    return new OwnedVariables("followup-est-analys", Set.of(PERIODS, ANALYSIS_PERIOD, KIND, LABEL, FIGURES));
  }
}
