package se.samverka.tasklist;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.annualwork.AasArProcess;
import se.samverka.cases.CaseService;
import se.samverka.licensing.AlkoholtillsynProcess;
import se.samverka.licensing.RestaurangrapportProcess;
import se.samverka.licensing.Supervisions;
import se.samverka.licensing.TillsynsplanProcess;
import se.samverka.tasklist.persistence.TaskRepository;
import se.samverka.tasklist.persistence.TaskRepository.TaskRow;
import se.samverka.workflow.PeriodRuns;

/**
 * Keeps {@code sv_task} and {@code sv_task_candidate} in step with the engine. It is fed the engine's own history
 * events ({@link TaskReadModelPlugin}), inside the command that changes the task, so the model commits or rolls back
 * with the engine: a task's creation, every update (assignment, claim, hand-over, due date, name), its candidate
 * groups as they are added or removed (also by listeners and by {@code TaskService.addCandidateGroup} after
 * creation), and its end, whether completed or deleted (process end, cancellation, a boundary event, withdrawal).
 * <p>
 * The case, supervision and district are taken when the task is created: from the process variables {@code caseId}
 * (every process about a young person), {@code supervisionId} (alcohol supervision) and {@code year} (yearly work),
 * and from the case store or the premises register.
 */
@Component
public class TaskReadModel {

  private static final Logger LOG = LoggerFactory.getLogger(TaskReadModel.class);
  /** The variable through which every process about a young person names its case in the case store. */
  static final String CASE_ID = "caseId";

  private final TaskRepository tasks;
  private final CaseService cases;
  private final Supervisions supervisions;

  TaskReadModel(TaskRepository tasks, CaseService cases, Supervisions supervisions) {
    this.tasks = tasks;
    this.cases = cases;
    this.supervisions = supervisions;
  }

  /** One history event of the engine; events other than those of tasks and their candidate groups are ignored. */
  void handle(HistoryEvent event) {
    if (event instanceof HistoricTaskInstanceEventEntity task) {
      String type = task.getEventType();
      if (HistoryEventTypes.TASK_INSTANCE_CREATE.getEventName().equals(type)) {
        created(task);
      } else if (HistoryEventTypes.TASK_INSTANCE_UPDATE.getEventName().equals(type)) {
        if (!tasks.update(task.getTaskId(), task.getName(), task.getAssignee(), instant(task.getDueDate()))) {
          created(task);
        }
      } else if (HistoryEventTypes.TASK_INSTANCE_MIGRATE.getEventName().equals(type)) {
        tasks.updateDefinition(task.getTaskId(), task.getProcessDefinitionKey(), task.getTaskDefinitionKey());
        tasks.update(task.getTaskId(), task.getName(), task.getAssignee(), instant(task.getDueDate()));
      } else if (HistoryEventTypes.TASK_INSTANCE_COMPLETE.getEventName().equals(type)
          || HistoryEventTypes.TASK_INSTANCE_DELETE.getEventName().equals(type)) {
        tasks.delete(task.getTaskId());
      }
    } else if (event instanceof HistoricIdentityLinkLogEventEntity link && link.getTaskId() != null
        && link.getGroupId() != null && IdentityLinkType.CANDIDATE.equals(link.getType())) {
      if (HistoryEventTypes.IDENTITY_LINK_ADD.getEventName().equals(link.getEventType())) {
        candidateAdded(link.getTaskId(), link.getGroupId());
      } else if (HistoryEventTypes.IDENTITY_LINK_DELETE.getEventName().equals(link.getEventType())) {
        tasks.removeCandidate(link.getTaskId(), link.getGroupId());
      }
    }
  }

  /**
   * A candidate group: the engine adds a user task's groups before the task's own create event, so the sort keys come
   * from the task entity of the running command (they are copied again when the task row is written).
   */
  private void candidateAdded(String taskId, String groupId) {
    Instant created = null;
    Instant due = null;
    CommandContext command = Context.getCommandContext();
    TaskEntity entity = command == null ? null : command.getTaskManager().findTaskById(taskId);
    if (entity != null) {
      created = instant(entity.getCreateTime());
      due = instant(entity.getDueDate());
    }
    tasks.addCandidate(taskId, groupId, created != null ? created : Instant.now(), due);
  }

  private void created(HistoricTaskInstanceEventEntity task) {
    About context = about(task.getExecutionId(), task.getProcessDefinitionKey());
    // The task's own creation time (the history event takes the clock again a moment later).
    CommandContext command = Context.getCommandContext();
    TaskEntity entity = command == null ? null : command.getTaskManager().findTaskById(task.getTaskId());
    Instant createdAt = instant(entity != null ? entity.getCreateTime() : task.getStartTime());
    tasks.insert(new TaskRow(task.getTaskId(), task.getProcessInstanceId(), task.getProcessDefinitionKey(),
        task.getTaskDefinitionKey(), task.getName(), context.caseNumber(), context.caseId(), context.supervisionId(),
        context.district(), context.workLink(), task.getAssignee(), createdAt != null ? createdAt : Instant.now(),
        instant(task.getDueDate())));
  }

  record About(String caseNumber, String caseId, String supervisionId, String district, String workLink) {}

  /** What the task is about, from its process instance's variables, the case store and the premises register. */
  private About about(String executionId, String processKey) {
    CommandContext command = Context.getCommandContext();
    if (command == null || executionId == null) {
      return new About(null, null, null, null, null);
    }
    ExecutionEntity execution = command.getExecutionManager().findExecutionById(executionId);
    if (execution == null) {
      return new About(null, null, null, null, null);
    }
    String caseNumber = execution.getProcessBusinessKey();
    String caseId = text(execution.getVariable(CASE_ID));
    String supervisionId = text(execution.getVariable(AlkoholtillsynProcess.SUPERVISION_ID));
    Object year = execution.getVariable(PeriodRuns.YEAR);
    String district = null;
    if (caseId != null) {
      district = cases.find(caseId).map(c -> c.district()).orElse(null);
    } else if (supervisionId != null) {
      district = supervisions.district(supervisionId).orElse(null);
    }
    return new About(caseNumber, caseId, supervisionId, district, workLink(processKey, year));
  }

  /** The page of work that is about no case or supervision, e.g. the year's supervision plan. */
  static String workLink(String processKey, Object year) {
    if (TillsynsplanProcess.KEY.equals(processKey) && year != null) {
      return "/tillsyn/plan/" + year;
    }
    if (RestaurangrapportProcess.KEY.equals(processKey)) {
      return "/restaurangrapporter";
    }
    if (AasArProcess.KEY.equals(processKey)) {
      return "/aas-kurser";
    }
    return null;
  }

  /**
   * Fills the model from the engine's runtime tables, for a database that has open tasks from before the model (or
   * after a repair). Runs in one transaction: the model is replaced as a whole.
   */
  @Transactional
  public long rebuild() {
    tasks.clear();
    long count = 0;
    for (Map<String, Object> row : tasks.engineTasks()) {
      String caseId = (String) row.get("case_id");
      String supervisionId = (String) row.get("supervision_id");
      String district = caseId != null ? cases.find(caseId).map(c -> c.district()).orElse(null)
          : supervisionId != null ? supervisions.district(supervisionId).orElse(null) : null;
      String processKey = (String) row.get("process_key");
      tasks.insert(new TaskRow((String) row.get("task_id"), (String) row.get("process_instance_id"), processKey,
          (String) row.get("task_key"), (String) row.get("name"), (String) row.get("case_number"), caseId,
          supervisionId, district, workLink(processKey, row.get("work_year")), (String) row.get("assignee"),
          (Instant) row.get("created_at"), (Instant) row.get("due_at")));
      count++;
    }
    int candidates = tasks.copyEngineCandidates();
    tasks.recountAssigned();
    LOG.info("Uppgiftslistan återuppbyggd från motorn: {} uppgifter, {} kandidatgrupper", count, candidates);
    return count;
  }

  /** True when the model is empty but the engine has open tasks (a database from before the model). */
  @Transactional(readOnly = true)
  public boolean needsRebuild() {
    return tasks.countAll() == 0 && tasks.engineTaskCount() > 0;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
