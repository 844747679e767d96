package se.samverka.dashboard;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;
import se.samverka.workflow.SystemContext;

/**
 * The groups that work receives tasks: the static candidate groups ({@code camunda:candidateGroups} without an
 * expression) of the user tasks of the latest version of every deployed process. A group that an expression chooses
 * ({@code ${party}}, the consent's or the protection assessment's groups) is not known until a task is created, so the
 * workload panel lists such a group while it has open tasks ({@link #receivesTasks}); a group that no process routes
 * to (the managers' own groups, the security coordinator's, the communicators') is no row of the workload at all. The
 * set is read once per set of deployed definitions (a new deployment reads it again).
 */
@Component
class TaskGroups {

  private record Cached(List<String> definitionIds, Set<String> groups) {}

  private final RepositoryService repository;
  private final SystemContext system;
  private final AtomicReference<Cached> cache = new AtomicReference<>();

  TaskGroups(RepositoryService repository, SystemContext system) {
    this.repository = repository;
    this.system = system;
  }

  /** Whether the workload panel lists a group: a process routes tasks to it, or it has open tasks now. */
  static boolean receivesTasks(String group, long openTasks, Set<String> routed) {
    return openTasks > 0 || routed.contains(group);
  }

  /** The static candidate groups of the user tasks of the deployed processes (latest versions). */
  Set<String> routed() {
    // (as the system: the models are read for the figures, whoever looks at them)
    List<ProcessDefinition> definitions = system.call(() -> repository.createProcessDefinitionQuery().latestVersion()
        .list());
    List<String> ids = definitions.stream().map(ProcessDefinition::getId).sorted().toList();
    Cached cached = cache.get();
    if (cached != null && cached.definitionIds().equals(ids)) {
      return cached.groups();
    }
    Set<String> groups = new TreeSet<>();
    for (String id : ids) {
      BpmnModelInstance model = system.call(() -> repository.getBpmnModelInstance(id));
      if (model != null) {
        model.getModelElementsByType(UserTask.class).forEach(task -> groups.addAll(staticGroups(
            task.getCamundaCandidateGroups())));
      }
    }
    Set<String> result = Set.copyOf(groups);
    cache.set(new Cached(ids, result));
    return result;
  }

  /** The groups of a {@code camunda:candidateGroups} value, none when an expression chooses them. */
  static List<String> staticGroups(String candidateGroups) {
    if (candidateGroups == null || candidateGroups.contains("${") || candidateGroups.contains("#{")) {
      return List.of();
    }
    return Arrays.stream(candidateGroups.split(",")).map(String::trim).filter(g -> !g.isEmpty()).toList();
  }
}
