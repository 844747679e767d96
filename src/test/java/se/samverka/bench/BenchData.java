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
 * Clones the rows of one real open task (made by the engine and by Samverka's own listeners) into every table that
 * the measured queries read, with {@code INSERT … SELECT … FROM generate_series}. Clone {@code n} gets ids derived
 * from the template's ids and {@code n} (so the references between the cloned rows stay consistent), a creation time
 * spread over the year before the run, a due date on most tasks, a case number of its own and a candidate group:
 * every tenth clone is in the measured group, the others are spread over the groups of 199 other municipalities.
 * Columns that are not named here are copied from the template as the engine or Samverka wrote them.
 */
final class BenchData {

  static final String GROUP = "samordnare";
  static final String[] OTHER_PREFIXES = {"samordnare", "socialtjanst", "polis", "skola", "fritid"};

  /** What one real task left behind: the ids every clone is derived from. */
  record Template(String processInstanceId, String taskId, String caseId, String personId) {}

  private final DataSource dataSource;
  private final Template template;
  private final LocalDateTime base;

  BenchData(DataSource dataSource, Template template, LocalDateTime base) {
    this.dataSource = dataSource;
    this.template = template;
    this.base = base;
  }

  /** The SQL helpers the clone expressions use. */
  void createFunctions() throws SQLException {
    execute("""
        create or replace function bench_id(original text, n bigint) returns varchar language sql immutable as
        $$ select case when original is null then null else md5(original || ':' || n)::uuid::text end $$""");
    execute("""
        create or replace function bench_created(n bigint) returns timestamp language sql immutable as
        $$ select timestamp '%s' - make_interval(secs => ((n * 2654435761) %% 31536000)::double precision) $$"""
        .formatted(base));
    // Four tasks in five have a due date, between one and thirty days after creation.
    execute("""
        create or replace function bench_due(n bigint) returns timestamp language sql immutable as
        $$ select case when n % 5 = 4 then null else bench_created(n) + make_interval(days => (n % 30)::int + 1) end $$
        """);
    execute("""
        create or replace function bench_group(n bigint) returns varchar language sql immutable as
        $$ select case when n %% 10 = 0 then '%s'
                       else (array['%s'])[(n %% 5)::int + 1] || '-kommun' || lpad(((n * 31) %% 199)::text, 3, '0') end $$
        """.formatted(GROUP, String.join("','", OTHER_PREFIXES)));
    execute("""
        create or replace function bench_case_number(n bigint) returns varchar language sql immutable as
        $$ select 'SSPF-' || extract(year from bench_created(n))::int || '-' || lpad(n::text, 7, '0') $$""");
  }

  /** Adds clones {@code from..to} (inclusive) to every table; returns the rows inserted per table. */
  Map<String, Long> fill(long from, long to, boolean readModel) throws SQLException {
    Map<String, Long> inserted = new LinkedHashMap<>();
    String p = q(template.processInstanceId());
    String t = q(template.taskId());
    // Engine runtime: the instance's execution tree, the task, its candidate link and the authorizations the engine
    // made for the task. ACT_RU_VARIABLE is not read by the measured task queries (no variable filters), so it is
    // not cloned.
    inserted.put("act_ru_execution", clone("act_ru_execution", "t.proc_inst_id_ = " + p, Map.of(
        "id_", "bench_id(t.id_, g.n)",
        "proc_inst_id_", "bench_id(t.proc_inst_id_, g.n)",
        "root_proc_inst_id_", "bench_id(t.root_proc_inst_id_, g.n)",
        "parent_id_", "bench_id(t.parent_id_, g.n)",
        "act_inst_id_", "bench_id(t.act_inst_id_, g.n)",
        "business_key_", "case when t.business_key_ is null then null else bench_case_number(g.n) end"), from, to));
    inserted.put("act_ru_task", clone("act_ru_task", "t.id_ = " + t, Map.of(
        "id_", "bench_id(t.id_, g.n)",
        "execution_id_", "bench_id(t.execution_id_, g.n)",
        "proc_inst_id_", "bench_id(t.proc_inst_id_, g.n)",
        "create_time_", "bench_created(g.n)",
        "last_updated_", "bench_created(g.n)",
        "due_date_", "bench_due(g.n)"), from, to));
    inserted.put("act_ru_identitylink", clone("act_ru_identitylink", "t.task_id_ = " + t, Map.of(
        "id_", "bench_id(t.id_, g.n)",
        "task_id_", "bench_id(t.task_id_, g.n)",
        "group_id_", "case when t.group_id_ is null then null else bench_group(g.n) end"), from, to));
    inserted.put("act_ru_authorization", clone("act_ru_authorization",
        "t.resource_id_ in (" + t + ", " + p + ")", Map.of(
            "id_", "bench_id(t.id_, g.n)",
            "resource_id_", "bench_id(t.resource_id_, g.n)",
            "root_proc_inst_id_", "bench_id(t.root_proc_inst_id_, g.n)",
            "group_id_", "case when t.group_id_ is null then null else bench_group(g.n) end"), from, to));
    if (template.caseId() != null) {
      if (template.personId() != null) {
        inserted.put("person", clone("person", "t.id = " + q(template.personId()), Map.of(
            "id", "bench_id(t.id, g.n)",
            "identity_number", "case when t.identity_number is null then null else '19' || lpad(g.n::text, 10, '0') end",
            "created_at", "bench_created(g.n)"), from, to));
      }
      inserted.put("sv_case", clone("sv_case", "t.id = " + q(template.caseId()), caseColumns(Map.of(
          "person_id", "bench_id(t.person_id, g.n)",
          "process_instance_id", "bench_id(t.process_instance_id, g.n)",
          "opened_at", "bench_created(g.n)")), from, to));
      for (String table : caseTables()) {
        inserted.put(table, clone(table, "t.case_id = " + q(template.caseId()), caseColumns(Map.of()), from, to));
      }
    }
    if (readModel) {
      inserted.put("sv_task", clone("sv_task", "t.task_id = " + t, Map.of(
          "task_id", "bench_id(t.task_id, g.n)",
          "process_instance_id", "bench_id(t.process_instance_id, g.n)",
          "case_id", "bench_id(t.case_id, g.n)",
          "case_number", "case when t.case_number is null then null else bench_case_number(g.n) end",
          "work_link", "case when t.case_id is null then t.work_link"
              + " else replace(t.work_link, t.case_id, bench_id(t.case_id, g.n)) end",
          "created_at", "bench_created(g.n)",
          "due_at", "bench_due(g.n)"), from, to));
      inserted.put("sv_task_candidate", clone("sv_task_candidate", "t.task_id = " + t, Map.of(
          "task_id", "bench_id(t.task_id, g.n)",
          "group_id", "bench_group(g.n)",
          "created_at", "bench_created(g.n)",
          "due_at", "bench_due(g.n)"), from, to));
    }
    return inserted;
  }

  /** Case-store columns: ids derived per clone, the case number of the clone. */
  private static Map<String, String> caseColumns(Map<String, String> extra) {
    Map<String, String> columns = new LinkedHashMap<>(extra);
    columns.putIfAbsent("id", "bench_id(t.id, g.n)");
    columns.putIfAbsent("case_id", "bench_id(t.case_id, g.n)");
    columns.putIfAbsent("person_id", "bench_id(t.person_id, g.n)");
    columns.putIfAbsent("process_instance_id", "bench_id(t.process_instance_id, g.n)");
    columns.putIfAbsent("task_id", "bench_id(t.task_id, g.n)");
    columns.putIfAbsent("case_number", "case when t.case_number is null then null else bench_case_number(g.n) end");
    return columns;
  }

  /** Tables of the case store that hang on a case and hold rows of the template case (the access log excepted). */
  private List<String> caseTables() throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
         var rs = s.executeQuery("""
             select table_name from information_schema.columns
             where table_schema = 'public' and column_name = 'case_id'
               and table_name not in ('access_log', 'sv_task', 'sv_task_candidate')
               and table_name not like 'act_%' order by table_name""")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    List<String> withRows = new ArrayList<>();
    for (String table : tables) {
      if (count("select count(*) from " + table + " where case_id = " + q(template.caseId())) > 0) {
        withRows.add(table);
      }
    }
    return withRows;
  }

  private long clone(String table, String where, Map<String, String> overrides, long from, long to)
      throws SQLException {
    List<String> columns = columns(table);
    List<String> expressions = new ArrayList<>();
    for (String column : columns) {
      expressions.add(overrides.containsKey(column) ? overrides.get(column) : "t." + column);
    }
    String sql = "insert into " + table + " (" + String.join(", ", columns) + ") select "
        + String.join(", ", expressions) + " from " + table + " t cross join generate_series(" + from + ", " + to
        + ") as g(n) where " + where;
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      return s.executeUpdate(sql);
    }
  }

  List<String> columns(String table) throws SQLException {
    return columns(dataSource, table);
  }

  /** The columns of a table in the public schema, in their order (empty when there is no such table). */
  static List<String> columns(DataSource dataSource, String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
         var ps = c.prepareStatement("select column_name from information_schema.columns where table_schema = 'public'"
             + " and table_name = ? order by ordinal_position")) {
      ps.setString(1, table);
      try (var rs = ps.executeQuery()) {
        while (rs.next()) {
          columns.add(rs.getString(1));
        }
      }
    }
    return columns;
  }

  /** The first column of the first row, as text (null when there is none). */
  static String scalar(DataSource dataSource, String sql) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  /** A query's rows as report lines: the title, the column names, one line per row. */
  static void table(DataSource dataSource, java.util.function.Consumer<String> line, String title, String sql)
      throws SQLException {
    line.accept(title + ":");
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
      var meta = rs.getMetaData();
      List<String> names = new ArrayList<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        names.add(meta.getColumnName(i));
      }
      line.accept("  " + String.join(" | ", names));
      while (rs.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          values.add(String.valueOf(rs.getString(i)));
        }
        line.accept("  " + String.join(" | ", values));
      }
    }
  }

  boolean tableExists(String table) throws SQLException {
    return !columns(table).isEmpty();
  }

  long count(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  void execute(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  static String q(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}
