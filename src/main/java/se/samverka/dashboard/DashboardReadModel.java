package se.samverka.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.samverka.dashboard.persistence.DashboardRepository;
import se.samverka.dashboard.persistence.DashboardRepository.WaitingRow;

/**
 * Keeps the dashboards' read models in step with the engine: it is fed the engine's history events of process and
 * activity instances ({@link DashboardReadModelPlugin}) inside the command that produces them, and writes in the same
 * transaction, so the model commits or rolls back with the engine.
 * <ul>
 * <li>{@code sv_dash_flow}: +1 started on the start's day, +1 completed or cancelled on the end's day (cancelled: the
 * instance was deleted from outside, {@link #isCancelled}), under the process's home agency.</li>
 * <li>{@code sv_dash_open}: +1 when an instance starts, −1 when it ends (completed or cancelled), under the process's
 * home agency: the instances open now, one row per process and agency.</li>
 * <li>{@code sv_dash_duration}: +1 in the bucket ({@link DurationHistogram}) of the lead time of a completed instance
 * (activity {@value #PROCESS}, home agency) and of the time of every ended step (its agency, {@link StepAgencies}),
 * in the month of the end.</li>
 * <li>{@code sv_dash_waiting}: a row while a step is active, with the case number (the business key).</li>
 * </ul>
 * A user task whose candidate groups are an expression ({@code ${party}}) counts under the agency of the groups the
 * task has ({@link StepAgencies#ofGroups}): the engine adds them to the task in the command that creates it, and the
 * model reads them, when it writes, from the engine's history of identity links (flushed by then), which the rebuild
 * reads too. The task's create event and its candidate-group events tie the task to its step (activity instance);
 * a later change of the groups moves the waiting row to the new agency, and the step's time is counted under the
 * agency of the groups it has when it ends.
 * Steps are the activity types of {@link #STEP_TYPES}: tasks, catching intermediate events, sub-processes, call
 * activities and event-based gateways; not start or end events, ordinary gateways, boundary events or the body of a
 * multi-instance activity (its inner instances are steps). Days and months are those of the events' own times (the
 * engine clock) in the system time zone.
 * <p>
 * The changes of a transaction are gathered and written just before it commits, after the engine's own writes: a step
 * that starts and ends in the same transaction (a service task) writes no waiting row at all, the counters are locked
 * for the shortest time, and every transaction locks the counter rows in the same order (flow, then open, then
 * duration, each sorted by key), so two transactions ending the same steps at once wait for each other but never
 * deadlock.
 */
@Component
public class DashboardReadModel {

  /** The activity id under which the lead time of a whole process instance is kept. */
  public static final String PROCESS = "#process";

  /** The activity types that are steps. */
  public static final Set<String> STEP_TYPES = Set.of("userTask", "receiveTask", "manualTask", "task",
      "serviceTask", "sendTask", "businessRuleTask", "scriptTask", "intermediateCatchEvent",
      "intermediateMessageCatch", "intermediateTimer", "intermediateSignalCatch", "intermediateConditional",
      "callActivity", "subProcess", "adHocSubProcess", "transaction", "eventBasedGateway");

  private static final Object RESOURCE = new Object();

  private final DashboardRepository repository;
  private final StepAgencies agencies;

  DashboardReadModel(DashboardRepository repository, StepAgencies agencies) {
    this.repository = repository;
    this.agencies = agencies;
  }

  /** True when a process instance that ended did not complete but was deleted from outside (cancelled). */
  public static boolean isCancelled(String state, String deleteReason) {
    if (state != null) {
      return HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED.equals(state);
    }
    return deleteReason != null;
  }

  static LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, ZoneId.systemDefault());
  }

  static LocalDate month(Instant at) {
    return day(at).withDayOfMonth(1);
  }

  /** One history event; events other than those of process instances and steps are ignored. */
  void handle(HistoryEvent event) {
    if (event instanceof HistoricProcessInstanceEventEntity process) {
      Changes changes = changes();
      process(process, changes);
      changes.applyUnlessDeferred();
    } else if (event instanceof HistoricActivityInstanceEventEntity activity
        && STEP_TYPES.contains(activity.getActivityType())) {
      Changes changes = changes();
      activity(activity, changes);
      changes.applyUnlessDeferred();
    } else if (event instanceof HistoricTaskInstanceEventEntity task
        && HistoryEventTypes.TASK_INSTANCE_CREATE.getEventName().equals(task.getEventType())
        && task.getActivityInstanceId() != null && task.getTaskId() != null
        && agencies.hasGroupExpression(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), "userTask")) {
      Changes changes = changes();
      changes.tasks.put(task.getActivityInstanceId(), new TaskOfStep(task.getTaskId(), task.getProcessDefinitionKey()));
      changes.applyUnlessDeferred();
    } else if (event instanceof HistoricIdentityLinkLogEventEntity link && link.getTaskId() != null
        && link.getGroupId() != null && IdentityLinkType.CANDIDATE.equals(link.getType())) {
      groupsChanged(link.getTaskId());
    }
  }

  /**
   * A candidate group added to or removed from a task: when the task's step counts under the agency of its groups,
   * the step is recorded as changed (its activity instance from the task in the running command), to be written with
   * the agency of the groups it has at the commit.
   */
  private void groupsChanged(String taskId) {
    CommandContext command = Context.getCommandContext();
    TaskEntity task = command == null ? null : command.getTaskManager().findTaskById(taskId);
    ExecutionEntity execution = task == null ? null : task.getExecution();
    if (execution == null || execution.getActivityInstanceId() == null
        || !agencies.hasGroupExpression(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), "userTask")) {
      return;
    }
    Changes changes = changes();
    changes.tasks.put(execution.getActivityInstanceId(), new TaskOfStep(taskId,
        execution.getProcessDefinition() == null ? null : execution.getProcessDefinition().getKey()));
    changes.regrouped.add(execution.getActivityInstanceId());
    changes.applyUnlessDeferred();
  }

  private void process(HistoricProcessInstanceEventEntity event, Changes changes) {
    String type = event.getEventType();
    String key = event.getProcessDefinitionKey();
    if (HistoryEventTypes.PROCESS_INSTANCE_START.getEventName().equals(type) && event.getStartTime() != null) {
      changes.flow(key, agencies.homeAgencyOf(key), day(event.getStartTime().toInstant()), 1, 0, 0);
      changes.open(key, agencies.homeAgencyOf(key), 1);
      changes.startedHere.add(event.getProcessInstanceId());
      if (event.getBusinessKey() != null) {
        changes.businessKeys.put(event.getProcessInstanceId(), event.getBusinessKey());
      }
    } else if (HistoryEventTypes.PROCESS_INSTANCE_END.getEventName().equals(type) && event.getEndTime() != null) {
      Instant end = event.getEndTime().toInstant();
      String home = agencies.homeAgencyOf(key);
      changes.open(key, home, -1);
      if (isCancelled(event.getState(), event.getDeleteReason())) {
        changes.flow(key, home, day(end), 0, 0, 1);
      } else {
        changes.flow(key, home, day(end), 0, 1, 0);
        changes.ended.add(new Ended(event, key, PROCESS, home, month(end), true));
      }
    } else if (HistoryEventTypes.PROCESS_INSTANCE_UPDATE.getEventName().equals(type)
        && event.getBusinessKey() != null) {
      changes.businessKeys.put(event.getProcessInstanceId(), event.getBusinessKey());
      changes.keyUpdates.put(event.getProcessInstanceId(), event.getBusinessKey());
    }
  }

  private void activity(HistoricActivityInstanceEventEntity event, Changes changes) {
    String type = event.getEventType();
    String key = event.getProcessDefinitionKey();
    if (HistoryEventTypes.ACTIVITY_INSTANCE_START.getEventName().equals(type) && event.getStartTime() != null) {
      String agency = agencies.agencyOf(event.getProcessDefinitionId(), key, event.getActivityId(),
          event.getActivityType());
      changes.inserts.put(event.getActivityInstanceId(), new WaitingRow(event.getActivityInstanceId(),
          event.getProcessInstanceId(), key, event.getActivityId(), agency, businessKey(event.getProcessInstanceId()),
          event.getStartTime().toInstant()));
    } else if (HistoryEventTypes.ACTIVITY_INSTANCE_END.getEventName().equals(type) && event.getEndTime() != null) {
      if (changes.inserts.remove(event.getActivityInstanceId()) == null) {
        changes.deletes.add(event.getActivityInstanceId());
      }
      String agency = agencies.agencyOf(event.getProcessDefinitionId(), key, event.getActivityId(),
          event.getActivityType());
      boolean byGroups = agencies.hasGroupExpression(event.getProcessDefinitionId(), event.getActivityId(),
          event.getActivityType());
      if (byGroups && event.getTaskId() != null) {
        changes.tasks.putIfAbsent(event.getActivityInstanceId(), new TaskOfStep(event.getTaskId(), key));
      }
      changes.ended.add(new Ended(event, key, event.getActivityId(), byGroups ? null : agency,
          month(event.getEndTime().toInstant()), false));
    }
  }

  static long duration(Long millis, Date start, Date end) {
    if (millis != null) {
      return Math.max(0, millis);
    }
    return start == null || end == null ? 0 : Math.max(0, end.getTime() - start.getTime());
  }

  /** The case number of a process instance, from the running command (the engine has it in its cache). */
  private static String businessKey(String processInstanceId) {
    CommandContext command = Context.getCommandContext();
    if (command == null || processInstanceId == null) {
      return null;
    }
    ExecutionEntity execution = command.getExecutionManager().findExecutionById(processInstanceId);
    return execution == null ? null : execution.getBusinessKey();
  }

  /** The changes of the current transaction, written just before it commits; without a transaction, at once. */
  private Changes changes() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return new Changes(false);
    }
    Changes bound = (Changes) TransactionSynchronizationManager.getResource(RESOURCE);
    if (bound != null && !bound.written) {
      return bound;
    }
    if (bound != null) {
      // An event after this transaction's changes were written (another synchronization's work before the commit).
      return new Changes(false);
    }
    Changes changes = new Changes(true);
    TransactionSynchronizationManager.bindResource(RESOURCE, changes);
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void beforeCommit(boolean readOnly) {
        changes.write();
      }

      @Override
      public void afterCompletion(int status) {
        TransactionSynchronizationManager.unbindResourceIfPossible(RESOURCE);
      }
    });
    return changes;
  }

  record FlowKey(String processKey, String agency, LocalDate day) implements Comparable<FlowKey> {
    @Override
    public int compareTo(FlowKey o) {
      int c = processKey.compareTo(o.processKey);
      c = c != 0 ? c : agency.compareTo(o.agency);
      return c != 0 ? c : day.compareTo(o.day);
    }
  }

  record OpenKey(String processKey, String agency) implements Comparable<OpenKey> {
    @Override
    public int compareTo(OpenKey o) {
      int c = processKey.compareTo(o.processKey);
      return c != 0 ? c : agency.compareTo(o.agency);
    }
  }

  /** The task of a step whose agency is that of the task's candidate groups. */
  record TaskOfStep(String taskId, String processKey) {}

  record DurationKey(String processKey, String activityId, String agency, LocalDate month, int bucket)
      implements Comparable<DurationKey> {
    @Override
    public int compareTo(DurationKey o) {
      int c = processKey.compareTo(o.processKey);
      c = c != 0 ? c : activityId.compareTo(o.activityId);
      c = c != 0 ? c : agency.compareTo(o.agency);
      c = c != 0 ? c : month.compareTo(o.month);
      return c != 0 ? c : Integer.compare(bucket, o.bucket);
    }
  }

  /**
   * An end whose duration is taken when the changes are written. The engine's end event of an instance or step that
   * started in an earlier transaction has no start time when it is produced: the database history handler reads it
   * from {@code ACT_HI_*} (which it loads to update the row anyway) and sets it on the same event, which then
   * computes its duration. Should a start still be missing, a step's is the waiting row's and an instance's is read
   * from its history row by primary key. The agency is null for a user task that counts under the agency of its
   * candidate groups: it is taken when the changes are written.
   */
  record Ended(HistoryEvent event, String processKey, String activityId, String agency, LocalDate month,
      boolean process) {}

  private long durationOf(Ended e) {
    var scope = (org.camunda.bpm.engine.impl.history.event.HistoricScopeInstanceEvent) e.event();
    Date start = scope.getStartTime();
    if (start == null) {
      Instant known = e.process() ? repository.historicStart(scope.getProcessInstanceId())
          : repository.waitingSince(((HistoricActivityInstanceEventEntity) scope).getActivityInstanceId());
      start = known == null ? null : Date.from(known);
    }
    return duration(scope.getStartTime() != null ? scope.getDurationInMillis() : null, start, scope.getEndTime());
  }

  /** What a transaction changes, gathered until it commits. */
  private final class Changes {
    final boolean deferred;
    boolean written;
    final TreeMap<FlowKey, long[]> flows = new TreeMap<>();
    final TreeMap<OpenKey, long[]> opens = new TreeMap<>();
    /** The steps of user tasks that count under the agency of their candidate groups, by activity instance. */
    final Map<String, TaskOfStep> tasks = new HashMap<>();
    /** Such steps whose groups changed in this transaction. */
    final Set<String> regrouped = new HashSet<>();
    final TreeMap<DurationKey, long[]> durations = new TreeMap<>();
    final Map<String, WaitingRow> inserts = new LinkedHashMap<>();
    final Set<String> deletes = new HashSet<>();
    final Map<String, String> businessKeys = new HashMap<>();
    final Map<String, String> keyUpdates = new HashMap<>();
    final Set<String> startedHere = new HashSet<>();
    final List<Ended> ended = new ArrayList<>();

    Changes(boolean deferred) {
      this.deferred = deferred;
    }

    void flow(String processKey, String agency, LocalDate day, long started, long completed, long cancelled) {
      long[] sums = flows.computeIfAbsent(new FlowKey(text(processKey), agency, day), k -> new long[3]);
      sums[0] += started;
      sums[1] += completed;
      sums[2] += cancelled;
    }

    void open(String processKey, String agency, long delta) {
      // A start and an end in the same transaction still write the row (at 0), as the rebuild has a row for every
      // process and agency with an instance.
      opens.computeIfAbsent(new OpenKey(text(processKey), agency), k -> new long[1])[0] += delta;
    }

    void duration(String processKey, String activityId, String agency, LocalDate month, long millis) {
      long[] sums = durations.computeIfAbsent(new DurationKey(text(processKey), text(activityId), agency, month,
          DurationHistogram.bucketOfMillis(millis)), k -> new long[2]);
      sums[0] += 1;
      sums[1] += millis;
    }

    void applyUnlessDeferred() {
      if (!deferred) {
        write();
      }
    }

    void write() {
      written = true;
      Map<String, String> byGroups = agenciesByGroups(this);
      for (Ended e : ended) {
        String agency = e.agency();
        if (agency == null) {
          String id = ((HistoricActivityInstanceEventEntity) e.event()).getActivityInstanceId();
          agency = byGroups.get(id);
          agency = agency != null ? agency : repository.waitingAgency(id);
          agency = agency != null ? agency : agencies.homeAgencyOf(e.processKey());
        }
        duration(e.processKey(), e.activityId(), agency, e.month(), durationOf(e));
      }
      flows.forEach((k, s) -> repository.addFlow(k.processKey(), k.agency(), k.day(), s[0], s[1], s[2]));
      opens.forEach((k, s) -> repository.addOpen(k.processKey(), k.agency(), s[0]));
      durations.forEach((k, s) -> repository.addDuration(k.processKey(), k.activityId(), k.agency(), k.month(),
          k.bucket(), s[0], s[1]));
      deletes.forEach(repository::deleteWaiting);
      for (WaitingRow row : inserts.values()) {
        String key = businessKeys.get(row.processInstanceId());
        String agency = byGroups.getOrDefault(row.activityInstanceId(), row.agency());
        repository.insertWaiting(new WaitingRow(row.activityInstanceId(), row.processInstanceId(), row.processKey(),
            row.activityId(), agency, key == null || row.businessKey() != null ? row.businessKey() : key,
            row.enteredAt()));
      }
      // The groups of a task that was already waiting changed: its row moves to their agency.
      for (String id : regrouped) {
        if (!inserts.containsKey(id) && !deletes.contains(id) && byGroups.containsKey(id)) {
          repository.updateWaitingAgency(id, byGroups.get(id));
        }
      }
      // A case number given later to an instance whose steps an earlier transaction wrote.
      keyUpdates.forEach((instance, key) -> {
        if (!startedHere.contains(instance)) {
          repository.updateWaitingBusinessKey(instance, key);
        }
      });
    }
  }

  /** The agency of each step of {@link Changes#tasks}: that of its task's candidate groups as the history has them. */
  private Map<String, String> agenciesByGroups(Changes changes) {
    if (changes.tasks.isEmpty()) {
      return Map.of();
    }
    var groups = repository.candidateGroups(changes.tasks.values().stream().map(TaskOfStep::taskId).toList());
    Map<String, String> result = new HashMap<>();
    changes.tasks.forEach((step, task) -> result.put(step, agencies.ofGroups(groups.get(task.taskId()),
        task.processKey())));
    return result;
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
