package se.samverka.followup.est;

import static se.samverka.followup.est.EstVeckaProcess.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.samverka.security.ProcessGrant;
import se.samverka.workflow.OwnedVariables;

/** Who works in est-vecka (it starts by timer only) and the variables it writes itself. */
@Configuration
class EstProcesses {

  @Bean
  ProcessGrant estWeekAccess(EstSettings settings) {
    List<String> participants = new ArrayList<>(settings.units());
    MEETING_GROUPS.stream().filter(g -> !participants.contains(g)).forEach(participants::add);
    return new ProcessGrant(KEY, List.of(), participants);
  }

  /** What est-vecka writes itself; no client may send it. */
  @Bean
  OwnedVariables estVariables() {
    return new OwnedVariables("followup-est", Set.of(WEEK, WEEK_LABEL, UNITS, UNIT, REPORT_DEADLINE, FIGURES,
        ACTION_IDS, ANY_ACTIONS, ACTION_ID, ACTION_GROUP, ACTION_TEXT, ACTION_DUE, ACTION_REMINDER_AT, READERS, READER,
        "estUnitIncidents"));
  }
}
