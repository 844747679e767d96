package se.samverka.tasklist;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.cases.CaseService;
import se.samverka.cases.Deadlines;
import se.samverka.errors.NotFound;
import se.samverka.licensing.Supervisions;
import se.samverka.security.CurrentUser;
import se.samverka.tasklist.persistence.TaskRepository;
import se.samverka.tasklist.persistence.TaskRepository.Selection;
import se.samverka.tasklist.persistence.TaskRepository.TaskRow;
import se.samverka.workflow.CaseNumbers;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.Labels;

/**
 * The task list: "my tasks" (assigned to the caller) and one queue per group of the caller, read from the task read
 * model ({@link TaskReadModel}), never from the engine's authorized task query. A queue of a group the caller is not a
 * member of does not exist for them (404). Who a task is about is shown only as the case store's access rule lets the
 * caller's agency see it; the deadline state, premises and links are looked up for the whole page at once.
 * <p>
 * Counts are exact up to {@link #countCap()} and otherwise a lower bound ("fler än 1 000"): counting stops at the cap,
 * so a count reads at most cap + 1 index entries whatever the size of the queue.
 */
@Service
@Transactional(readOnly = true)
public class TaskList {

  /** The deadline states of a task's case. */
  public static final String IN_TIME = Deadlines.IN_TIME;
  public static final String AT_RISK = Deadlines.AT_RISK;
  public static final String BREACHED = Deadlines.BREACHED;

  /**
   * One task as a list shows it; {@code subjectHidden}: the case is about someone the caller may not see;
   * {@code taskKey}: the step of the process (the BPMN id, e.g. {@code AssessReferralTask}), for an integration that
   * needs to tell steps apart without reading the name.
   */
  public record Item(String id, String name, String caseNumber, String subject, boolean subjectHidden,
      String processKey, String processName, Instant created, Instant due, String deadlineState, String assignee,
      List<String> candidateGroups, String link, String caseId, String supervisionId, String district,
      String taskKey, String processInstanceId) {}

  public record Page(long total, boolean totalIsLowerBound, int page, int size, List<Item> items) {}

  /** A count that stops at the cap: {@code lowerBound} when there are more than {@code count}. */
  public record Count(long count, boolean lowerBound) {}

  /** The caller's queues and their counts: "mina" first, then one per group (in the order of the caller's groups). */
  public record Counts(Count mine, Map<String, Count> groups) {}

  private final TaskRepository tasks;
  private final CaseService cases;
  private final Deadlines deadlines;
  private final Supervisions supervisions;
  private final Labels labels;
  private final Duration atRisk;
  private final int cap;
  private final int persons;

  TaskList(TaskRepository tasks, CaseService cases, Deadlines deadlines, Supervisions supervisions, Labels labels,
      @Value("${samverka.tasks.at-risk:P2D}") Duration atRisk, @Value("${samverka.tasks.count-cap:1000}") int cap,
      @Value("${samverka.tasks.workload-persons:50}") int persons) {
    this.tasks = tasks;
    this.cases = cases;
    this.deadlines = deadlines;
    this.supervisions = supervisions;
    this.labels = labels;
    this.atRisk = atRisk;
    this.cap = cap;
    this.persons = persons;
  }

  /**
   * Open tasks of a group: all of them, and those past their due time, each exact up to {@link #countCap()} and
   * otherwise a lower bound (as a queue's count).
   */
  public record GroupLoad(String group, Count open, Count overdue) {}

  /**
   * Open tasks assigned to one person (staff, not a client) among the tasks of the groups asked for, and those past
   * their due time, each exact up to {@link #countCap()}.
   */
  public record PersonLoad(String assignee, Count open, Count overdue) {}

  /**
   * The workload of these groups for the managers' dashboards: open and overdue tasks per group (every group asked
   * for, zero included; each count stops at the cap, as a queue's does) and, when {@code perPerson}, per person who has
   * taken tasks of them: the {@code samverka.tasks.workload-persons} people with the most taken tasks, and how many
   * people have taken any. Counts only, from the read model; the cost does not grow with the queues.
   */
  public Workload workload(java.util.Collection<String> groups, boolean perPerson) {
    if (groups.isEmpty()) {
      return new Workload(List.of(), List.of(), 0);
    }
    java.time.Instant now = se.samverka.workflow.EngineClock.now();
    List<GroupLoad> byGroup = new java.util.TreeSet<>(groups).stream().map(g -> tasks.loadOfGroup(g, now, cap))
        .map(l -> new GroupLoad(l.group(), capped(l.open()), capped(l.overdue()))).toList();
    if (!perPerson) {
      return new Workload(byGroup, List.of(), 0);
    }
    TaskRepository.Assignees assignees = tasks.assigneesOf(groups, persons);
    List<PersonLoad> people = tasks.loadOfAssignees(assignees.first(), groups, now, cap).stream()
        .map(r -> new PersonLoad(r.group(), capped(r.open()), capped(r.overdue())))
        .sorted(java.util.Comparator.comparing((PersonLoad p) -> p.open().count()).reversed()
            .thenComparing(PersonLoad::assignee))
        .toList();
    return new Workload(byGroup, people, Math.max(assignees.total(), people.size()));
  }

  private Count capped(long counted) {
    return new Count(Math.min(counted, cap), counted > cap);
  }

  /** The groups' loads, the people's (the most loaded first) and how many people have taken any of their tasks. */
  public record Workload(List<GroupLoad> groups, List<PersonLoad> persons, long personsInAll) {}

  public int countCap() {
    return cap;
  }

  public Duration atRisk() {
    return atRisk;
  }

  /** The groups whose queues the user has: every group except the administrators'. */
  public List<String> queues(CurrentUser user) {
    return user.groups().stream().filter(g -> !Groups.CAMUNDA_ADMIN.equals(g)).toList();
  }

  /** One page of a queue; 404 for a group queue of a group the user is not a member of. */
  @Transactional
  public Page list(CurrentUser user, TaskFilter filter) {
    Selection selection = selection(user, filter);
    long counted = tasks.countUpTo(selection, cap);
    List<TaskRow> rows = tasks.page(selection, filter.page() * filter.size(), filter.size());
    return new Page(Math.min(counted, cap), counted > cap, filter.page(), filter.size(), items(rows));
  }

  /** The counts of the user's queues, for the navigation and the start page. */
  public Counts counts(CurrentUser user) {
    Map<String, Count> groups = new LinkedHashMap<>();
    for (String group : queues(user)) {
      groups.put(group, count(new Selection(group, null, null, null, null, null, null, false)));
    }
    return new Counts(count(new Selection(null, user.userId(), null, null, null, null, null, false)), groups);
  }

  /**
   * A task the user may work: assigned to them, or offered to one of their groups. Empty otherwise, also for a task
   * that exists but is another's (the caller may not learn that it exists).
   */
  @Transactional
  public Optional<Item> visibleTask(CurrentUser user, String taskId) {
    if (taskId == null || taskId.length() > 64) {
      return Optional.empty();
    }
    Optional<TaskRow> row = tasks.find(taskId);
    if (row.isEmpty()) {
      return Optional.empty();
    }
    boolean mine = user.userId().equals(row.get().assignee());
    boolean offered = tasks.candidates(taskId).stream().anyMatch(user::isMemberOf);
    return mine || offered ? Optional.of(items(List.of(row.get())).get(0)) : Optional.empty();
  }

  private Count count(Selection selection) {
    long counted = tasks.countUpTo(selection, cap);
    return new Count(Math.min(counted, cap), counted > cap);
  }

  private Selection selection(CurrentUser user, TaskFilter filter) {
    String group = null;
    if (!filter.isMine()) {
      if (!queues(user).contains(filter.queue())) {
        throw new NotFound("Kön finns inte, eller så är du inte med i gruppen.");
      }
      group = filter.queue();
    }
    Instant now = EngineClock.now();
    Instant dueBefore = null;
    if (filter.overdue()) {
      dueBefore = now;
    } else if (filter.dueWithinDays() != null) {
      // Due within N days: by the end of the N:th day from today, in Swedish time (0: today).
      dueBefore = now.atZone(CaseNumbers.SWEDEN).toLocalDate().plusDays(filter.dueWithinDays() + 1L)
          .atStartOfDay(CaseNumbers.SWEDEN).toInstant();
    }
    return new Selection(group, group == null ? user.userId() : null, filter.process(), dueBefore, filter.district(),
        filter.caseNumber(), filter.processInstanceId(), TaskFilter.BY_CREATED.equals(filter.sort()));
  }

  /** The page's rows with names, premises, deadline states and candidate groups: one query each for the page. */
  private List<Item> items(List<TaskRow> rows) {
    Set<String> caseIds = new LinkedHashSet<>();
    Set<String> supervisionIds = new LinkedHashSet<>();
    List<String> taskIds = new ArrayList<>();
    for (TaskRow row : rows) {
      taskIds.add(row.taskId());
      if (row.caseId() != null) {
        caseIds.add(row.caseId());
      }
      if (row.supervisionId() != null) {
        supervisionIds.add(row.supervisionId());
      }
    }
    Map<String, String> names = cases.visibleNames(caseIds);
    Map<String, String> states = deadlines.statesOf(caseIds, atRisk);
    Map<String, String> premises = supervisions.premisesNames(supervisionIds);
    Map<String, List<String>> candidates = tasks.candidatesOf(taskIds);
    List<Item> items = new ArrayList<>();
    for (TaskRow row : rows) {
      String subject = null;
      boolean hidden = false;
      String link = row.workLink();
      if (row.caseId() != null) {
        subject = names.get(row.caseId());
        hidden = subject == null;
        link = "/arenden/" + row.caseId();
      } else if (row.supervisionId() != null) {
        subject = premises.get(row.supervisionId());
        link = "/tillsyn/" + row.supervisionId();
      }
      items.add(new Item(row.taskId(), row.name(), row.caseNumber(), subject, hidden, row.processKey(),
          row.processKey() == null ? null : labels.processName(row.processKey()), row.createdAt(), row.dueAt(),
          row.caseId() == null ? null : states.get(row.caseId()), row.assignee(),
          candidates.getOrDefault(row.taskId(), List.of()), link, row.caseId(), row.supervisionId(), row.district(),
          row.taskKey(), row.processInstanceId()));
    }
    return items;
  }
}
