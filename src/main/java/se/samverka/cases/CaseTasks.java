package se.samverka.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import se.samverka.security.CurrentUser;
import se.samverka.workflow.SystemContext;

/**
 * What a case waits for now: the open tasks of the process instance that works it, read with system rights and given
 * out as name, groups, assignee and due date only (never their variables).
 */
@Component
public class CaseTasks {

  /** One open task: what is to be done, by which groups (or by whom, once claimed), and by when. */
  public record OpenTask(String id, String name, List<String> groups, String assignee, Instant created, Instant due) {

    /** May the user work it, now or after claiming: assigned to them, or one of their groups is a candidate? */
    public boolean concerns(CurrentUser user) {
      return user.userId().equals(assignee) || groups.stream().anyMatch(user::isMemberOf);
    }
  }

  private final TaskService tasks;
  private final SystemContext system;

  CaseTasks(TaskService tasks, SystemContext system) {
    this.tasks = tasks;
    this.system = system;
  }

  /** The open tasks of a process instance, the oldest first; none for null. */
  public List<OpenTask> openTasks(String processInstanceId) {
    if (processInstanceId == null) {
      return List.of();
    }
    return system.call(() -> {
      List<OpenTask> open = new ArrayList<>();
      for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).active()
          .orderByTaskCreateTime().asc().list()) {
        List<IdentityLink> links;
        try {
          links = tasks.getIdentityLinksForTask(task.getId());
        } catch (RuntimeException e) {
          // The task ended between the two reads (the case was closed, consent withdrawn): the engine then fails
          // inside its own permission check. A task that is gone is simply not open any more; anything else is not.
          if (tasks.createTaskQuery().taskId(task.getId()).count() == 0) {
            continue;
          }
          throw e;
        }
        List<String> groups = links.stream()
            .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
            .map(IdentityLink::getGroupId).toList();
        open.add(new OpenTask(task.getId(), task.getName(), groups, task.getAssignee(),
            task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
            task.getDueDate() == null ? null : task.getDueDate().toInstant()));
      }
      return open;
    });
  }
}
