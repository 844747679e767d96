package se.samverka.dashboard.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverka.workflow.CounterRows;

/**
 * JDBC access to the dashboards' read models ({@code V29}, {@code V33}): {@code sv_dash_flow}, {@code sv_dash_open},
 * {@code sv_dash_duration} and {@code sv_dash_waiting}. The counts are added in the engine's transaction through
 * {@link CounterRows} (portable H2 / PostgreSQL 13, no MERGE).
 */
@Repository
public class DashboardRepository {

  /** A day's starts and ends of a process in an agency. */
  public record FlowRow(String processKey, String agency, LocalDate day, long started, long completed,
      long cancelled) {}

  /** The instances of a process open now in an agency. */
  public record OpenRow(String processKey, String agency, long open) {}

  /** A bucket of the durations of a process or step in an agency and month (the month's first day). */
  public record DurationRow(String processKey, String activityId, String agency, LocalDate month, int bucket, long n,
      long totalMs) {}

  /** A step a process instance is at now. */
  public record WaitingRow(String activityInstanceId, String processInstanceId, String processKey, String activityId,
      String agency, String businessKey, Instant enteredAt) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final CounterRows counters;

  public DashboardRepository(JdbcClient jdbc, JdbcTemplate template, CounterRows counters) {
    this.jdbc = jdbc;
    this.template = template;
    this.counters = counters;
  }

  // --- writing, in the engine's transaction

  public void addFlow(String processKey, String agency, LocalDate day, long started, long completed, long cancelled) {
    counters.add(() -> jdbc.sql("update sv_dash_flow set started = started + ?, completed = completed + ?, "
                + "cancelled = cancelled + ? where process_key = ? and agency = ? and on_day = ?")
            .params(started, completed, cancelled, processKey, agency, Date.valueOf(day)).update(),
        () -> jdbc.sql("insert into sv_dash_flow (process_key, agency, on_day, started, completed, cancelled) "
                + "values (?, ?, ?, ?, ?, ?)")
            .params(processKey, agency, Date.valueOf(day), started, completed, cancelled).update());
  }

  /** Adds {@code delta} (+1 a start, −1 an end) to the open instances of a process in an agency. */
  public void addOpen(String processKey, String agency, long delta) {
    counters.add(() -> jdbc.sql("update sv_dash_open set open_count = open_count + ? where process_key = ?"
                + " and agency = ?")
            .params(delta, processKey, agency).update(),
        () -> jdbc.sql("insert into sv_dash_open (process_key, agency, open_count) values (?, ?, ?)")
            .params(processKey, agency, delta).update());
  }

  public void addDuration(String processKey, String activityId, String agency, LocalDate month, int bucket, long n,
      long totalMs) {
    counters.add(() -> jdbc.sql("update sv_dash_duration set n = n + ?, total_ms = total_ms + ? where process_key = ? "
                + "and activity_id = ? and agency = ? and month_start = ? and bucket = ?")
            .params(n, totalMs, processKey, activityId, agency, Date.valueOf(month), bucket).update(),
        () -> jdbc.sql("insert into sv_dash_duration (process_key, activity_id, agency, month_start, bucket, n, "
                + "total_ms) values (?, ?, ?, ?, ?, ?, ?)")
            .params(processKey, activityId, agency, Date.valueOf(month), bucket, n, totalMs).update());
  }

  public void insertWaiting(WaitingRow w) {
    jdbc.sql("insert into sv_dash_waiting (activity_instance_id, process_instance_id, process_key, activity_id, "
            + "agency, business_key, entered_at) values (?, ?, ?, ?, ?, ?, ?)")
        .params(w.activityInstanceId(), w.processInstanceId(), w.processKey(), w.activityId(), w.agency(),
            w.businessKey(), Timestamp.from(w.enteredAt()))
        .update();
  }

  public void deleteWaiting(String activityInstanceId) {
    jdbc.sql("delete from sv_dash_waiting where activity_instance_id = ?").param(activityInstanceId).update();
  }

  /** The agency a waiting step was counted under, or null when it is not waiting. */
  public String waitingAgency(String activityInstanceId) {
    return jdbc.sql("select agency from sv_dash_waiting where activity_instance_id = ?").param(activityInstanceId)
        .query(String.class).optional().orElse(null);
  }

  /** Moves a waiting step to another agency (its task's candidate groups changed). */
  public void updateWaitingAgency(String activityInstanceId, String agency) {
    jdbc.sql("update sv_dash_waiting set agency = ? where activity_instance_id = ? and agency <> ?")
        .params(agency, activityInstanceId, agency).update();
  }

  /**
   * The candidate groups of user tasks now, from the engine's history of identity links ({@code ACT_HI_IDENTITYLINK},
   * by its index on the task): every group added more often than deleted, sorted. Tasks without any are left out.
   */
  public java.util.Map<String, java.util.SortedSet<String>> candidateGroups(Collection<String> taskIds) {
    java.util.Map<String, java.util.Map<String, Integer>> balance = new java.util.HashMap<>();
    List<String> ids = taskIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    for (int from = 0; from < ids.size(); from += 500) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
      jdbc.sql("select TASK_ID_, GROUP_ID_, OPERATION_TYPE_ from ACT_HI_IDENTITYLINK where TYPE_ = 'candidate' "
              + "and GROUP_ID_ is not null and TASK_ID_ in (:ids)")
          .param("ids", chunk)
          .query(rs -> {
            balance.computeIfAbsent(rs.getString(1), k -> new java.util.HashMap<>())
                .merge(rs.getString(2), "delete".equals(rs.getString(3)) ? -1 : 1, Integer::sum);
          });
    }
    java.util.Map<String, java.util.SortedSet<String>> result = new java.util.HashMap<>();
    balance.forEach((task, groups) -> groups.forEach((group, n) -> {
      if (n > 0) {
        result.computeIfAbsent(task, k -> new java.util.TreeSet<>()).add(group);
      }
    }));
    return result;
  }

  /** Since when a step has been waiting, or null. */
  public Instant waitingSince(String activityInstanceId) {
    return jdbc.sql("select entered_at from sv_dash_waiting where activity_instance_id = ?").param(activityInstanceId)
        .query((rs, i) -> instant(rs, 1)).optional().orElse(null);
  }

  /** The start of a process instance from the engine's history row (by primary key), or null. */
  public Instant historicStart(String processInstanceId) {
    return jdbc.sql("select START_TIME_ from ACT_HI_PROCINST where ID_ = ?").param(processInstanceId)
        .query((rs, i) -> instant(rs, 1)).optional().orElse(null);
  }

  /** A case number given after its steps had started (the number is set once, at the start). */
  public void updateWaitingBusinessKey(String processInstanceId, String businessKey) {
    jdbc.sql("update sv_dash_waiting set business_key = ? where process_instance_id = ?")
        .params(businessKey, processInstanceId).update();
  }

  // --- rebuilding

  public void clear() {
    jdbc.sql("delete from sv_dash_waiting").update();
    jdbc.sql("delete from sv_dash_duration").update();
    jdbc.sql("delete from sv_dash_open").update();
    jdbc.sql("delete from sv_dash_flow").update();
  }

  public boolean isEmpty() {
    return jdbc.sql("select (select count(*) from (select 1 as one from sv_dash_flow limit 1) f) "
        + "+ (select count(*) from (select 1 as one from sv_dash_waiting limit 1) w) as n").query(Long.class)
        .single() == 0;
  }

  /** True when there are flow rows but no open counters (a model emptied in part): the counters come from flows. */
  public boolean openIsMissing() {
    return jdbc.sql("select (select count(*) from (select 1 as one from sv_dash_flow limit 1) f) "
        + "- (select count(*) from (select 1 as one from sv_dash_open limit 1) o) as n").query(Long.class)
        .single() > 0;
  }

  public boolean historyIsEmpty() {
    return jdbc.sql("select count(*) from (select 1 as one from ACT_HI_PROCINST limit 1) p").query(Long.class)
        .single() == 0;
  }

  public void insertFlows(Collection<FlowRow> rows) {
    template.batchUpdate("insert into sv_dash_flow (process_key, agency, on_day, started, completed, cancelled) "
        + "values (?, ?, ?, ?, ?, ?)", rows.stream().map(r -> new Object[] {r.processKey(), r.agency(),
            Date.valueOf(r.day()), r.started(), r.completed(), r.cancelled()}).toList());
  }

  public void insertOpen(Collection<OpenRow> rows) {
    template.batchUpdate("insert into sv_dash_open (process_key, agency, open_count) values (?, ?, ?)",
        rows.stream().map(r -> new Object[] {r.processKey(), r.agency(), r.open()}).toList());
  }

  public void insertDurations(Collection<DurationRow> rows) {
    template.batchUpdate("insert into sv_dash_duration (process_key, activity_id, agency, month_start, bucket, n, "
        + "total_ms) values (?, ?, ?, ?, ?, ?, ?)", rows.stream().map(r -> new Object[] {r.processKey(),
            r.activityId(), r.agency(), Date.valueOf(r.month()), r.bucket(), r.n(), r.totalMs()}).toList());
  }

  public void insertWaitings(Collection<WaitingRow> rows) {
    template.batchUpdate("insert into sv_dash_waiting (activity_instance_id, process_instance_id, process_key, "
        + "activity_id, agency, business_key, entered_at) values (?, ?, ?, ?, ?, ?, ?)", rows.stream()
        .map(w -> new Object[] {w.activityInstanceId(), w.processInstanceId(), w.processKey(), w.activityId(),
            w.agency(), w.businessKey(), Timestamp.from(w.enteredAt())}).toList());
  }

  /** A process instance of the engine's history, as the rebuild needs it. */
  public record HistoricProcess(String id, String processKey, Instant start, Instant end, Long durationMs,
      String state, String deleteReason) {}

  /** An activity instance of the engine's history, as the rebuild needs it (business key of open ones only). */
  public record HistoricActivity(String id, String processInstanceId, String processDefinitionId, String processKey,
      String activityId, String activityType, Instant start, Instant end, Long durationMs, String businessKey,
      String taskId) {}

  /** The next page of the engine's process instances after {@code afterId} (null: the first), by id. */
  public List<HistoricProcess> historicProcesses(String afterId, int limit) {
    return jdbc.sql("select ID_, PROC_DEF_KEY_, START_TIME_, END_TIME_, DURATION_, STATE_, DELETE_REASON_ "
            + "from ACT_HI_PROCINST "
            + (afterId == null ? "" : "where ID_ > ? ") + "order by ID_ limit ?")
        .params(afterId == null ? List.of(limit) : List.of(afterId, limit))
        .query((rs, i) -> {
          long duration = rs.getLong(5);
          Long durationMs = rs.wasNull() ? null : duration;
          return new HistoricProcess(rs.getString(1), rs.getString(2), instant(rs, 3), instant(rs, 4), durationMs,
              rs.getString(6), rs.getString(7));
        })
        .list();
  }

  /** The next page of the engine's activity instances of these types after {@code afterId}, by id. */
  public List<HistoricActivity> historicActivities(String afterId, Collection<String> types, int limit) {
    List<Object> params = new ArrayList<>(types);
    if (afterId != null) {
      params.add(afterId);
    }
    params.add(limit);
    String in = String.join(", ", types.stream().map(t -> "?").toList());
    return jdbc.sql("select a.ID_, a.PROC_INST_ID_, a.PROC_DEF_ID_, a.PROC_DEF_KEY_, a.ACT_ID_, a.ACT_TYPE_, "
            + "a.START_TIME_, a.END_TIME_, a.DURATION_, "
            + "a.TASK_ID_, case when a.END_TIME_ is null then (select p.BUSINESS_KEY_ from ACT_HI_PROCINST p "
            + "where p.ID_ = a.PROC_INST_ID_) end as business_key "
            + "from ACT_HI_ACTINST a where a.ACT_TYPE_ in (" + in + ") "
            + (afterId == null ? "" : "and a.ID_ > ? ") + "order by a.ID_ limit ?")
        .params(params)
        .query((rs, i) -> {
          long duration = rs.getLong(9);
          Long durationMs = rs.wasNull() ? null : duration;
          return new HistoricActivity(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getString(5), rs.getString(6), instant(rs, 7), instant(rs, 8), durationMs, rs.getString(11),
              rs.getString(10));
        })
        .list();
  }

  // --- reading whole tables (tests, and the comparison of the model with a rebuild)

  public List<FlowRow> allFlows() {
    return jdbc.sql("select * from sv_dash_flow order by process_key, agency, on_day").query((rs, i) -> new FlowRow(
        rs.getString("process_key"), rs.getString("agency"), rs.getDate("on_day").toLocalDate(),
        rs.getLong("started"), rs.getLong("completed"), rs.getLong("cancelled"))).list();
  }

  public List<OpenRow> allOpen() {
    return jdbc.sql("select * from sv_dash_open order by process_key, agency").query((rs, i) -> new OpenRow(
        rs.getString("process_key"), rs.getString("agency"), rs.getLong("open_count"))).list();
  }

  public List<DurationRow> allDurations() {
    return jdbc.sql("select * from sv_dash_duration order by process_key, activity_id, agency, month_start, bucket")
        .query((rs, i) -> new DurationRow(rs.getString("process_key"), rs.getString("activity_id"),
            rs.getString("agency"), rs.getDate("month_start").toLocalDate(), rs.getInt("bucket"), rs.getLong("n"),
            rs.getLong("total_ms"))).list();
  }

  public List<WaitingRow> allWaiting() {
    return jdbc.sql("select * from sv_dash_waiting order by activity_instance_id").query(this::waiting).list();
  }

  public WaitingRow waiting(ResultSet rs, int i) throws SQLException {
    return new WaitingRow(rs.getString("activity_instance_id"), rs.getString("process_instance_id"),
        rs.getString("process_key"), rs.getString("activity_id"), rs.getString("agency"),
        rs.getString("business_key"), instant(rs, "entered_at"));
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
