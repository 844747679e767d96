package se.samverka.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The steps the demo data takes as the demo users, through the engine's services, as Tasklist would. */
@Component
@ConditionalOnProperty(name = "samverka.demo.data", havingValue = "true")
class DemoSteps {

  private final IdentityService identityService;
  private final FormService formService;
  private final TaskService taskService;

  DemoSteps(IdentityService identityService, FormService formService, TaskService taskService) {
    this.identityService = identityService;
    this.formService = formService;
    this.taskService = taskService;
  }

  /** Claims and submits the group's task of the instance with this key, as the group's demo user. */
  void complete(String instanceId, String taskKey, String group, Map<String, Object> form) {
    as(group, () -> {
      Task task = taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(taskKey)
          .taskCandidateGroup(group).list().get(0);
      taskService.claim(task.getId(), group);
      formService.submitTaskForm(task.getId(), new HashMap<>(form));
      return null;
    });
  }

  /** Runs engine calls as the demo user, with the user's groups, so the engine's authorizations apply. */
  <T> T as(String user, Supplier<T> work) {
    List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId)
        .toList();
    identityService.setAuthentication(user, groups);
    try {
      return work.get();
    } finally {
      identityService.clearAuthentication();
    }
  }
}
