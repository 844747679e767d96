package se.samverka.workflow;

import java.util.Set;

/**
 * The process variables a module writes itself (case ids, due dates, routing results): a client may never send them.
 * Each module publishes one such bean; the submission gate refuses these names in every start and task completion,
 * unless the form shows the field read-only and the value comes back unchanged.
 */
public record OwnedVariables(String module, Set<String> names) {

  public OwnedVariables {
    names = Set.copyOf(names);
  }
}
