package se.samverka.security;

import java.util.List;

/**
 * A module declares who may start one of its processes and who works in it by publishing this record as a bean; the
 * security module turns it into engine authorizations at start-up. Starters may read the definition and start
 * instances; participants may read the definition (Tasklist then shows the process name and diagram with their tasks).
 * Tasks themselves are granted per task to their candidate group by the engine.
 */
public record ProcessGrant(String processKey, List<String> starters, List<String> participants) {

  public ProcessGrant {
    starters = List.copyOf(starters);
    participants = List.copyOf(participants);
  }
}
