package se.samverka.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import se.samverka.cases.CaseService;
import se.samverka.cases.Deadlines;
import se.samverka.security.Agencies;
import se.samverka.sspf.SspfSteps;
import se.samverka.tasklist.TaskFilter;
import se.samverka.tasklist.TaskList;
import se.samverka.tasklist.persistence.TaskRepository;
import se.samverka.support.BrowserSession;
import se.samverka.support.Http;
import se.samverka.support.TestPersons;

/**
 * The task-list benchmark of issue 10: the first page and the count of one group's queue at growing numbers of open
 * tasks on PostgreSQL, side by side on the same data: (a) Samverka's own task list ({@code /api/tasks}, read model),
 * (b) Camunda's REST {@code /task} + {@code /task/count} as a non-admin user with authorizations on, as Samverka runs,
 * each call capped, and (c) the same engine calls with authorizations off. Not a test: neither surefire nor failsafe
 * picks up a {@code *Benchmark} class; the Maven profile {@code bench} runs it ({@code mvn -Pbench verify}). It asserts
 * only that the answers agree (the same count on every side), never a time; the table goes to standard output and to
 * {@code target/bench/task-list-benchmark.md}.
 *
 * <p>Settings (system properties): {@code bench.sizes} (default {@code 10000,100000,1000000}), {@code bench.cap}
 * (seconds per engine call with authorizations, default 120), {@code bench.warmup} (5), {@code bench.samples} (30),
 * {@code bench.cellBudget} (seconds of measuring per cell before it stops early with fewer samples, default 300).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "samverka.demo.enabled=true",
    "samverka.demo.password=demo",
    "camunda.bpm.admin-user.id=admin",
    "camunda.bpm.admin-user.password=demo",
    "camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.metrics.db-reporter-activate=false"})
@Import({BenchPostgresConfiguration.class, Http.class})
class TaskListBenchmark {

  static final String USER = "samordnare";
  static final String GROUP = BenchData.GROUP;
  static final ObjectMapper JSON = new ObjectMapper();

  final long[] sizes = Arrays.stream(System.getProperty("bench.sizes", "10000,100000,1000000").split(","))
      .map(String::trim).mapToLong(Long::parseLong).toArray();
  final Duration cap = Duration.ofSeconds(Long.getLong("bench.cap", 120));
  final int warmup = Integer.getInteger("bench.warmup", 5);
  final int samples = Integer.getInteger("bench.samples", 100);
  final Duration cellBudget = Duration.ofSeconds(Long.getLong("bench.cellBudget", 300));
  long countCap = -1;

  @Autowired Http http;
  @Autowired DataSource dataSource;
  @Autowired ProcessEngine engine;
  @LocalServerPort int port;
  @Autowired TaskList taskList;
  @Autowired Agencies agencies;
  @Autowired TaskRepository taskRepository;
  @Autowired CaseService caseService;
  @Autowired Deadlines deadlines;

  final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  /** The coordinator logged in through the login page, as a browser: the queue page is read with the session. */
  BrowserSession browser;
  final StringBuilder report = new StringBuilder();

  @Test
  void measuresTheGroupQueueOnTheReadModelAndOnTheEngine() throws Exception {
    LocalDateTime base = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    BenchData.Template template = template();
    BenchData data = new BenchData(dataSource, template, base);
    data.createFunctions();
    data.execute("create table if not exists bench_commit_floor(id bigserial primary key, at timestamp)");
    boolean readModel = data.tableExists("sv_task") && data.tableExists("sv_task_candidate");

    line("# Task-list benchmark (raw output)");
    line("");
    line("PostgreSQL: " + scalar("select version()"));
    line("Settings: shared_buffers " + BenchPostgresConfiguration.SHARED_BUFFERS + ", work_mem "
        + BenchPostgresConfiguration.WORK_MEM + "; cap per engine call " + cap.toSeconds() + " s; " + warmup
        + " warm-up + up to " + samples + " measured requests per cell, at most " + cellBudget.toSeconds()
        + " s of measuring per cell.");
    line("Read model (sv_task, sv_task_candidate): " + (readModel ? "present" : "MISSING (branch tasks not merged)"));
    line("");
    describeTemplate(template, readModel);

    long filled = 0;
    long templates = data.count("select count(*) from act_ru_task");
    List<Row> rows = new ArrayList<>();
    for (long size : sizes) {
      long clones = size - templates;
      long started = System.nanoTime();
      durability(false);
      Map<String, Long> inserted = data.fill(filled + 1, clones, readModel);
      filled = clones;
      long loaded = System.nanoTime();
      data.execute("vacuum analyze");
      durability(true);
      long analyzed = System.nanoTime();
      long open = data.count("select count(*) from act_ru_task");
      long inGroup = data.count("select count(distinct t.id_) from act_ru_task t join act_ru_identitylink i"
          + " on i.task_id_ = t.id_ where i.type_ = 'candidate' and i.group_id_ = '" + GROUP + "' and t.assignee_ is null");
      line("## " + open + " open tasks (" + inGroup + " in the queue of " + GROUP + ")");
      line("");
      line("Loaded in %.0f s, VACUUM ANALYZE in %.0f s; rows added: %s; database size %s.".formatted(
          (loaded - started) / 1e9, (analyzed - loaded) / 1e9, inserted, scalar(
              "select pg_size_pretty(pg_database_size(current_database()))")));
      line("Durability while measuring: fsync " + scalar("show fsync") + ", synchronous_commit "
          + scalar("show synchronous_commit") + ", full_page_writes " + scalar("show full_page_writes") + ".");
      line("");

      Row row = new Row(open, inGroup);
      setAuthorization(true);
      if (readModel) {
        Object target = AopTestUtils.getTargetObject(taskList);
        int shippedCap = taskList.countCap();
        countCap = shippedCap;
        if (rows.isEmpty()) {
          warmUp(row);
        }
        row.samverka = measure("samverka list", () -> samverkaList(row, false));
        row.page = measure("samverka queue page, logged in", () -> queuePage(row));
        row.counts = measure("samverka counts", () -> samverkaCounts(row));
        row.samverkaInProcess = measure("samverka TaskList.list in process", this::samverkaInProcess);
        row.floor = measure("floor: GET /engine-rest/version", this::floor);
        row.commit = measure("floor: one durable commit", this::durableCommit);
        row.staticFloor = measure("floor: a static file without login", this::staticFloor);
        breakdown();
        // The same list with its count made exact (the cap lifted above any queue), to show what the cap saves.
        ReflectionTestUtils.setField(target, "cap", Integer.MAX_VALUE - 1);
        try {
          row.samverkaExact = measure("samverka list, exact count", () -> samverkaList(row, true));
        } finally {
          ReflectionTestUtils.setField(target, "cap", shippedCap);
        }
        explainReadModel();
      }
      setAuthorization(false);
      row.engineOff = measurePair("engine, authorizations off", false);
      row.engineCountOff = lastCount;
      row.engineInProcess = measure("engine TaskQuery in process, authorizations off", this::engineInProcess);
      setAuthorization(true);
      row.engineOn = measurePair("engine, authorizations on", true);
      row.engineCountOn = lastCount;
      rows.add(row);
      line(row.detail());
      checkAgreement(row);
    }
    line("## Summary (milliseconds, client side, one request pair = first page + count)");
    line("");
    line(Row.HEADER);
    rows.forEach(r -> line(r.summary()));
    line("");
    line("In the JVM, without HTTP and login (milliseconds):");
    line("");
    line(Row.IN_PROCESS_HEADER);
    rows.forEach(r -> line(r.inProcess()));
    line("");
    goals(rows);
    Path out = Path.of("target", "bench", "task-list-benchmark.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report, StandardCharsets.UTF_8);
    System.out.println(report);
  }

  // --- data -------------------------------------------------------------------------------------------------------

  /** One real SSPF referral from the school: its first task, the coordinator's assessment, is the template. */
  BenchData.Template template() throws SQLException {
    // /engine-rest is closed to caseworkers. To measure the engine as the same non-admin user, the coordinator is
    // also made an integration account for the run: that group passes the door and grants no task in the engine.
    if (engine.getIdentityService().createUserQuery().userId(USER).memberOfGroup("integration").count() == 0) {
      engine.getIdentityService().createMembership(USER, "integration");
    }
    String instance = new SspfSteps(http).refer("skola",
        SspfSteps.referral(TestPersons.identityNumber(14), "Mall", "Aktualisering för mätningen."));
    var tasks = engine.getTaskService().createTaskQuery().processInstanceId(instance).list();
    assertThat(tasks).as("the referral's open tasks").hasSize(1);
    String taskId = tasks.get(0).getId();
    Object caseId = engine.getRuntimeService().getVariable(instance, "caseId");
    String personId = caseId == null ? null
        : scalar("select person_id from sv_case where id = " + BenchData.q(caseId.toString()));
    return new BenchData.Template(instance, taskId, caseId == null ? null : caseId.toString(), personId);
  }

  void describeTemplate(BenchData.Template template, boolean readModel) throws SQLException {
    line("## The template: what one real open task left in the database");
    line("");
    line("An SSPF referral submitted by `skola` through `/engine-rest/process-definition/key/sspf-arende/submit-form`;"
        + " its open task `" + scalar("select task_def_key_ || ' / ' || name_ from act_ru_task where id_ = "
        + BenchData.q(template.taskId())) + "`.");
    line("");
    line("```");
    table("act_ru_execution rows of the instance", "select id_ = proc_inst_id_ as is_instance, act_id_, is_active_,"
        + " is_scope_, business_key_ from act_ru_execution where proc_inst_id_ = " + BenchData.q(template.processInstanceId()));
    table("act_ru_identitylink rows of the task", "select type_, group_id_, user_id_ from act_ru_identitylink"
        + " where task_id_ = " + BenchData.q(template.taskId()));
    table("act_ru_authorization rows on the task or the instance", "select type_, group_id_, user_id_, resource_type_,"
        + " resource_id_ = " + BenchData.q(template.taskId()) + " as on_task, perms_ from act_ru_authorization"
        + " where resource_id_ in (" + BenchData.q(template.taskId()) + ", " + BenchData.q(template.processInstanceId())
        + ")");
    table("act_ru_variable rows of the instance (not cloned: the measured queries do not read them)",
        "select count(*) from act_ru_variable where proc_inst_id_ = " + BenchData.q(template.processInstanceId()));
    if (readModel) {
      table("sv_task", "select * from sv_task where task_id = " + BenchData.q(template.taskId()));
      table("sv_task_candidate", "select * from sv_task_candidate where task_id = " + BenchData.q(template.taskId()));
    }
    line("```");
    line("");
  }

  // --- requests ---------------------------------------------------------------------------------------------------

  long lastCount = -1;

  interface Call {
    double run() throws Exception;
  }

  /** Samverka's first page, which carries the count. */
  double samverkaList(Row row, boolean exact) throws Exception {
    long start = System.nanoTime();
    var response = get("/api/tasks?queue=" + GROUP + "&page=0&size=25", Duration.ofSeconds(60));
    double ms = (System.nanoTime() - start) / 1e6;
    assertThat(response.status).as(response.body).isEqualTo(200);
    JsonNode json = JSON.readTree(response.body);
    if (exact) {
      row.samverkaExactTotal = json.path("total").asLong(-1);
      assertThat(json.path("totalIsLowerBound").asBoolean(true)).isFalse();
    } else {
      row.samverkaTotal = json.path("total").asLong(-1);
      row.samverkaLowerBound = json.path("totalIsLowerBound").asBoolean(false);
    }
    assertThat(json.path("items").size()).isEqualTo(25);
    row.sampleItem = json.path("items").get(0).toString();
    return ms;
  }

  /**
   * The queue as the coordinator sees it: the page {@code /uppgifter/grupp/samordnare} (first 25 tasks, the count, and
   * the navigation's counts of every queue of the user), read with the session of a login through the login page.
   */
  double queuePage(Row row) throws Exception {
    if (browser == null) {
      browser = new BrowserSession(http);
      assertThat(browser.login(USER, Http.PASSWORD).statusCode()).as("login").isEqualTo(302);
    }
    long start = System.nanoTime();
    var response = browser.get("/uppgifter/grupp/" + GROUP);
    double ms = (System.nanoTime() - start) / 1e6;
    assertThat(response.statusCode()).as("queue page").isEqualTo(200);
    assertThat(response.body()).contains("SSPF-");
    row.pageBytes = response.body().length();
    return ms;
  }

  /**
   * Full-page writes for what follows: off for a bulk load, on (the default) while measuring. {@code fsync} and
   * {@code synchronous_commit} are on throughout ({@link BenchPostgresConfiguration}), so that the access-log rows
   * Samverka writes for the names it shows are committed as in production.
   */
  void durability(boolean on) throws SQLException {
    String value = on ? "on" : "off";
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      c.setAutoCommit(true);
      s.execute("alter system set full_page_writes = " + value);
      s.execute("select pg_reload_conf()");
      // The server passes the reload on to each connection asynchronously: wait (at most 10 s) until one sees it.
      for (int i = 0; i < 200 && !value.equals(scalar("show full_page_writes")); i++) {
        s.execute("select pg_sleep(0.05)");
      }
      if (on) {
        s.execute("checkpoint");
      }
    }
  }

  double samverkaCounts(Row row) throws Exception {
    long start = System.nanoTime();
    var response = get("/api/tasks/counts", Duration.ofSeconds(60));
    double ms = (System.nanoTime() - start) / 1e6;
    assertThat(response.status).as(response.body).isEqualTo(200);
    JsonNode json = JSON.readTree(response.body);
    row.startPageCount = json.path("groups").path(GROUP).asLong(-1);
    row.startPageLowerBound = false;
    json.path("lowerBound").forEach(g -> row.startPageLowerBound |= GROUP.equals(g.asText()));
    return ms;
  }

  /** Samverka's list service called in the JVM as the same user: the list without HTTP and login. */
  double samverkaInProcess() {
    engine.getIdentityService().setAuthentication(USER, List.of(GROUP));
    try {
      long start = System.nanoTime();
      var page = taskList.list(agencies.requireCurrent(),
          TaskFilter.parse(GROUP, null, null, null, null, null, null, null, "0", "25"));
      double ms = (System.nanoTime() - start) / 1e6;
      assertThat(page.items()).hasSize(25);
      return ms;
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** The cost of any authenticated API request: HTTP, Basic login against the engine's identity tables, filters. */
  double floor() throws Exception {
    long start = System.nanoTime();
    var response = get("/engine-rest/version", Duration.ofSeconds(60));
    double ms = (System.nanoTime() - start) / 1e6;
    assertThat(response.status).as(response.body).isEqualTo(200);
    return ms;
  }

  /** The floor of any HTTP request on this machine: a static file, no login, no database. */
  double staticFloor() throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/css/samverka.css"))
        .timeout(Duration.ofSeconds(60)).GET().build();
    long start = System.nanoTime();
    var response = client.send(request, BodyHandlers.ofString());
    double ms = (System.nanoTime() - start) / 1e6;
    assertThat(response.statusCode()).isEqualTo(200);
    return ms;
  }

  /**
   * The other floor: one row inserted and committed as durably as the access log's rows are (fsync and
   * synchronous_commit on), through the application's own connection pool. Every list that shows a name writes its
   * read to the log in such a commit before it answers.
   */
  double durableCommit() throws SQLException {
    long start = System.nanoTime();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      c.setAutoCommit(true);
      s.executeUpdate("insert into bench_commit_floor(at) values (now())");
    }
    return (System.nanoTime() - start) / 1e6;
  }

  /** Where TaskList.list spends its time: each of its queries in the JVM as the same user, p50 / p95. */
  void breakdown() {
    String[] steps = {"countUpTo (capped count)", "page (first 25)", "CaseService.visibleNames (25 cases)",
        "Deadlines.statesOf (25 cases)", "TaskRepository.candidatesOf (25 tasks)"};
    List<List<Double>> times = new ArrayList<>();
    for (int i = 0; i < steps.length; i++) {
      times.add(new ArrayList<>());
    }
    var selection = new TaskRepository.Selection(GROUP, null, null, null, null, null, null, false);
    engine.getIdentityService().setAuthentication(USER, List.of(GROUP));
    try {
      for (int i = 0; i < warmup + samples; i++) {
        long t0 = System.nanoTime();
        taskRepository.countUpTo(selection, taskList.countCap());
        long t1 = System.nanoTime();
        var rows = taskRepository.page(selection, 0, 25);
        long t2 = System.nanoTime();
        List<String> caseIds = rows.stream().map(TaskRepository.TaskRow::caseId).toList();
        caseService.visibleNames(caseIds);
        long t3 = System.nanoTime();
        deadlines.statesOf(caseIds, taskList.atRisk());
        long t4 = System.nanoTime();
        taskRepository.candidatesOf(rows.stream().map(TaskRepository.TaskRow::taskId).toList());
        long t5 = System.nanoTime();
        if (i >= warmup) {
          long[] marks = {t0, t1, t2, t3, t4, t5};
          for (int k = 0; k < steps.length; k++) {
            times.get(k).add((marks[k + 1] - marks[k]) / 1e6);
          }
        }
      }
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    Cell stats = new Cell("breakdown");
    StringBuilder text = new StringBuilder("TaskList.list's parts in the JVM, p50 / p95 ms:");
    for (int k = 0; k < steps.length; k++) {
      text.append(String.format(Locale.ROOT, " %s %.2f / %.2f;", steps[k], stats.p(50, times.get(k)),
          stats.p(95, times.get(k))));
    }
    line(text.toString());
    line("");
  }

  /** The engine's task query in the JVM (authorizations off): first page + count without HTTP and login. */
  double engineInProcess() {
    long start = System.nanoTime();
    var query = engine.getTaskService().createTaskQuery().taskCandidateGroup(GROUP);
    var page = query.listPage(0, 25);
    long count = engine.getTaskService().createTaskQuery().taskCandidateGroup(GROUP).count();
    double ms = (System.nanoTime() - start) / 1e6;
    assertThat(page).hasSize(25);
    assertThat(count).isPositive();
    return ms;
  }

  /** Before the first measured cell: the JIT and the pools warmed on every kind of request, unmeasured. */
  void warmUp(Row row) throws Exception {
    setAuthorization(false);
    for (int i = 0; i < 100; i++) {
      samverkaList(row, false);
      queuePage(row);
      samverkaCounts(row);
      samverkaInProcess();
      engineInProcess();
      engineCall("/engine-rest/task?candidateGroup=" + GROUP + "&firstResult=0&maxResults=25", false);
      engineCall("/engine-rest/task/count?candidateGroup=" + GROUP, false);
    }
    setAuthorization(true);
  }

  record Answer(int status, String body) {}

  Answer get(String path, Duration timeout) throws IOException, InterruptedException {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(timeout)
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((USER + ":" + Http.PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .GET().build();
    var response = client.send(request, BodyHandlers.ofString());
    return new Answer(response.statusCode(), response.body());
  }

  /** One engine call, or null when it did not finish within the cap (its query is then cancelled). */
  Double engineCall(String path, boolean capped) throws Exception {
    long start = System.nanoTime();
    try {
      var response = get(path, capped ? cap : Duration.ofMinutes(30));
      double ms = (System.nanoTime() - start) / 1e6;
      assertThat(response.status).as(response.body).isEqualTo(200);
      if (path.contains("/task/count")) {
        lastCount = JSON.readTree(response.body).path("count").asLong(-1);
      } else {
        assertThat(JSON.readTree(response.body).size()).isEqualTo(25);
      }
      return ms;
    } catch (HttpTimeoutException e) {
      cancelEngineQueries();
      return null;
    }
  }

  void cancelEngineQueries() throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("select pg_cancel_backend(pid) from pg_stat_activity where state = 'active'"
          + " and pid <> pg_backend_pid() and query ilike '%act_ru_task%'");
    }
  }

  // --- measuring --------------------------------------------------------------------------------------------------

  /** A cell of Samverka requests: warm-up, then measured requests until the count or the cell's time is reached. */
  Cell measure(String label, Call call) throws Exception {
    Cell cell = new Cell(label);
    long budgetEnd = System.nanoTime() + cellBudget.toNanos();
    for (int i = 0; i < warmup; i++) {
      call.run();
    }
    for (int i = 0; i < samples && (i == 0 || System.nanoTime() < budgetEnd); i++) {
      cell.pair.add(call.run());
    }
    return cell;
  }

  /** A cell of engine request pairs (first page, then count). */
  Cell measurePair(String label, boolean capped) throws Exception {
    Cell cell = new Cell(label);
    lastCount = -1;
    String list = "/engine-rest/task?candidateGroup=" + GROUP + "&firstResult=0&maxResults=25";
    String count = "/engine-rest/task/count?candidateGroup=" + GROUP;
    long cellStart = System.nanoTime();
    int warm = 0;
    while (warm < warmup && (warm == 0 || System.nanoTime() - cellStart < cellBudget.toNanos() / 5)) {
      Double l = engineCall(list, capped);
      Double c = engineCall(count, capped);
      warm++;
      if (l == null || c == null) {
        cell.listUnfinished |= l == null;
        cell.countUnfinished |= c == null;
        cell.warmupOnly = true;
        // What did finish at that first request is kept, so the report says how long it took.
        if (l != null) {
          cell.list.add(l);
        }
        if (c != null) {
          cell.count.add(c);
        }
        return cell;
      }
    }
    long budgetEnd = System.nanoTime() + cellBudget.toNanos();
    for (int i = 0; i < samples && (i == 0 || System.nanoTime() < budgetEnd); i++) {
      Double l = engineCall(list, capped);
      Double c = engineCall(count, capped);
      if (l == null || c == null) {
        cell.listUnfinished |= l == null;
        cell.countUnfinished |= c == null;
        break;
      }
      cell.list.add(l);
      cell.count.add(c);
      cell.pair.add(l + c);
    }
    return cell;
  }

  void setAuthorization(boolean enabled) {
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).setAuthorizationEnabled(enabled);
  }

  // --- plans ------------------------------------------------------------------------------------------------------

  /** The read model's queries, as the task list issues them, with their plans. */
  void explainReadModel() throws SQLException {
    for (var query : ReadModelQueries.forGroup(GROUP, countCap).entrySet()) {
      line("```");
      line("-- " + query.getKey());
      line("EXPLAIN (ANALYZE, BUFFERS) " + query.getValue());
      try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
        s.executeQuery(query.getValue()).close();
        try (var rs = s.executeQuery("explain (analyze, buffers) " + query.getValue())) {
          while (rs.next()) {
            line(rs.getString(1));
          }
        }
      }
      line("```");
      line("");
    }
  }

  // --- checks and report ------------------------------------------------------------------------------------------

  void checkAgreement(Row row) {
    assertThat(row.engineCountOff).as("engine count without authorizations").isEqualTo(row.inGroup);
    if (row.engineCountOn >= 0 && !row.engineOn.warmupOnly) {
      assertThat(row.engineCountOn).as("engine count with authorizations").isEqualTo(row.inGroup);
    }
    if (row.samverka != null && !row.samverkaLowerBound) {
      assertThat(row.samverkaTotal).as("Samverka's total").isEqualTo(row.inGroup);
    }
    if (row.samverkaExact != null) {
      assertThat(row.samverkaExactTotal).as("Samverka's exact total").isEqualTo(row.inGroup);
    }
    if (row.counts != null) {
      if (row.startPageLowerBound) {
        assertThat(row.startPageCount).as("start page count, capped").isEqualTo(countCap);
        assertThat(row.inGroup).isGreaterThan(countCap);
      } else {
        assertThat(row.startPageCount).as("start page count").isEqualTo(row.inGroup);
      }
    }
    if (row.samverka != null && row.samverkaLowerBound) {
      assertThat(row.samverkaTotal).as("Samverka's total, capped").isEqualTo(countCap);
      assertThat(row.inGroup).isGreaterThan(countCap);
    }
  }

  void goals(List<Row> rows) {
    line("## Goals");
    line("");
    if (rows.isEmpty() || rows.get(0).samverka == null) {
      line("- Not checked: the read model (branch `tasks`) is missing, so there is no Samverka figure.");
      return;
    }
    for (Row r : rows) {
      double s = r.samverka.p(95, r.samverka.pair);
      double c = r.engineOff.p(95, r.engineOff.pair);
      line("- %d open tasks: Samverka p95 %.1f ms ≤ 1/10 of the engine without authorizations (%.1f ms / 10 = %.1f ms):"
          .formatted(r.open, s, c, c / 10) + (s <= c / 10 ? " **met**" : " **not met**"));
      double page = r.page.p(95, r.page.pair);
      line("  - the queue page with a session: p95 %.1f ms:".formatted(page)
          + (page <= c / 10 ? " **met**" : " **not met**"));
      line(("  - the floors on this machine: a static file without login p50 %.1f / p95 %.1f ms; an authenticated request"
          + " that does nothing (GET /engine-rest/version) p50 %.1f / p95 %.1f ms; one durable commit (as the access"
          + " log's) p50 %.1f / p95 %.1f ms").formatted(r.staticFloor.p(50, r.staticFloor.pair),
          r.staticFloor.p(95, r.staticFloor.pair), r.floor.p(50, r.floor.pair), r.floor.p(95, r.floor.pair),
          r.commit.p(50, r.commit.pair), r.commit.p(95, r.commit.pair)));
    }
    for (Row r : rows) {
      double s = r.samverkaInProcess.p(95, r.samverkaInProcess.pair);
      double c = r.engineInProcess.p(95, r.engineInProcess.pair);
      line("- (in the JVM, for comparison) %d open tasks: TaskList.list p95 %.2f ms vs the engine's TaskQuery without"
          .formatted(r.open, s) + " authorizations p95 %.2f ms (1/10: %.2f ms):".formatted(c, c / 10)
          + (s <= c / 10 ? " within" : " not within"));
    }
    Row first = rows.get(0);
    Row last = rows.get(rows.size() - 1);
    double s0 = first.samverka.p(95, first.samverka.pair);
    double s1 = last.samverka.p(95, last.samverka.pair);
    line("- p95 at %d ≤ 2 × p95 at %d (%.1f ms vs 2 × %.1f = %.1f ms):".formatted(last.open, first.open, s1, s0,
        2 * s0) + (s1 <= 2 * s0 ? " **met**" : " **not met**"));
    double g0 = first.page.p(95, first.page.pair);
    double g1 = last.page.p(95, last.page.pair);
    line("  - the queue page with a session (%.1f ms vs 2 × %.1f = %.1f ms):".formatted(g1, g0, 2 * g0)
        + (g1 <= 2 * g0 ? " **met**" : " **not met**"));
  }

  void line(String text) {
    report.append(text).append('\n');
    System.out.println(text);
  }

  String scalar(String sql) throws SQLException {
    return BenchData.scalar(dataSource, sql);
  }

  void table(String title, String sql) throws SQLException {
    BenchData.table(dataSource, this::line, title, sql);
  }

  static final class Cell {
    final String label;
    final List<Double> list = new ArrayList<>();
    final List<Double> count = new ArrayList<>();
    final List<Double> pair = new ArrayList<>();
    boolean listUnfinished;
    boolean countUnfinished;
    boolean warmupOnly;

    Cell(String label) {
      this.label = label;
    }

    double p(int percentile, List<Double> values) {
      if (values.isEmpty()) {
        return Double.NaN;
      }
      List<Double> sorted = values.stream().sorted().toList();
      int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
      return sorted.get(Math.max(0, rank - 1));
    }

    String stats(List<Double> values) {
      if (values.isEmpty()) {
        return "–";
      }
      return String.format(Locale.ROOT, "%.1f / %.1f / %.1f", p(50, values), p(95, values), p(100, values));
    }

    String summary() {
      String unfinished = listUnfinished || countUnfinished
          ? " (" + (listUnfinished ? "page" : "") + (listUnfinished && countUnfinished ? " and " : "")
              + (countUnfinished ? "count" : "") + " did not finish within the cap"
              + (warmupOnly ? ", at the first request" : " after " + pair.size() + " measured") + ")"
          : "";
      return stats(pair) + " (n=" + pair.size() + ")" + unfinished;
    }
  }

  static final class Row {
    static final String IN_PROCESS_HEADER = "| open tasks | Samverka TaskList.list p50/p95/max"
        + " | engine TaskQuery page + count, authz off p50/p95/max |\n|---:|---|---|";
    static final String HEADER = "| open tasks | in queue | Samverka /api/tasks (Basic) p50/p95/max"
        + " | Samverka queue page (session) p50/p95/max"
        + " | same, count made exact p50/p95/max | start page counts p50/p95/max"
        + " | engine, authz off: pair p50/p95/max | engine, authz on (non-admin): pair p50/p95/max |\n"
        + "|---:|---:|---|---|---|---|---|---|";
    final long open;
    final long inGroup;
    Cell samverka;
    Cell page;
    int pageBytes;
    Cell samverkaExact;
    Cell samverkaInProcess;
    Cell floor;
    Cell commit;
    Cell staticFloor;
    Cell engineInProcess;
    long samverkaExactTotal = -1;
    String sampleItem;
    Cell counts;
    Cell engineOff;
    Cell engineOn;
    long samverkaTotal = -1;
    boolean samverkaLowerBound;
    long startPageCount = -1;
    boolean startPageLowerBound;
    long engineCountOff = -1;
    long engineCountOn = -1;

    Row(long open, long inGroup) {
      this.open = open;
      this.inGroup = inGroup;
    }

    String summary() {
      return "| " + open + " | " + inGroup + " | " + (samverka == null ? "not available" : samverka.summary())
          + " | " + (page == null ? "not available" : page.summary())
          + " | " + (samverkaExact == null ? "not available" : samverkaExact.summary()) + " | " + (counts == null ? "not available" : counts.summary()) + " | " + engineOff.summary() + " | "
          + engineOn.summary() + " |";
    }

    String inProcess() {
      return "| " + open + " | " + (samverkaInProcess == null ? "not available" : samverkaInProcess.summary()) + " | "
          + engineInProcess.summary() + " |";
    }

    String detail() {
      return "Engine in process (TaskQuery listPage + count, authorizations off): " + engineInProcess.summary() + "\n"
          + "Engine without authorizations: page " + engineOff.stats(engineOff.list) + ", count "
          + engineOff.stats(engineOff.count) + " (count " + engineCountOff + ")\n"
          + "Engine with authorizations: page " + engineOn.stats(engineOn.list) + ", count "
          + engineOn.stats(engineOn.count) + " (count " + engineCountOn + ")" + engineOn.summary() + "\n"
          + (samverka == null ? "" : "Samverka: list " + samverka.summary() + " (total " + samverkaTotal
              + (samverkaLowerBound ? ", lower bound" : "") + "), with exact count " + samverkaExact.summary()
              + " (total " + samverkaExactTotal + "), queue page with a session " + page.summary() + " ("
              + pageBytes + " characters), in process (TaskList.list) " + samverkaInProcess.summary()
              + ", floor (GET /engine-rest/version) " + floor.summary() + ", one durable commit " + commit.summary()
              + ", a static file without login " + staticFloor.summary()
              + ", start page counts " + counts.summary()
              + " (" + GROUP + ": " + startPageCount + (startPageLowerBound ? ", lower bound" : "") + ")\n"
              + "First item of Samverka's first page: " + sampleItem + "\n");
    }
  }
}
