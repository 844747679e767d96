package se.samverka.tasklist.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverka.workflow.CounterRows;

/**
 * JDBC access to the task read model ({@code V25}): {@code sv_task} and {@code sv_task_candidate}. A group's queue is
 * read from {@code sv_task_candidate}'s (group, due, created, task) or (group, created, task) index; "my tasks" from
 * {@code sv_task}'s (assignee, …) indexes. Counts stop at a cap, so they cost the same at 10⁶ open tasks as at 10³.
 */
@Repository
public class TaskRepository {

  /** One open task as stored. */
  public record TaskRow(String taskId, String processInstanceId, String processKey, String taskKey, String name,
      String caseNumber, String caseId, String supervisionId, String district, String workLink, String assignee,
      Instant createdAt, Instant dueAt) {}

  /** What a list asks for; null filters are left out. {@code group} null means the assignee's own tasks. */
  public record Selection(String group, String assignee, String processKey, Instant dueBefore, String district,
      String caseNumber, String processInstanceId, boolean byCreated) {}

  private final JdbcClient jdbc;
  private final CounterRows counters;

  public TaskRepository(JdbcClient jdbc, CounterRows counters) {
    this.jdbc = jdbc;
    this.counters = counters;
  }

  // --- writing (the engine's events, in the engine's transaction)

  public void insert(TaskRow t) {
    jdbc.sql("""
        insert into sv_task (task_id, process_instance_id, process_key, task_key, name, case_number, case_id,
          supervision_id, district, work_link, assignee, created_at, due_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(t.taskId(), t.processInstanceId(), t.processKey(), t.taskKey(), t.name(), t.caseNumber(), t.caseId(),
            t.supervisionId(), t.district(), t.workLink(), t.assignee(), ts(t.createdAt()), ts(t.dueAt()))
        .update();
    jdbc.sql("update sv_task_candidate set created_at = ?, due_at = ? where task_id = ?")
        .params(ts(t.createdAt()), ts(t.dueAt()), t.taskId()).update();
    if (t.assignee() != null) {
      Assigned change = new Assigned();
      candidates(t.taskId()).forEach(group -> change.add(group, t.assignee(), 1));
      change.apply();
    }
  }

  /** Name, assignee and due date as the engine has them now; returns false when the task is not in the model. */
  public boolean update(String taskId, String name, String assignee, Instant dueAt) {
    Optional<Optional<String>> before = jdbc.sql("select assignee from sv_task where task_id = ?").param(taskId)
        .query((rs, i) -> Optional.ofNullable(rs.getString(1))).optional();
    if (before.isEmpty()) {
      return false;
    }
    jdbc.sql("update sv_task set name = ?, assignee = ?, due_at = ? where task_id = ?")
        .params(name, assignee, ts(dueAt), taskId).update();
    jdbc.sql("update sv_task_candidate set due_at = ? where task_id = ?").params(ts(dueAt), taskId).update();
    String previous = before.get().orElse(null);
    if (!Objects.equals(previous, assignee)) {
      Assigned change = new Assigned();
      for (String group : candidates(taskId)) {
        if (previous != null) {
          change.add(group, previous, -1);
        }
        if (assignee != null) {
          change.add(group, assignee, 1);
        }
      }
      change.apply();
    }
    return true;
  }

  public void updateContext(String taskId, String caseId, String supervisionId, String district, String workLink,
      String caseNumber) {
    jdbc.sql("update sv_task set case_id = ?, supervision_id = ?, district = ?, work_link = ?, case_number = ? "
        + "where task_id = ?").params(caseId, supervisionId, district, workLink, caseNumber, taskId).update();
  }

  public void updateDefinition(String taskId, String processKey, String taskKey) {
    jdbc.sql("update sv_task set process_key = ?, task_key = ? where task_id = ?").params(processKey, taskKey, taskId)
        .update();
  }

  public void delete(String taskId) {
    String assignee = assigneeOf(taskId);
    if (assignee != null) {
      Assigned change = new Assigned();
      candidates(taskId).forEach(group -> change.add(group, assignee, -1));
      change.apply();
    }
    jdbc.sql("delete from sv_task_candidate where task_id = ?").param(taskId).update();
    jdbc.sql("delete from sv_task where task_id = ?").param(taskId).update();
  }

  public void addCandidate(String taskId, String groupId, Instant createdAt, Instant dueAt) {
    Integer present = jdbc.sql("select count(*) from sv_task_candidate where group_id = ? and task_id = ?")
        .params(groupId, taskId).query(Integer.class).single();
    if (present == 0) {
      jdbc.sql("insert into sv_task_candidate (task_id, group_id, created_at, due_at) values (?, ?, ?, ?)")
          .params(taskId, groupId, ts(createdAt), ts(dueAt)).update();
      String assignee = assigneeOf(taskId);
      if (assignee != null) {
        Assigned change = new Assigned();
        change.add(groupId, assignee, 1);
        change.apply();
      }
    }
  }

  public void removeCandidate(String taskId, String groupId) {
    int removed = jdbc.sql("delete from sv_task_candidate where group_id = ? and task_id = ?")
        .params(groupId, taskId).update();
    String assignee = removed > 0 ? assigneeOf(taskId) : null;
    if (assignee != null) {
      Assigned change = new Assigned();
      change.add(groupId, assignee, -1);
      change.apply();
    }
  }

  private String assigneeOf(String taskId) {
    return jdbc.sql("select assignee from sv_task where task_id = ?").param(taskId)
        .query((rs, i) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(a -> a).orElse(null);
  }

  /**
   * The changes of one event to the counters of taken tasks ({@code sv_task_assigned}, V38), applied in one order
   * (group, then person) so that two transactions changing the same rows take their locks in the same order. A row
   * is made only when a count goes up; one that has come down to zero stays (one per group and person).
   */
  private final class Assigned {

    private final TreeMap<List<String>, Long> deltas = new TreeMap<>(
        Comparator.<List<String>, String>comparing(key -> key.get(0)).thenComparing(key -> key.get(1)));

    void add(String group, String assignee, long delta) {
      deltas.merge(List.of(group, assignee), delta, Long::sum);
    }

    void apply() {
      deltas.forEach((key, delta) -> {
        if (delta > 0) {
          counters.add(() -> addAssigned(key, delta), () -> jdbc.sql(
              "insert into sv_task_assigned (group_id, assignee, open_count) values (?, ?, ?)")
              .params(key.get(0), key.get(1), delta).update());
        } else if (delta < 0) {
          addAssigned(key, delta);
        }
      });
    }

    private int addAssigned(List<String> key, long delta) {
      return jdbc.sql("update sv_task_assigned set open_count = open_count + ? where group_id = ? and assignee = ?")
          .params(delta, key.get(0), key.get(1)).update();
    }
  }

  // --- reading

  public Optional<TaskRow> find(String taskId) {
    return jdbc.sql("select * from sv_task where task_id = ?").param(taskId).query(this::row).optional();
  }

  public List<String> candidates(String taskId) {
    return jdbc.sql("select group_id from sv_task_candidate where task_id = ? order by group_id").param(taskId)
        .query(String.class).list();
  }

  public Map<String, List<String>> candidatesOf(Collection<String> taskIds) {
    Map<String, List<String>> groups = new HashMap<>();
    if (!taskIds.isEmpty()) {
      jdbc.sql("select task_id, group_id from sv_task_candidate where task_id in (:ids) order by group_id")
          .param("ids", taskIds)
          .query((rs, i) -> groups.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)))
          .list();
    }
    return groups;
  }

  public List<TaskRow> page(Selection s, int offset, int limit) {
    Query q = where(s);
    String sortTable = s.group() != null ? "c" : "t";
    String order = s.byCreated()
        ? " order by " + sortTable + ".created_at, " + sortTable + ".task_id"
        : " order by " + sortTable + ".due_at nulls last, " + sortTable + ".created_at, " + sortTable + ".task_id";
    List<Object> params = new ArrayList<>(q.params());
    params.add(limit);
    params.add(offset);
    String from = s.group() != null ? "from sv_task_candidate c join sv_task t on t.task_id = c.task_id " : q.from();
    return jdbc.sql("select t.* " + from + q.where() + order + " limit ? offset ?").params(params)
        .query(this::row).list();
  }

  /** The number of tasks selected, counting no further than {@code cap + 1}. */
  public long countUpTo(Selection s, int cap) {
    Query q = where(s);
    List<Object> params = new ArrayList<>(q.params());
    params.add(cap + 1);
    // An unfiltered group queue walks its primary key (group_id, task_id) and stops at the cap, wherever the group's
    // rows lie in the table; without the order PostgreSQL may pick a sequential scan that only stops early by luck.
    String order = s.group() != null && !q.from().contains(" join ") ? " order by c.group_id, c.task_id" : "";
    return jdbc.sql("select count(*) from (select 1 as one " + q.from() + q.where() + order + " limit ?) capped")
        .params(params).query(Long.class).single();
  }

  /** A count of open and overdue tasks under a key (a group, or an assignee). */
  public record Load(String group, long open, long overdue) {}

  /**
   * Open and overdue tasks of one candidate group, each counted no further than {@code cap + 1}: two ranges of the
   * candidate index {@code sv_task_candidate_due (group_id, due_at, …)}, whatever the size of the queue.
   */
  public Load loadOfGroup(String group, Instant now, int cap) {
    long open = jdbc.sql("select count(*) from (select 1 as one from sv_task_candidate where group_id = ?"
        + " limit ?) capped").params(group, cap + 1).query(Long.class).single();
    long late = jdbc.sql("select count(*) from (select 1 as one from sv_task_candidate where group_id = ?"
        + " and due_at < ? limit ?) capped").params(group, java.sql.Timestamp.from(now), cap + 1)
        .query(Long.class).single();
    return new Load(group, open, late);
  }

  /** The people who have taken tasks of some groups: the first ones with their counters' sum, and how many in all. */
  public record Assignees(Map<String, Long> first, long total) {}

  /**
   * Who has taken tasks of these groups, from the counters {@code sv_task_assigned} (one primary-key range per group):
   * at most {@code limit} people, those with the most taken tasks first (a task offered to two of the groups counts
   * twice in this order; the figures shown are counted exactly by {@link #loadOfAssignees}).
   */
  public Assignees assigneesOf(Collection<String> groups, int limit) {
    Map<String, Long> first = new LinkedHashMap<>();
    jdbc.sql("select assignee, sum(open_count) as n from sv_task_assigned where group_id in (:groups)"
        + " and open_count > 0 group by assignee order by n desc, assignee limit :limit")
        .param("groups", groups).param("limit", limit)
        .query((rs, i) -> first.put(rs.getString(1), rs.getLong(2))).list();
    long total = first.size() < limit ? first.size()
        : jdbc.sql("select count(distinct assignee) from sv_task_assigned where group_id in (:groups)"
            + " and open_count > 0").param("groups", groups).query(Long.class).single();
    return new Assignees(first, total);
  }

  /**
   * Open and overdue tasks of each of these people among the tasks that any of the groups is a candidate for, from
   * {@code sv_task}'s (assignee, due, …) index, so that the cost follows these people's own tasks and not the size of
   * the queues. {@code counted} holds each person's sum from {@link #assigneesOf}: people at or below the cap are
   * counted together in one query, each of the others no further than {@code cap + 1}.
   */
  public List<Load> loadOfAssignees(Map<String, Long> counted, Collection<String> groups, Instant now, int cap) {
    Map<String, Load> loads = new HashMap<>();
    String ofGroups = " and exists (select 1 from sv_task_candidate c where c.task_id = t.task_id"
        + " and c.group_id in (:groups))";
    List<String> few = counted.entrySet().stream().filter(e -> e.getValue() <= cap).map(Map.Entry::getKey).toList();
    if (!few.isEmpty()) {
      jdbc.sql("select t.assignee, count(*) as n, sum(case when t.due_at < :now then 1 else 0 end) as late"
          + " from sv_task t where t.assignee in (:people)" + ofGroups + " group by t.assignee")
          .param("now", Timestamp.from(now)).param("people", few).param("groups", groups)
          .query((rs, i) -> loads.put(rs.getString(1), new Load(rs.getString(1), rs.getLong(2), rs.getLong(3))))
          .list();
    }
    for (String person : counted.keySet()) {
      if (counted.get(person) > cap) {
        long open = jdbc.sql("select count(*) from (select 1 as one from sv_task t where t.assignee = :person"
            + ofGroups + " limit :n) capped").param("person", person).param("groups", groups).param("n", cap + 1)
            .query(Long.class).single();
        long late = jdbc.sql("select count(*) from (select 1 as one from sv_task t where t.assignee = :person"
            + " and t.due_at < :now" + ofGroups + " limit :n) capped").param("person", person)
            .param("now", Timestamp.from(now)).param("groups", groups).param("n", cap + 1)
            .query(Long.class).single();
        loads.put(person, new Load(person, open, late));
      }
    }
    return counted.keySet().stream().map(loads::get).filter(Objects::nonNull).filter(l -> l.open() > 0).toList();
  }

  public long countAll() {
    return jdbc.sql("select count(*) from sv_task").query(Long.class).single();
  }

  private record Query(String from, String where, List<Object> params) {}

  private static Query where(Selection s) {
    List<Object> params = new ArrayList<>();
    StringBuilder where = new StringBuilder();
    String from;
    String due;
    if (s.group() != null) {
      boolean needsTask = s.processKey() != null || s.district() != null || s.caseNumber() != null
          || s.processInstanceId() != null;
      // An unfiltered queue is counted from the candidate index alone.
      from = needsTask ? "from sv_task_candidate c join sv_task t on t.task_id = c.task_id "
          : "from sv_task_candidate c ";
      where.append("where c.group_id = ?");
      params.add(s.group());
      due = "c.due_at";
    } else {
      from = "from sv_task t ";
      where.append("where t.assignee = ?");
      params.add(s.assignee());
      due = "t.due_at";
    }
    if (s.processKey() != null) {
      where.append(" and t.process_key = ?");
      params.add(s.processKey());
    }
    if (s.dueBefore() != null) {
      where.append(" and ").append(due).append(" < ?");
      params.add(ts(s.dueBefore()));
    }
    if (s.district() != null) {
      where.append(" and t.district = ?");
      params.add(s.district());
    }
    if (s.caseNumber() != null) {
      where.append(" and t.case_number = ?");
      params.add(s.caseNumber());
    }
    if (s.processInstanceId() != null) {
      where.append(" and t.process_instance_id = ?");
      params.add(s.processInstanceId());
    }
    return new Query(from, where.toString(), params);
  }

  // --- rebuilding from the engine's runtime tables

  public void clear() {
    jdbc.sql("delete from sv_task_assigned").update();
    jdbc.sql("delete from sv_task_candidate").update();
    jdbc.sql("delete from sv_task").update();
  }

  public long engineTaskCount() {
    return jdbc.sql("select count(*) from ACT_RU_TASK").query(Long.class).single();
  }

  /** The engine's open tasks with what the model needs: process key, business key and the context variables. */
  public List<Map<String, Object>> engineTasks() {
    return jdbc.sql("""
        select t.ID_ as task_id, t.PROC_INST_ID_ as process_instance_id, d.KEY_ as process_key,
          t.TASK_DEF_KEY_ as task_key, t.NAME_ as name, p.BUSINESS_KEY_ as case_number, t.ASSIGNEE_ as assignee,
          t.CREATE_TIME_ as created_at, t.DUE_DATE_ as due_at,
          (select max(v.TEXT_) from ACT_RU_VARIABLE v where v.PROC_INST_ID_ = t.PROC_INST_ID_
             and v.EXECUTION_ID_ = t.PROC_INST_ID_ and v.NAME_ = 'caseId') as case_id,
          (select max(v.TEXT_) from ACT_RU_VARIABLE v where v.PROC_INST_ID_ = t.PROC_INST_ID_
             and v.EXECUTION_ID_ = t.PROC_INST_ID_ and v.NAME_ = 'supervisionId') as supervision_id,
          (select max(v.LONG_) from ACT_RU_VARIABLE v where v.PROC_INST_ID_ = t.PROC_INST_ID_
             and v.EXECUTION_ID_ = t.PROC_INST_ID_ and v.NAME_ = 'year') as work_year
        from ACT_RU_TASK t
        left join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_
        left join ACT_RU_EXECUTION p on p.ID_ = t.PROC_INST_ID_""")
        .query((rs, i) -> {
          Map<String, Object> row = new LinkedHashMap<>();
          for (String column : List.of("task_id", "process_instance_id", "process_key", "task_key", "name",
              "case_number", "assignee", "case_id", "supervision_id")) {
            row.put(column, rs.getString(column));
          }
          row.put("created_at", instant(rs, "created_at"));
          row.put("due_at", instant(rs, "due_at"));
          long year = rs.getLong("work_year");
          row.put("work_year", rs.wasNull() ? null : year);
          return row;
        }).list();
  }

  public int copyEngineCandidates() {
    return jdbc.sql("""
        insert into sv_task_candidate (task_id, group_id, created_at, due_at)
        select distinct i.TASK_ID_, i.GROUP_ID_, t.CREATE_TIME_, t.DUE_DATE_
        from ACT_RU_IDENTITYLINK i join ACT_RU_TASK t on t.ID_ = i.TASK_ID_
        where i.TYPE_ = 'candidate' and i.GROUP_ID_ is not null""").update();
  }

  /** Counts the taken tasks per group and person again from the model (after a rebuild). */
  public int recountAssigned() {
    jdbc.sql("delete from sv_task_assigned").update();
    return jdbc.sql("""
        insert into sv_task_assigned (group_id, assignee, open_count)
        select c.group_id, t.assignee, count(*)
          from sv_task t join sv_task_candidate c on c.task_id = t.task_id
         where t.assignee is not null
         group by c.group_id, t.assignee""").update();
  }

  private TaskRow row(ResultSet rs, int i) throws SQLException {
    return new TaskRow(rs.getString("task_id"), rs.getString("process_instance_id"), rs.getString("process_key"),
        rs.getString("task_key"), rs.getString("name"), rs.getString("case_number"), rs.getString("case_id"),
        rs.getString("supervision_id"), rs.getString("district"), rs.getString("work_link"),
        rs.getString("assignee"), instant(rs, "created_at"), instant(rs, "due_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static Timestamp ts(Instant at) {
    return at == null ? null : Timestamp.from(at);
  }
}
