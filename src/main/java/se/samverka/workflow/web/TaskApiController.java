package se.samverka.workflow.web;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.samverka.workflow.SystemContext;

/**
 * The caller's open tasks. The engine applies the caller's authorizations (set per request), so a group sees only the
 * tasks routed to it. Always paged.
 */
@RestController
@RequestMapping("/api/tasks")
class TaskApiController {

  static final int MAX_PAGE = 200;

  private final TaskService taskService;
  private final RepositoryService repositoryService;
  private final SystemContext system;

  TaskApiController(TaskService taskService, RepositoryService repositoryService, SystemContext system) {
    this.taskService = taskService;
    this.repositoryService = repositoryService;
    this.system = system;
  }

  @GetMapping
  List<TaskView> tasks(@RequestParam(defaultValue = "0") int first, @RequestParam(defaultValue = "50") int max) {
    int pageSize = Math.max(1, Math.min(max, MAX_PAGE));
    return taskService.createTaskQuery().active().orderByTaskCreateTime().asc()
        .listPage(Math.max(0, first), pageSize).stream().map(this::view).toList();
  }

  private TaskView view(Task task) {
    String processKey = task.getProcessDefinitionId() == null ? null
        // The key is no secret, but reading the definition needs a grant that task-only groups do not have.
        : system.call(() -> repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey());
    return new TaskView(task.getId(), task.getName(), task.getTaskDefinitionKey(), processKey,
        task.getProcessInstanceId(), task.getAssignee(), task.getCreateTime(), task.getDueDate());
  }

  record TaskView(String id, String name, String taskDefinitionKey, String processKey, String processInstanceId,
      String assignee, Date created, Date due) {}
}
