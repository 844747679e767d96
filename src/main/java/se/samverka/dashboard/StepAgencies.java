package se.samverka.dashboard;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import se.samverka.security.Agencies;
import se.samverka.workflow.SystemContext;

/**
 * The agency of a step: a user task's is that of its first static candidate group that has one
 * ({@code camunda:candidateGroups} in the deployed BPMN model); a user task whose candidate groups are (or include) an
 * expression such as {@code ${party}} has the agency of the groups the task actually has ({@link #ofGroups}: the first,
 * in sorted order, that has an agency), which {@link DashboardReadModel} and {@link DashboardRebuild} take from the
 * engine's history of identity links; every other step's, and that of a user task without a group that has an agency,
 * is the process's home agency ({@link DashboardSettings}). The user tasks of a process definition are read once per
 * definition id and kept (a deployed definition never changes): inside an engine command from the engine's own
 * deployment cache, outside (a rebuild) through the repository service.
 */
@Component
class StepAgencies {

  private final Agencies agencies;
  private final DashboardSettings settings;
  private final ObjectProvider<RepositoryService> repository;
  private final ObjectProvider<SystemContext> system;
  private final Map<String, UserTasks> byDefinition = new ConcurrentHashMap<>();

  /** The user tasks of a process definition: the agency of those with static groups, the ids of the others. */
  private record UserTasks(Map<String, String> staticAgency, java.util.Set<String> expression) {}

  StepAgencies(Agencies agencies, DashboardSettings settings, ObjectProvider<RepositoryService> repository,
      ObjectProvider<SystemContext> system) {
    this.agencies = agencies;
    this.settings = settings;
    this.repository = repository;
    this.system = system;
  }

  String homeAgencyOf(String processKey) {
    return settings.homeAgencyOf(processKey);
  }

  /** The agency of a step of a process definition. */
  String agencyOf(String processDefinitionId, String processKey, String activityId, String activityType) {
    if (processDefinitionId != null && "userTask".equals(activityType)) {
      String agency = byDefinition.computeIfAbsent(processDefinitionId, this::userTasks).staticAgency().get(activityId);
      if (agency != null) {
        return agency;
      }
    }
    return homeAgencyOf(processKey);
  }

  /** True for a user task whose candidate groups are an expression: its agency is that of its actual groups. */
  boolean hasGroupExpression(String processDefinitionId, String activityId, String activityType) {
    return processDefinitionId != null && "userTask".equals(activityType)
        && byDefinition.computeIfAbsent(processDefinitionId, this::userTasks).expression().contains(activityId);
  }

  /**
   * The agency of a user task with an expression for its candidate groups, from the groups it has ({@code groups},
   * sorted; null or empty: none): the first that has an agency, else the process's home agency.
   */
  String ofGroups(java.util.SortedSet<String> groups, String processKey) {
    return groups == null ? homeAgencyOf(processKey)
        : agencies.agencyOf(groups).orElseGet(() -> homeAgencyOf(processKey));
  }

  private UserTasks userTasks(String processDefinitionId) {
    BpmnModelInstance model = Context.getCommandContext() != null
        ? Context.getProcessEngineConfiguration().getDeploymentCache()
            .findBpmnModelInstanceForProcessDefinition(processDefinitionId)
        // (as the system: the model is read for the figures, whoever asked for the rebuild)
        : system.getObject().call(() -> repository.getObject().getBpmnModelInstance(processDefinitionId));
    Map<String, String> result = new HashMap<>();
    java.util.Set<String> expression = new java.util.HashSet<>();
    if (model != null) {
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        String groups = task.getCamundaCandidateGroups();
        if (groups != null && (groups.contains("${") || groups.contains("#{"))) {
          expression.add(task.getId());
          continue;
        }
        TaskGroups.staticGroups(groups).stream()
            .map(agencies::agencyOfGroup).flatMap(java.util.Optional::stream).findFirst()
            .ifPresent(agency -> result.put(task.getId(), agency));
      }
    }
    return new UserTasks(Map.copyOf(result), java.util.Set.copyOf(expression));
  }
}
