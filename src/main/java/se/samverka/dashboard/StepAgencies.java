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
 * ({@code camunda:candidateGroups} in the deployed BPMN model; an expression such as {@code ${party}} is not static);
 * every other step's, and that of a user task without such a group, is the process's home agency
 * ({@link DashboardSettings}). The user tasks of a process definition are read once per definition id and kept (a
 * deployed definition never changes): inside an engine command from the engine's own deployment cache, outside (a
 * rebuild) through the repository service.
 */
@Component
class StepAgencies {

  private final Agencies agencies;
  private final DashboardSettings settings;
  private final ObjectProvider<RepositoryService> repository;
  private final ObjectProvider<SystemContext> system;
  private final Map<String, Map<String, String>> byDefinition = new ConcurrentHashMap<>();

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
      String agency = byDefinition.computeIfAbsent(processDefinitionId, this::userTaskAgencies).get(activityId);
      if (agency != null) {
        return agency;
      }
    }
    return homeAgencyOf(processKey);
  }

  private Map<String, String> userTaskAgencies(String processDefinitionId) {
    BpmnModelInstance model = Context.getCommandContext() != null
        ? Context.getProcessEngineConfiguration().getDeploymentCache()
            .findBpmnModelInstanceForProcessDefinition(processDefinitionId)
        // (as the system: the model is read for the figures, whoever asked for the rebuild)
        : system.getObject().call(() -> repository.getObject().getBpmnModelInstance(processDefinitionId));
    Map<String, String> result = new HashMap<>();
    if (model != null) {
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        TaskGroups.staticGroups(task.getCamundaCandidateGroups()).stream()
            .map(agencies::agencyOfGroup).flatMap(java.util.Optional::stream).findFirst()
            .ifPresent(agency -> result.put(task.getId(), agency));
      }
    }
    return Map.copyOf(result);
  }
}
