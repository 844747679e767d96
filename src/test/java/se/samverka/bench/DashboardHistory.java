package se.samverka.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Loads historic process instances of Samverka's processes into the engine's history ({@code ACT_HI_PROCINST},
 * {@code ACT_HI_ACTINST}) and, for the processes that open a case, an {@code sv_case} row and two statutory deadlines
 * each, with set-based SQL ({@code INSERT … SELECT … FROM generate_series}), a chunk of instances per round.
 * <p>
 * Every row is cloned from a row the application wrote for one real process instance (its columns as the engine
 * filled them), with these columns derived from the clone's number {@code n}:
 * <ul>
 * <li>the process: one of the deployed processes by weight ({@link Process}), its definition id and key;</li>
 * <li>ids: UUIDs derived from {@code n} (the engine's ids are UUIDs), an activity instance's id
 * {@code actId:uuid} as the engine makes them, the process instance as execution and parent;</li>
 * <li>the start: spread over five years before the run ({@code bench_dash_start});</li>
 * <li>the steps: 6 to 10 step instances of the process's own steps in the order of its model (a long process
 * sampled, a short one gone round again), each lasting between a minute and a month (log-uniform; service-like
 * tasks a few milliseconds), plus the start event and, once completed, the end event: 8 to 12 activity instances;
 * </li>
 * <li>what has not happened by the time of the run is left out: a step still running has no end (it waits), later
 * steps are not there, the instance has no end. One instance in 97 is stuck for years at its middle step; one in 41
 * is cancelled at its third step ({@code EXTERNALLY_TERMINATED}).</li>
 * </ul>
 */
final class DashboardHistory {

  /** A deployed process the history is made of, with its share of the instances (per cent) and its steps. */
  record Process(String key, String definitionId, int weight, String prefix, boolean cases, String startId,
      String startName, String endId, String endName, List<Step> steps) {}

  record Step(String id, String type, String name) {}

  static final int CHUNK = 100_000;

  private final DataSource dataSource;
  private final LocalDateTime base;
  private final String templateProcess;
  private final String templateActivity;
  private final String templateCase;

  DashboardHistory(DataSource dataSource, LocalDateTime base, String templateProcess, String templateActivity,
      String templateCase) {
    this.dataSource = dataSource;
    this.base = base;
    this.templateProcess = templateProcess;
    this.templateActivity = templateActivity;
    this.templateCase = templateCase;
  }

  /** The SQL helpers and the tables that describe the processes and steps. */
  void prepare(List<Process> processes) throws SQLException {
    execute("""
        create or replace function bench_dash_start(n bigint) returns timestamp language sql immutable as
        $$ select timestamp '%s' - make_interval(secs => ((n * 2654435761) %% 157680000)::double precision
               + (n %% 1000) / 1000.0) $$""".formatted(base));
    execute("""
        create or replace function bench_dash_pid(n bigint) returns varchar language sql immutable as
        $$ select md5('pi:' || n)::uuid::text $$""");
    execute("drop table if exists bench_dash_proc");
    execute("drop table if exists bench_dash_step");
    execute("""
        create table bench_dash_proc (p int primary key, key varchar(255), def_id varchar(64), lo int, hi int,
          nsteps int, prefix varchar(16), cases boolean, start_id varchar(255), start_name varchar(255),
          end_id varchar(255), end_name varchar(255))""");
    execute("create table bench_dash_step (p int, j int, act_id varchar(255), act_type varchar(255),"
        + " act_name varchar(255), primary key (p, j))");
    int lo = 0;
    for (int p = 0; p < processes.size(); p++) {
      Process process = processes.get(p);
      execute("insert into bench_dash_proc values (" + p + ", " + q(process.key()) + ", " + q(process.definitionId())
          + ", " + lo + ", " + (lo + process.weight()) + ", " + process.steps().size() + ", " + q(process.prefix())
          + ", " + process.cases() + ", " + q(process.startId()) + ", " + q(process.startName()) + ", "
          + q(process.endId()) + ", " + q(process.endName()) + ")");
      lo += process.weight();
      for (int j = 0; j < process.steps().size(); j++) {
        Step step = process.steps().get(j);
        execute("insert into bench_dash_step values (" + p + ", " + j + ", " + q(step.id()) + ", " + q(step.type())
            + ", " + q(step.name()) + ")");
      }
    }
    if (lo != 100) {
      throw new IllegalStateException("the weights add up to " + lo + ", not 100");
    }
    execute("drop table if exists bench_dash_timed");
    execute("drop table if exists bench_dash_inst");
    execute("""
        create unlogged table bench_dash_timed (n bigint, p int, k int, act_id varchar(255), act_type varchar(255),
          act_name varchar(255), s_at timestamp, e_at timestamp, d bigint, last boolean, cancel boolean)""");
    execute("""
        create unlogged table bench_dash_inst (n bigint primary key, p int, st timestamp, e_last timestamp,
          dur bigint, cancel boolean)""");
  }

  /**
   * The engine's secondary indexes on the two history tables, dropped for a bulk load and made again after it (one
   * sort per index instead of ten million random inserts); the primary and unique keys stay.
   */
  Map<String, String> dropHistoryIndexes() throws SQLException {
    Map<String, String> indexes = new LinkedHashMap<>();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
         var rs = s.executeQuery("""
             select indexname, indexdef from pg_indexes where tablename in ('act_hi_procinst', 'act_hi_actinst')
               and indexname not in (select conname from pg_constraint) order by indexname""")) {
      while (rs.next()) {
        indexes.put(rs.getString(1), rs.getString(2));
      }
    }
    for (String name : indexes.keySet()) {
      execute("drop index " + name);
    }
    return indexes;
  }

  void createIndexes(Map<String, String> indexes) throws SQLException {
    for (String definition : indexes.values()) {
      execute(definition);
    }
  }

  /** Clones {@code from..to} (inclusive); returns the rows added per table. */
  Map<String, Long> fill(long from, long to) throws SQLException {
    Map<String, Long> added = new LinkedHashMap<>();
    for (long a = from; a <= to; a += CHUNK) {
      long b = Math.min(to, a + CHUNK - 1);
      chunk(a, b).forEach((table, n) -> added.merge(table, n, Long::sum));
    }
    return added;
  }

  private Map<String, Long> chunk(long a, long b) throws SQLException {
    Map<String, Long> added = new LinkedHashMap<>();
    String now = "timestamp '" + base + "'";
    execute("truncate bench_dash_timed");
    execute("truncate bench_dash_inst");
    // The step instances of each clone with their times: each begins when the one before it ended.
    update("""
        insert into bench_dash_timed (n, p, k, act_id, act_type, act_name, s_at, e_at, d, last, cancel)
        select n, p, k, act_id, act_type, act_name, st + (cum - d)::double precision * interval '1 millisecond',
               st + cum::double precision * interval '1 millisecond', d, k = kmax, cancel
        from (
          select i.n, i.p, i.st, i.cancel, k.k, s.act_id, s.act_type, s.act_name, d.d,
                 sum(d.d) over (partition by i.n order by k.k) as cum,
                 case when i.cancel then 2 else i.m - 1 end as kmax
          from (select g.n, pr.p, pr.nsteps, 6 + (g.n %% 5)::int as m, bench_dash_start(g.n) as st,
                       g.n %% 41 = 0 as cancel, g.n %% 97 = 0 as stuck
                from generate_series(%d::bigint, %d::bigint) g(n)
                join bench_dash_proc pr on (g.n * 7919) %% 100 >= pr.lo and (g.n * 7919) %% 100 < pr.hi) i
          cross join lateral generate_series(0, case when i.cancel then 2 else i.m - 1 end) k(k)
          join bench_dash_step s on s.p = i.p
            and s.j = case when i.nsteps >= i.m then (k.k * i.nsteps) / i.m else k.k %% i.nsteps end
          cross join lateral (select case
              when i.stuck and k.k = i.m / 2 then 631152000000
              when s.act_type in ('serviceTask', 'sendTask', 'scriptTask', 'businessRuleTask') then (i.n + k.k) %% 40
              else round(60000 * exp(ln(43200) * (((i.n * 40503 + k.k * 9973) %% 10007) / 10007.0)))::bigint
            end as d) d
        ) x""".formatted(a, b));
    update("""
        insert into bench_dash_inst (n, p, st, e_last, dur, cancel)
        select n, min(p), min(s_at) filter (where k = 0), max(e_at) filter (where last), sum(d), bool_or(cancel)
        from bench_dash_timed group by n""");
    List<String> columns = columns("act_hi_actinst");
    // The step instances that had begun by the run.
    added.merge("act_hi_actinst", clone("act_hi_actinst", columns, Map.ofEntries(
        Map.entry("id_", "left(s.act_id, 26) || ':' || md5(s.n || ':' || s.k)::uuid"),
        Map.entry("parent_act_inst_id_", "bench_dash_pid(s.n)"),
        Map.entry("proc_def_key_", "pr.key"),
        Map.entry("proc_def_id_", "pr.def_id"),
        Map.entry("root_proc_inst_id_", "bench_dash_pid(s.n)"),
        Map.entry("proc_inst_id_", "bench_dash_pid(s.n)"),
        Map.entry("execution_id_", "bench_dash_pid(s.n)"),
        Map.entry("act_id_", "s.act_id"),
        Map.entry("task_id_", "case when s.act_type = 'userTask' then md5('t:' || s.n || ':' || s.k)::uuid::text end"),
        Map.entry("call_proc_inst_id_", "null"),
        Map.entry("call_case_inst_id_", "null"),
        Map.entry("act_name_", "s.act_name"),
        Map.entry("act_type_", "s.act_type"),
        Map.entry("assignee_", "null"),
        Map.entry("start_time_", "s.s_at"),
        Map.entry("end_time_", "case when s.e_at <= " + now + " then s.e_at end"),
        Map.entry("duration_", "case when s.e_at <= " + now + " then s.d end"),
        Map.entry("act_inst_state_", "case when s.e_at <= " + now + " and s.last and s.cancel then 2"
            + " else t.act_inst_state_ end"),
        Map.entry("sequence_counter_", "s.k + 2"),
        Map.entry("removal_time_", "null")),
        "bench_dash_timed s join bench_dash_proc pr on pr.p = s.p",
        "t.id_ = " + q(templateActivity) + " and s.s_at <= " + now), Long::sum);
    String ended = "i.e_last <= " + now;
    added.merge("act_hi_procinst", clone("act_hi_procinst", columns("act_hi_procinst"), Map.ofEntries(
        Map.entry("id_", "bench_dash_pid(i.n)"),
        Map.entry("proc_inst_id_", "bench_dash_pid(i.n)"),
        Map.entry("business_key_", "pr.prefix || '-' || extract(year from i.st)::int || '-' || lpad(i.n::text, 7, '0')"),
        Map.entry("proc_def_key_", "pr.key"),
        Map.entry("proc_def_id_", "pr.def_id"),
        Map.entry("start_time_", "i.st"),
        Map.entry("end_time_", "case when " + ended + " then i.e_last end"),
        Map.entry("removal_time_", "null"),
        Map.entry("duration_", "case when " + ended + " then i.dur end"),
        Map.entry("start_act_id_", "pr.start_id"),
        Map.entry("end_act_id_", "case when " + ended + " and not i.cancel then pr.end_id end"),
        Map.entry("root_proc_inst_id_", "bench_dash_pid(i.n)"),
        Map.entry("super_process_instance_id_", "null"),
        Map.entry("super_case_instance_id_", "null"),
        Map.entry("case_inst_id_", "null"),
        Map.entry("delete_reason_", "case when " + ended + " and i.cancel then 'Avbrutet: ärendet återkallades' end"),
        Map.entry("state_", "case when not (" + ended + ") then 'ACTIVE' when i.cancel then 'EXTERNALLY_TERMINATED'"
            + " else 'COMPLETED' end"),
        Map.entry("restarted_proc_inst_id_", "null")),
        "bench_dash_inst i join bench_dash_proc pr on pr.p = i.p", "t.id_ = " + q(templateProcess)), Long::sum);
    // The start event of every clone and the end event of those completed.
    for (boolean start : new boolean[] {true, false}) {
      added.merge("act_hi_actinst", clone("act_hi_actinst", columns, Map.ofEntries(
          Map.entry("id_", (start ? "left(pr.start_id, 26) || ':' || md5(i.n || ':s')"
              : "left(pr.end_id, 26) || ':' || md5(i.n || ':e')") + "::uuid"),
          Map.entry("parent_act_inst_id_", "bench_dash_pid(i.n)"),
          Map.entry("proc_def_key_", "pr.key"),
          Map.entry("proc_def_id_", "pr.def_id"),
          Map.entry("root_proc_inst_id_", "bench_dash_pid(i.n)"),
          Map.entry("proc_inst_id_", "bench_dash_pid(i.n)"),
          Map.entry("execution_id_", "bench_dash_pid(i.n)"),
          Map.entry("act_id_", start ? "pr.start_id" : "pr.end_id"),
          Map.entry("task_id_", "null"),
          Map.entry("call_proc_inst_id_", "null"),
          Map.entry("call_case_inst_id_", "null"),
          Map.entry("act_name_", start ? "pr.start_name" : "pr.end_name"),
          Map.entry("act_type_", start ? "'startEvent'" : "'noneEndEvent'"),
          Map.entry("assignee_", "null"),
          Map.entry("start_time_", start ? "i.st" : "i.e_last"),
          Map.entry("end_time_", start ? "i.st" : "i.e_last"),
          Map.entry("duration_", "0"),
          Map.entry("sequence_counter_", start ? "1" : "100"),
          Map.entry("removal_time_", "null")),
          "bench_dash_inst i join bench_dash_proc pr on pr.p = i.p",
          "t.id_ = " + q(templateActivity) + (start ? "" : " and " + ended + " and not i.cancel")), Long::sum);
    }
    if (templateCase != null) {
      added.merge("sv_case", clone("sv_case", columns("sv_case"), Map.ofEntries(
          Map.entry("id", "md5('c:' || i.n)::uuid::text"),
          Map.entry("person_id", "null"),
          Map.entry("process_instance_id", "bench_dash_pid(i.n)"),
          Map.entry("status", "case when " + ended + " then 'AVSLUTAT' else 'OPPET' end"),
          Map.entry("opened_at", "i.st"),
          Map.entry("closed_at", "case when " + ended + " then i.e_last end"),
          Map.entry("case_number", "pr.prefix || '-' || extract(year from i.st)::int || '-' || lpad(i.n::text, 7, '0')")),
          "bench_dash_inst i join bench_dash_proc pr on pr.p = i.p", "t.id = " + q(templateCase) + " and pr.cases"),
          Long::sum);
      // Two deadlines a case, owned by social services, its on-call service, the SSPF coordinators or the police:
      // most met in time, some late, some breached, some extended (with the reason), the recent ones open.
      added.merge("deadline", update("""
          insert into deadline (id, case_id, kind, legal_reference, owner_group, due_at, status, paused_reason, met_at,
                                breached_at, created_at)
          select md5('d:' || n || ':' || x)::uuid::text, md5('c:' || n)::uuid::text, kind, reference, grp, due,
                 case when met is not null then 'UPPFYLLD' when breached is not null then 'OVERSKRIDEN'
                      when reason is not null then 'FORLANGD' else 'OPPEN' end,
                 reason, met, breached, st
          from (
            select n, x, kind, reference, grp, due, st, reason,
                   case when met <= %1$s then met end as met, case when breached <= %1$s then breached end as breached
            from (
              select i.n, x.x, i.st,
                     case x.x when 0 then 'skyddsbedomning' else 'forhandsbedomning' end as kind,
                     case x.x when 0 then 'SoL (2025:400) 20 kap. 1 §' else 'SoL (2025:400) 20 kap. 2 §' end
                       as reference,
                     (array['socialtjanst', 'socialtjanst', 'socialtjanst', 'socialjour', 'samordnare', 'polis'])
                       [(i.n %% 6)::int + 1] as grp,
                     i.st + case when x.x = 0 then interval '1 day' else interval '14 days' end
                       + case when r.r >= 95 then interval '14 days' else interval '0 days' end as due,
                     case when r.r >= 95 then 'Synnerliga skäl: utredningen väntar på underlag från skolan' end
                       as reason,
                     case when r.r < 78 then i.st + (case when x.x = 0 then interval '1 day' else interval '14 days' end)
                                                   * ((r.r %% 10 + 1) / 12.0)
                          when r.r < 90 then i.st + case when x.x = 0 then interval '1 day' else interval '14 days' end
                                                  + (r.r - 77) * interval '1 hour' end as met,
                     case when r.r >= 78 and r.r < 95
                          then i.st + case when x.x = 0 then interval '1 day' else interval '14 days' end end
                       as breached
              from bench_dash_inst i join bench_dash_proc pr on pr.p = i.p and pr.cases
              cross join generate_series(0, 1) x(x)
              cross join lateral (select ((i.n * 31 + x.x * 17) %% 100)::int as r) r
            ) d0
          ) d""".formatted(now)), Long::sum);
    }
    return added;
  }

  /**
   * Open tasks {@code from}..{@code to} for the workload panel, straight into the task list's read model (sv_task and
   * sv_task_candidate; no engine rows, the panel reads only the model): task n has one candidate group of
   * {@code groups} (n mod their number), 3 in 10 are assigned to one of 2 000 people, 6 in 10 have a due date between
   * 30 days ago and 60 days ahead (a third of those overdue), created in the year before {@code now}.
   */
  long fillTasks(long from, long to, List<String> groups, java.time.Instant now) throws SQLException {
    String ts = "timestamp '" + java.sql.Timestamp.from(now) + "'";
    String array = "array[" + String.join(", ", groups.stream().map(BenchData::q).toList()) + "]";
    long added = update("""
        insert into sv_task (task_id, process_instance_id, process_key, task_key, name, assignee, created_at, due_at)
        select 'bench-task-' || n, 'bench-task-pi-' || n, 'orosanmalan', 'forhandsbedomning', 'Förhandsbedöm',
               case when n %% 10 < 3 then 'bench-person-' || (n %% 2000) end,
               %1$s - (n %% 365) * interval '1 day',
               case when n %% 10 < 6 then %1$s + ((n %% 90) - 30) * interval '1 day' end
          from generate_series(%2$d, %3$d) n""".formatted(ts, from, to));
    update("""
        insert into sv_task_candidate (task_id, group_id, created_at, due_at)
        select t.task_id, (%1$s)[1 + (cast(substr(t.task_id, 12) as bigint) %% %2$d)], t.created_at, t.due_at
          from sv_task t where t.task_id like 'bench-task-%%'
           and cast(substr(t.task_id, 12) as bigint) between %3$d and %4$d""".formatted(array, groups.size(), from, to));
    return added;
  }

  private long clone(String table, List<String> columns, Map<String, String> overrides, String from, String where)
      throws SQLException {
    List<String> expressions = new ArrayList<>();
    for (String column : columns) {
      expressions.add(overrides.containsKey(column) ? overrides.get(column) : "t." + column);
    }
    return update("insert into " + table + " (" + String.join(", ", columns) + ") select "
        + String.join(", ", expressions) + " from " + table + " t cross join " + from + " where " + where);
  }

  List<String> columns(String table) throws SQLException {
    return BenchData.columns(dataSource, table);
  }

  long update(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      return s.executeUpdate(sql);
    }
  }

  void execute(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  static String q(String value) {
    return value == null ? "null" : "'" + value.replace("'", "''") + "'";
  }
}
