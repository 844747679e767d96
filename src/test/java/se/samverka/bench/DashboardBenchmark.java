package se.samverka.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import se.samverka.dashboard.DashboardPanels;
import se.samverka.dashboard.DashboardQueries;
import se.samverka.dashboard.DashboardReadModel;
import se.samverka.dashboard.DashboardRebuild;
import se.samverka.workflow.EngineClock;
import se.samverka.dashboard.DashboardSettings;
import se.samverka.dashboard.DashboardViewer;
import se.samverka.dashboard.DurationHistogram;
import se.samverka.security.Agencies;
import se.samverka.sspf.SspfSteps;
import se.samverka.support.BrowserSession;
import se.samverka.support.Http;
import se.samverka.support.TestPersons;

/**
 * The dashboards' benchmark of issue 11: each panel's figures from the read models ({@code sv_dash_*}, V29 and V33,
 * through {@link DashboardQueries} and {@link DashboardPanels}) side by side with the straightforward query over the engine's
 * history ({@code ACT_HI_PROCINST}, {@code ACT_HI_ACTINST}) that computes the same figures, at growing numbers of
 * historic process instances (default 10⁴, 10⁵, 10⁶) on PostgreSQL; and the page {@code /oversikt} and a process
 * picture over HTTP with a logged-in session. Not a test: the Maven profile {@code bench} runs it
 * ({@code mvn -Pbench verify -Dit.test=DashboardBenchmark}). It asserts only that both sides give the same figures
 * (counts equal, percentiles in the same bucket of {@link DurationHistogram}), never a time; the report goes to
 * standard output and to {@code target/bench/dashboard-benchmark.md}.
 * <p>
 * The history is loaded with set-based SQL ({@link DashboardHistory}); the read models are then filled by
 * {@link DashboardRebuild} from that history, as an existing database would be, and the rebuild's time is reported.
 *
 * <p>Settings (system properties): {@code bench.sizes} (default {@code 10000,100000,1000000}), {@code bench.warmup}
 * (5), {@code bench.samples} (30), {@code bench.cellBudget} (seconds of measuring per cell before it stops early with
 * fewer samples, default 120), {@code bench.experiment} ({@code true}: after the measurements at each size, add the
 * indexes of {@link #EXPERIMENT_INDEXES} to the history and measure the straightforward queries again, and measure the
 * slower read-model queries as they are and as a changed model would answer them ({@link #modelExperiment}): labelled
 * experiments, dropped afterwards, not part of the application).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "samverka.demo.enabled=true",
    "samverka.demo.password=demo",
    "camunda.bpm.admin-user.id=admin",
    "camunda.bpm.admin-user.password=demo",
    "camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.metrics.db-reporter-activate=false"})
@Import({BenchPostgresConfiguration.class, Http.class})
class DashboardBenchmark {

  /** The processes of the history and their shares (per cent) and case-number prefixes; cases: opens a case. */
  static final List<Object[]> SHARES = List.of(
      new Object[] {"orosanmalan", 35, "ORO", true},
      new Object[] {"sspf-arende", 25, "SSPF", true},
      new Object[] {"linkopingsmodellen", 10, "HBL", true},
      new Object[] {"strangnasmodellen", 10, "HBS", true},
      new Object[] {"alkoholtillsyn", 8, "ALK", false},
      new Object[] {"restaurangrapport", 7, "REST", false},
      new Object[] {"tillsynsplan", 2, "PLAN", false},
      new Object[] {"aas-ar", 1, "AAS", false},
      new Object[] {"kmk-ar", 1, "KMK", false},
      new Object[] {"sspf-styrgrupp", 1, "STYR", false});
  /** The process whose picture is measured: where SSPF cases wait (the question). */
  static final String PICTURE = "sspf-arende";
  static final String STEP_TYPES = String.join(", ",
      new TreeSet<>(DashboardReadModel.STEP_TYPES).stream().map(t -> "'" + t + "'").toList());
  /** The measured experiment (bench.experiment=true): indexes that serve the straightforward queries. */
  static final List<String> EXPERIMENT_INDEXES = List.of(
      "create index bench_hi_pi_end_key_dur on act_hi_procinst (end_time_, proc_def_key_, duration_, state_)",
      "create index bench_hi_ai_end_key_act_dur on act_hi_actinst (end_time_, proc_def_key_, act_id_, act_type_,"
          + " duration_)",
      "create index bench_hi_ai_open on act_hi_actinst (proc_def_key_, act_id_, start_time_, id_)"
          + " where end_time_ is null");

  final long[] sizes = Arrays.stream(System.getProperty("bench.sizes", "10000,100000,1000000").split(","))
      .map(String::trim).mapToLong(Long::parseLong).toArray();
  final int warmup = Integer.getInteger("bench.warmup", 5);
  final int samples = Integer.getInteger("bench.samples", 30);
  final Duration cellBudget = Duration.ofSeconds(Long.getLong("bench.cellBudget", 120));
  final boolean experiment = Boolean.getBoolean("bench.experiment");

  @Autowired Http http;
  @Autowired DataSource dataSource;
  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repository;
  @Autowired DashboardQueries queries;
  @Autowired DashboardPanels panels;
  @Autowired DashboardRebuild rebuild;
  @Autowired se.samverka.cases.DeadlineStatistics deadlineStatistics;
  @Autowired DashboardSettings settings;
  @Autowired Agencies agencies;
  @Autowired se.samverka.tasklist.persistence.TaskRepository taskRepository;
  @Autowired se.samverka.followup.report.ReportCompiler reportCompiler;

  final StringBuilder report = new StringBuilder();
  final Map<String, BrowserSession> sessions = new HashMap<>();

  /** The months measured: the pages' default, the last twelve ending with the current month. */
  final YearMonth to = YearMonth.now();
  final YearMonth from = to.minusMonths(11);

  @Test
  void measuresEachPanelOnTheReadModelsAndOnTheEnginesHistory() throws Exception {
    LocalDateTime base = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    line("# Dashboard benchmark (raw output)");
    line("");
    line("PostgreSQL: " + scalar("select version()"));
    line("Settings: shared_buffers " + BenchPostgresConfiguration.SHARED_BUFFERS + ", work_mem "
        + BenchPostgresConfiguration.WORK_MEM + "; " + warmup + " warm-up + up to " + samples
        + " measured calls per cell, at most " + cellBudget.toSeconds() + " s of measuring per cell. Months measured: "
        + from + " to " + to + " (the pages' default).");
    line("");

    String instance = new SspfSteps(http).refer("skola",
        SspfSteps.referral(TestPersons.identityNumber(14), "Mall", "Aktualisering för mätningen."));
    String templateActivity = scalar("select id_ from act_hi_actinst where proc_inst_id_ = " + q(instance)
        + " and act_type_ = 'userTask' and end_time_ is null");
    assertThat(templateActivity).as("the template's open user task in ACT_HI_ACTINST").isNotNull();
    Object caseId = engine.getRuntimeService().getVariable(instance, "caseId");
    List<DashboardHistory.Process> processes = processes();
    DashboardHistory history = new DashboardHistory(dataSource, base, instance, templateActivity,
        caseId == null ? null : caseId.toString());
    history.prepare(processes);
    describe(instance, templateActivity, processes);

    long filled = 0;
    List<Row> rows = new ArrayList<>();
    for (int s = 0; s < sizes.length; s++) {
      long size = sizes[s];
      long t0 = System.nanoTime();
      durability(false);
      Map<String, String> indexes = history.dropHistoryIndexes();
      Map<String, Long> added = new LinkedHashMap<>(history.fill(filled + 1, size));
      // As many open tasks as historic instances, for the workload panel (10⁶ open tasks at the largest size).
      added.put("open tasks", history.fillTasks(filled + 1, size, workGroups(), EngineClock.now()));
      added.put("taken-task counters", (long) taskRepository.recountAssigned()); // as a rebuild makes them
      long t1 = System.nanoTime();
      history.createIndexes(indexes);
      long t2 = System.nanoTime();
      execute("vacuum analyze");
      long t3 = System.nanoTime();
      DashboardRebuild.Counts counts = rebuild.rebuild();
      int deadlineMonths = deadlineStatistics.rebuild(); // the loader wrote the deadlines around Deadlines.met
      long t4 = System.nanoTime();
      execute("vacuum analyze sv_dash_flow");
      execute("vacuum analyze sv_dash_open");
      execute("vacuum analyze sv_dash_duration");
      execute("vacuum analyze sv_dash_waiting");
      execute("vacuum analyze deadline_month");
      execute("vacuum analyze sv_task");
      execute("vacuum analyze sv_task_candidate");
      execute("vacuum analyze sv_task_assigned");
      durability(true);
      filled = size;
      Row row = new Row(count("select count(*) from act_hi_procinst"));
      rows.add(row);
      line("## " + row.instances + " historic process instances");
      line("");
      line(("Loaded in %.0f s (rows added: %s), the engine's %d secondary indexes on the two history tables made again"
          + " in %.0f s, VACUUM ANALYZE in %.0f s. Rebuild of the read models from the history (DashboardRebuild) and"
          + " of the deadlines' monthly roll-up: %.1f s (%s; %d roll-up rows).").formatted((t1 - t0) / 1e9, added,
          indexes.size(), (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9, counts, deadlineMonths));
      row.loadSeconds = (t1 - t0) / 1e9 + (t2 - t1) / 1e9;
      row.rebuildSeconds = (t4 - t3) / 1e9;
      line("Database size " + scalar("select pg_size_pretty(pg_database_size(current_database()))") + "; "
          + tableSizes() + ".");
      line("History: " + count("select count(*) from act_hi_actinst") + " activity instances, "
          + count("select count(*) from act_hi_procinst where end_time_ is null") + " instances open, "
          + count("select count(*) from act_hi_actinst where end_time_ is null") + " activity instances open; "
          + count("select count(*) from sv_case") + " cases, " + count("select count(*) from deadline")
          + " deadlines. Read models: " + count("select count(*) from sv_dash_flow") + " flow rows, "
          + count("select count(*) from sv_dash_open") + " open counters, "
          + count("select count(*) from sv_dash_duration") + " duration rows, "
          + count("select count(*) from sv_dash_waiting") + " waiting rows.");
      line("Durability while measuring: fsync " + scalar("show fsync") + ", synchronous_commit "
          + scalar("show synchronous_commit") + ", full_page_writes " + scalar("show full_page_writes") + ".");
      line("");
      measure(row, s == 0);
      if (s == sizes.length - 1) {
        explain();
      }
      if (experiment) {
        experiment(row);
      }
      line(row.detail());
    }
    summary(rows);
    Path out = Path.of("target", "bench", "dashboard-benchmark.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report, StandardCharsets.UTF_8);
  }

  // --- the processes ----------------------------------------------------------------------------------------------

  /** The deployed processes of {@link #SHARES}, with their steps from the deployed models. */
  List<DashboardHistory.Process> processes() {
    List<DashboardHistory.Process> processes = new ArrayList<>();
    int missing = 0;
    for (Object[] share : SHARES) {
      String key = (String) share[0];
      var definition = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
          .singleResult();
      if (definition == null || !settings.homeAgency().containsKey(key)) {
        missing += (Integer) share[1];
        continue;
      }
      BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
      List<DashboardHistory.Step> steps = new ArrayList<>();
      String startId = null;
      String startName = null;
      String endId = null;
      String endName = null;
      for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
        boolean topLevel = node.getParentElement() instanceof Process;
        if (node instanceof StartEvent && topLevel && startId == null) {
          startId = node.getId();
          startName = node.getName();
        } else if (node instanceof EndEvent && topLevel && endId == null) {
          endId = node.getId();
          endName = node.getName();
        }
        String type = activityType(node);
        if (type != null) {
          steps.add(new DashboardHistory.Step(node.getId(), type, node.getName()));
        }
      }
      // In the order of the diagram, left to right (as the flow is drawn), rather than the model's order by type.
      Map<String, double[]> at = new HashMap<>();
      for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
        if (shape.getBpmnElement() != null && shape.getBounds() != null) {
          at.put(shape.getBpmnElement().getId(), new double[] {shape.getBounds().getX(), shape.getBounds().getY()});
        }
      }
      steps.sort(java.util.Comparator.comparingDouble((DashboardHistory.Step st) -> at.getOrDefault(st.id(),
          new double[] {Double.MAX_VALUE, 0})[0]).thenComparingDouble(st -> at.getOrDefault(st.id(),
          new double[] {0, 0})[1]));
      if (steps.isEmpty() || startId == null || endId == null) {
        missing += (Integer) share[1];
        continue;
      }
      processes.add(new DashboardHistory.Process(key, definition.getId(), (Integer) share[1], (String) share[2],
          (Boolean) share[3], startId, startName, endId, endName, steps));
    }
    assertThat(processes).as("deployed processes to make history of").isNotEmpty();
    if (missing > 0) {
      var first = processes.get(0);
      processes.set(0, new DashboardHistory.Process(first.key(), first.definitionId(), first.weight() + missing,
          first.prefix(), first.cases(), first.startId(), first.startName(), first.endId(), first.endName(),
          first.steps()));
    }
    return processes;
  }

  /** The engine's activity type of a step of the model (as ACT_HI_ACTINST has it), or null for no step. */
  static String activityType(FlowNode node) {
    String type = node.getElementType().getTypeName();
    return switch (type) {
      case "userTask", "serviceTask", "sendTask", "scriptTask", "businessRuleTask", "receiveTask", "manualTask",
          "task" -> type;
      case "intermediateCatchEvent" -> {
        var definitions = ((IntermediateCatchEvent) node).getEventDefinitions();
        if (definitions.stream().anyMatch(d -> d instanceof TimerEventDefinition)) {
          yield "intermediateTimer";
        }
        yield definitions.stream().anyMatch(d -> d instanceof MessageEventDefinition)
            ? "intermediateMessageCatch" : null;
      }
      default -> null;
    };
  }

  void describe(String instance, String templateActivity, List<DashboardHistory.Process> processes)
      throws SQLException {
    line("## The template and the processes");
    line("");
    line("One SSPF referral sent by `skola` through `/api`; its history rows are the templates:");
    line("");
    line("```");
    table("act_hi_procinst", "select proc_def_key_, business_key_, start_act_id_, state_, start_user_id_, tenant_id_"
        + " from act_hi_procinst where id_ = " + q(instance));
    table("act_hi_actinst of the instance", "select act_id_, act_type_, act_name_, end_time_ is null as open,"
        + " act_inst_state_, sequence_counter_, id_ = " + q(templateActivity) + " as template from act_hi_actinst"
        + " where proc_inst_id_ = " + q(instance) + " order by sequence_counter_");
    line("```");
    line("");
    line("| process | share | steps (from the deployed model) |");
    line("|---|---:|---|");
    for (var p : processes) {
      line("| " + p.key() + " | " + p.weight() + " % | " + p.steps().size() + " (in the diagram's order): " + String.join(", ",
          p.steps().stream().map(st -> st.id() + " (" + st.type() + ")").toList()) + " |");
    }
    line("");
  }

  // --- the panels -------------------------------------------------------------------------------------------------

  interface Call {
    Object run() throws Exception;
  }

  /** One panel: the read model's call, the straightforward call, and what both answered (normalized). */
  record Panel(String name, Call model, Call straight, Call check) {
    Panel(String name, Call model, Call straight) {
      this(name, model, straight, straight);
    }
  }

  void measure(Row row, boolean first) throws Exception {
    LocalDate fromDay = from.atDay(1);
    LocalDate toDay = to.atEndOfMonth();
    String f = "timestamp '" + fromDay + "'";
    String t = "timestamp '" + toDay.plusDays(1) + "'";
    String picture = PICTURE;
    String busiest = scalar("select activity_id from sv_dash_waiting where process_key = " + q(picture)
        + " group by activity_id order by count(*) desc, activity_id limit 1");
    Set<String> all = agencies.allAgencies();
    DashboardViewer overview = new DashboardViewer("styrgrupp", new java.util.LinkedHashSet<>(all), false, 5);
    se.samverka.dashboard.Period period = new se.samverka.dashboard.Period(from, to);

    List<Panel> list = new ArrayList<>();
    list.add(new Panel("flow: started, completed, cancelled per process and month",
        () -> flowOf(queries.flow(null, null, fromDay, toDay, DashboardQueries.Period.MONTH)),
        () -> rows(straightFlow(f, t), r -> List.of(r.getString(1), r.getDate(2).toLocalDate().toString(),
            r.getLong(3), r.getLong(4), r.getLong(5)))));
    list.add(new Panel("open instances per process",
        () -> queries.open(null, null).stream().filter(o -> o.open() > 0)
            .map(o -> List.<Object>of(o.processKey(), o.open())).toList(),
        () -> rows(straightOpen(), r -> List.of(r.getString(1), r.getLong(2)))));
    // The flow panel (DashboardProcesses.flow) asks leadTimes for '#process' alone (index sv_dash_duration_activity).
    list.add(new Panel("lead time per process (median, p90), as the flow panel asks for it",
        () -> leadOf(queries.leadTimes(null, null, from, to, DashboardReadModel.PROCESS)),
        () -> sorted(rows(straightLeadProcess(f, t, null, 0), this::leadRow)),
        () -> sorted(rows(straightLeadProcess(f, t, null, RANK_HAIR), this::leadRow))));
    list.add(new Panel("time per step (median, p90), all processes",
        () -> leadOf(queries.leadTimes(null, null, from, to).stream()
            .filter(l -> !DashboardReadModel.PROCESS.equals(l.activityId())).toList()),
        () -> sorted(rows(straightLeadSteps(f, t, null, 0), this::leadRow)),
        () -> sorted(rows(straightLeadSteps(f, t, null, RANK_HAIR), this::leadRow))));
    list.add(new Panel("time per step of " + picture + " (the picture's heat)",
        () -> leadOf(queries.leadTimes(List.of(picture), null, from, to).stream()
            .filter(l -> !DashboardReadModel.PROCESS.equals(l.activityId())).toList()),
        () -> sorted(rows(straightLeadSteps(f, t, picture, 0), this::leadRow)),
        () -> sorted(rows(straightLeadSteps(f, t, picture, RANK_HAIR), this::leadRow))));
    list.add(new Panel("waiting now per step, all processes",
        () -> queries.waiting(null, null).stream().map(w -> List.<Object>of(w.processKey(), w.activityId(), w.cases(),
            w.instances(), w.oldestSince())).toList(),
        () -> rows(straightWaiting(null), r -> List.of(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4),
            r.getTimestamp(5).toInstant()))));
    list.add(new Panel("waiting now per step of " + picture,
        () -> queries.waiting(List.of(picture), null).stream().map(w -> List.<Object>of(w.processKey(),
            w.activityId(), w.cases(), w.instances(), w.oldestSince())).toList(),
        () -> rows(straightWaiting(picture), r -> List.of(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4),
            r.getTimestamp(5).toInstant()))));
    if (busiest != null) {
      list.add(new Panel("case numbers at " + picture + "/" + busiest + ", first page of 100",
          () -> queries.casesAt(picture, busiest, null, null, 100).items().stream()
              .map(c -> List.<Object>of(String.valueOf(c.businessKey()), c.activityInstanceId(), c.since())).toList(),
          () -> rows(straightCasesAt(picture, busiest), r -> List.of(String.valueOf(r.getString(1)), r.getString(4),
              r.getTimestamp(3).toInstant()))));
    }
    list.add(new Panel("statutory deadlines per month, kind and group (DashboardPanels.deadlines, all agencies)",
        () -> panels.deadlines(overview, overview.agencies(), period).byMonth().size(), null));
    list.add(new Panel("breached deadlines per kind and recorded reason (DeadlineStatistics.breachesByReason, all"
        + " agencies; a manager's table)", () -> deadlineStatistics.breachesByReason(workGroups(), period.from(),
        period.to()).size(), null));
    // The half-yearly follow-up report reads the panels above (and EST, local BRÅ, the uploads) for the last ended
    // half-year: the whole report as central BRÅ's process compiles it.
    se.samverka.followup.report.ReportPeriod halfYear = se.samverka.followup.report.ReportPeriod.halfYearBefore(
        LocalDate.now());
    list.add(new Panel("the follow-up report of " + halfYear.code() + " (ReportCompiler.compile, every section)",
        () -> reportCompiler.compile(halfYear).sections().size(), null));
    list.add(new Panel("workload per group (DashboardPanels.workload as styrgrupp, all agencies; as many open tasks"
        + " as instances, counts stop at the cap)", () -> panels.workload(overview, overview.agencies()).groups()
        .size(), null));
    DashboardViewer manager = new DashboardViewer("chefSocialtjanst", java.util.Set.of("socialtjanst"), true, 5);
    String socialGroups = String.join(", ", agencies.groupsOf(manager.agencies()).stream()
        .map(DashboardBenchmark::q).toList());
    // Per person: the people with the most taken tasks of social services' groups (counters sv_task_assigned, V38)
    // and their exact open and overdue tasks, beside the join of every taken task with the candidate rows that it
    // replaces (the same people and figures: each bench task has one candidate group, so the counters are exact).
    int shown = 50;
    list.add(new Panel("workload per person (TaskList.workload as chefSocialtjanst: the " + shown + " most loaded"
        + " people)", () -> panels.workload(manager, manager.agencies()).persons().stream()
            .map(p -> List.<Object>of(p.key(), p.open().value(), p.overdue().value())).toList(),
        () -> rows("select t.assignee, count(*) as n, sum(case when t.due_at < now() then 1 else 0 end) as late"
            + " from sv_task t where t.assignee is not null and exists (select 1 from sv_task_candidate c"
            + " where c.task_id = t.task_id and c.group_id in (" + socialGroups + ")) group by t.assignee"
            + " order by n desc, t.assignee limit " + shown, r -> List.of(r.getString(1), r.getLong(2),
            r.getLong(3)))));
    list.add(new Panel("workload per group and per person (DashboardPanels.workload as chefSocialtjanst)",
        () -> panels.workload(manager, manager.agencies()).persons().size(), null));

    if (first) {
      for (int i = 0; i < 20; i++) {
        for (Panel p : list) {
          p.model().run();
        }
      }
    }
    for (Panel p : list) {
      Cell model = cell(p.model());
      Cell straight = p.straight() == null ? null : cell(p.straight());
      if (p.straight() != null) {
        agree(p.name(), p.model().run(), p.check().run(), row);
      }
      row.panels.put(p.name(), new Cell[] {model, straight});
    }
    // The pages over HTTP with a logged-in session.
    row.pages.put("/oversikt as styrgrupp (all agencies, suppressed below 5)", cell(() -> page("styrgrupp",
        "/oversikt")));
    row.pages.put("/oversikt as chefSocialtjanst (social services, full figures)", cell(() -> page(
        "chefSocialtjanst", "/oversikt")));
    row.pages.put("/oversikt/process/" + picture + " as styrgrupp", cell(() -> page("styrgrupp",
        "/oversikt/process/" + picture)));
    row.pages.put("floor: a static file without login", cell(() -> page(null, "/css/samverka.css")));
    // What each page shows: /oversikt the flow, the open instances and the lead time per process (and the deadlines
    // and workload, which have no ACT_HI counterpart); the picture the time per step and the waiting of one process.
    row.pageBaselines.put("/oversikt as styrgrupp (all agencies, suppressed below 5)", List.of(list.get(0).name(),
        list.get(1).name(), list.get(2).name()));
    row.pageBaselines.put("/oversikt as chefSocialtjanst (social services, full figures)",
        List.of(list.get(0).name(), list.get(1).name(), list.get(2).name()));
    row.pageBaselines.put("/oversikt/process/" + picture + " as styrgrupp", List.of(list.get(4).name(),
        list.get(6).name()));
  }

  int page(String user, String path) throws Exception {
    var response = user == null ? new BrowserSession(http).get(path, "text/css") : session(user).get(path);
    assertThat(response.statusCode()).as(path + " as " + user).isEqualTo(200);
    return response.body().length();
  }

  BrowserSession session(String user) throws Exception {
    BrowserSession session = sessions.get(user);
    if (session == null) {
      session = new BrowserSession(http);
      assertThat(session.login(user, Http.PASSWORD).statusCode()).as("login " + user).isEqualTo(302);
      sessions.put(user, session);
    }
    return session;
  }

  Cell cell(Call call) throws Exception {
    Cell cell = new Cell();
    for (int i = 0; i < warmup; i++) {
      call.run();
    }
    long budgetEnd = System.nanoTime() + cellBudget.toNanos();
    for (int i = 0; i < samples && (i == 0 || System.nanoTime() < budgetEnd); i++) {
      long start = System.nanoTime();
      call.run();
      cell.samples.add((System.nanoTime() - start) / 1e6);
    }
    return cell;
  }

  // --- the straightforward queries over ACT_HI_* ------------------------------------------------------------------

  static String straightFlow(String f, String t) {
    return "select proc_def_key_, m, sum(s) as s, sum(c) as c, sum(x) as x from ("
        + " select proc_def_key_, date_trunc('month', start_time_)::date as m, count(*) as s, 0 as c, 0 as x"
        + " from act_hi_procinst where start_time_ >= " + f + " and start_time_ < " + t + " group by 1, 2"
        + " union all"
        + " select proc_def_key_, date_trunc('month', end_time_)::date, 0,"
        + " count(*) filter (where state_ is distinct from 'EXTERNALLY_TERMINATED'),"
        + " count(*) filter (where state_ = 'EXTERNALLY_TERMINATED')"
        + " from act_hi_procinst where end_time_ >= " + f + " and end_time_ < " + t + " group by 1, 2"
        + ") u group by 1, 2 order by 1, 2";
  }

  static String straightOpen() {
    return "select proc_def_key_, count(*) from act_hi_procinst where end_time_ is null group by 1 order by 1";
  }

  /**
   * PostgreSQL's percentile_disc takes the value at rank ceil(p·N) computed in floating point, where 0.9 · 30 =
   * 27.000000000000004 gives rank 28; the histogram's nearest rank takes a hair off first (rank 27). The agreement is
   * checked with p less this hair so that both take the same rank; the measured queries use plain 0.5 and 0.9.
   */
  static final double RANK_HAIR = 1e-9;

  static String percentiles(double hair) {
    return " percentile_disc(" + (0.5 - hair) + ") within group (order by duration_), percentile_disc(" + (0.9 - hair)
        + ") within group (order by duration_)";
  }

  static String straightLeadProcess(String f, String t, String key, double hair) {
    return "select proc_def_key_, '" + DashboardReadModel.PROCESS + "' as act_id_, count(*),"
        + percentiles(hair) + " from act_hi_procinst where end_time_ >= " + f + " and end_time_ < " + t
        + " and state_ is distinct from 'EXTERNALLY_TERMINATED'" + (key == null ? "" : " and proc_def_key_ = " + q(key))
        + " group by 1";
  }

  static String straightLeadSteps(String f, String t, String key, double hair) {
    return "select proc_def_key_, act_id_, count(*)," + percentiles(hair) + " from act_hi_actinst where end_time_ >= " + f
        + " and end_time_ < " + t + " and act_type_ in (" + STEP_TYPES + ")"
        + (key == null ? "" : " and proc_def_key_ = " + q(key)) + " group by 1, 2";
  }

  static String straightWaiting(String key) {
    return "select proc_def_key_, act_id_, count(distinct proc_inst_id_), count(*), min(start_time_)"
        + " from act_hi_actinst where end_time_ is null and act_type_ in (" + STEP_TYPES + ")"
        + (key == null ? "" : " and proc_def_key_ = " + q(key)) + " group by 1, 2 order by 1, 2";
  }

  static String straightCasesAt(String key, String activity) {
    return "select p.business_key_, a.proc_inst_id_, a.start_time_, a.id_ from act_hi_actinst a"
        + " join act_hi_procinst p on p.id_ = a.proc_inst_id_ where a.proc_def_key_ = " + q(key)
        + " and a.act_id_ = " + q(activity) + " and a.end_time_ is null order by a.start_time_, a.id_ limit 100";
  }

  /** The read models' queries as DashboardQueries and the deadline statistics issue them, values bound. */
  Map<String, String> readModelQueries() {
    String f = "date '" + from.atDay(1) + "'";
    String t = "date '" + to.atEndOfMonth() + "'";
    String mf = "date '" + from.atDay(1) + "'";
    String mt = "date '" + to.atDay(1) + "'";
    Map<String, String> q = new LinkedHashMap<>();
    q.put("flow", "select process_key, on_day, sum(started) as s, sum(completed) as c, sum(cancelled) as x "
        + "from sv_dash_flow where on_day >= " + f + " and on_day <= " + t + " group by process_key, on_day");
    q.put("open", "select process_key, sum(open_count) as open_count "
        + "from sv_dash_open where 1 = 1 group by process_key order by process_key");
    q.put("leadTimes, all processes", "select process_key, activity_id, bucket, sum(n) as n, sum(total_ms) as total_ms"
        + " from sv_dash_duration where month_start >= " + mf + " and month_start <= " + mt
        + " group by process_key, activity_id, bucket order by process_key, activity_id, bucket");
    q.put("leadTimes, " + PICTURE, "select process_key, activity_id, bucket, sum(n) as n, sum(total_ms) as total_ms"
        + " from sv_dash_duration where month_start >= " + mf + " and month_start <= " + mt
        + " and process_key in (" + q(PICTURE) + ")"
        + " group by process_key, activity_id, bucket order by process_key, activity_id, bucket");
    q.put("waiting, all processes", "select process_key, activity_id, count(distinct process_instance_id) as cases,"
        + " count(*) as instances, min(entered_at) as oldest from sv_dash_waiting where 1 = 1"
        + " group by process_key, activity_id order by process_key, activity_id");
    q.put("waiting, " + PICTURE, "select process_key, activity_id, count(distinct process_instance_id) as cases,"
        + " count(*) as instances, min(entered_at) as oldest from sv_dash_waiting where 1 = 1 and process_key in ("
        + q(PICTURE) + ") group by process_key, activity_id order by process_key, activity_id");
    q.put("casesAt, first page", "select business_key, process_instance_id, agency, entered_at, activity_instance_id"
        + " from sv_dash_waiting where process_key = " + q(PICTURE) + " and activity_id = (select activity_id from"
        + " sv_dash_waiting where process_key = " + q(PICTURE) + " group by activity_id order by count(*) desc,"
        + " activity_id limit 1) order by entered_at, activity_instance_id limit 101");
    String groups = String.join(", ", agencies.groupsOf(agencies.allAgencies()).stream().map(DashboardBenchmark::q)
        .toList());
    q.put("workload of one group, open (TaskRepository.loadOfGroup, capped)", "select count(*) from (select 1"
        + " from sv_task_candidate where group_id = 'socialtjanst' limit 1001) capped");
    q.put("workload of one group, overdue (TaskRepository.loadOfGroup, capped)", "select count(*) from (select 1"
        + " from sv_task_candidate where group_id = 'socialtjanst' and due_at < now() limit 1001) capped");
    q.put("workload per person before V38 (the join of every taken task with the candidate rows)", "select"
        + " t.assignee, count(*) as n, sum(case when t.due_at < now() then 1 else 0 end) as late from sv_task t"
        + " where t.assignee is not null and exists (select 1 from sv_task_candidate c where c.task_id = t.task_id"
        + " and c.group_id in (" + groups + ")) group by t.assignee order by t.assignee");
    q.put("workload per person, who (TaskRepository.assigneesOf, counters)", "select assignee, sum(open_count) as n"
        + " from sv_task_assigned where group_id in (" + groups + ") and open_count > 0 group by assignee"
        + " order by n desc, assignee limit 50");
    int fromMonth = from.getYear() * 12 + from.getMonthValue();
    int toMonth = to.getYear() * 12 + to.getMonthValue();
    q.put("deadlines per month, the met ones (DeadlineRepository.monthly, roll-up)", "select due_year, due_month,"
        + " kind, owner_group, met, met_late, extended from deadline_month where owner_group in (" + groups + ")"
        + " and due_year * 12 + due_month between " + fromMonth + " and " + toMonth);
    q.put("deadlines per month, the others (DeadlineRepository.monthly, live)", "select y, m, kind, owner_group,"
        + " state, count(*) as n, sum(extended) as extended from (select cast(extract(year from due_at) as integer)"
        + " as y, cast(extract(month from due_at) as integer) as m, kind, owner_group,"
        + " case when breached_at is not null or due_at < now() then 'OVERSKRIDEN'"
        + " when due_at < now() + interval '3 days' then 'SNART' else 'OPPEN' end as state,"
        + " case when paused_reason is not null then 1 else 0 end as extended from deadline where met_at is null"
        + " and due_at >= timestamp '" + from.atDay(1) + "' and due_at < timestamp '" + to.plusMonths(1).atDay(1)
        + "' and owner_group in (" + groups + ")) d group by y, m, kind, owner_group, state");
    return q;
  }

  Map<String, String> straightQueries() {
    String f = "timestamp '" + from.atDay(1) + "'";
    String t = "timestamp '" + to.plusMonths(1).atDay(1) + "'";
    Map<String, String> q = new LinkedHashMap<>();
    q.put("flow", straightFlow(f, t));
    q.put("open", straightOpen());
    q.put("lead time per process", straightLeadProcess(f, t, null, 0));
    q.put("time per step, all processes", straightLeadSteps(f, t, null, 0));
    q.put("time per step, " + PICTURE, straightLeadSteps(f, t, PICTURE, 0));
    q.put("waiting, all processes", straightWaiting(null));
    q.put("waiting, " + PICTURE, straightWaiting(PICTURE));
    return q;
  }

  void explain() throws SQLException {
    line("### Plans at this size: the read models' queries");
    line("");
    for (var query : readModelQueries().entrySet()) {
      plan(query.getKey(), query.getValue());
    }
    line("### Plans at this size: the straightforward queries over ACT_HI_*");
    line("");
    for (var query : straightQueries().entrySet()) {
      plan(query.getKey(), query.getValue());
    }
  }

  void plan(String name, String sql) throws SQLException {
    line("```");
    line("-- " + name);
    line("EXPLAIN (ANALYZE, BUFFERS) " + sql);
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.executeQuery(sql).close();
      try (var rs = s.executeQuery("explain (analyze, buffers) " + sql)) {
        while (rs.next()) {
          line(rs.getString(1));
        }
      }
    }
    line("```");
    line("");
  }

  /** The labelled experiment: indexes on the history for the straightforward queries, measured again, then dropped. */
  void experiment(Row row) throws Exception {
    long start = System.nanoTime();
    for (String index : EXPERIMENT_INDEXES) {
      execute(index);
    }
    execute("analyze act_hi_procinst");
    execute("analyze act_hi_actinst");
    line("Experiment (not in the application): %d indexes on the history made in %.0f s: %s".formatted(
        EXPERIMENT_INDEXES.size(), (System.nanoTime() - start) / 1e9, EXPERIMENT_INDEXES));
    String f = "timestamp '" + from.atDay(1) + "'";
    String t = "timestamp '" + to.plusMonths(1).atDay(1) + "'";
    for (var query : straightQueries().entrySet()) {
      String sql = query.getValue();
      row.experiment.put(query.getKey(), cell(() -> rows(sql, r -> List.of())));
    }
    if (row.instances == sizes[sizes.length - 1]) {
      plan("experiment: time per step, all processes", straightLeadSteps(f, t, null, 0));
      plan("experiment: waiting, all processes", straightWaiting(null));
    }
    for (String index : EXPERIMENT_INDEXES) {
      execute("drop index " + index.split(" ")[2]);
    }
    modelExperiment(row);
  }

  /**
   * The labelled experiment on the read models' side: the SQL of the slower panels as it is, and as a changed model
   * would answer it (tables made once here by SQL from the current data, not kept up to date: they show the cost of
   * reading, not of keeping). Dropped afterwards.
   */
  void modelExperiment(Row row) throws Exception {
    Map<String, String> now = readModelQueries();
    String mf = "date '" + from.atDay(1) + "'";
    String mt = "date '" + to.atDay(1) + "'";
    Map<String, String> sql = new LinkedHashMap<>();
    sql.put("model as is: leadTimes, all processes and steps (the flow panel uses only '#process')",
        now.get("leadTimes, all processes"));
    execute("create index bench_dash_duration_activity on sv_dash_duration (activity_id, month_start)");
    execute("analyze sv_dash_duration");
    sql.put("changed: leadTimes of '#process' only, index (activity_id, month_start)", "select process_key,"
        + " activity_id, bucket, sum(n) as n, sum(total_ms) as total_ms from sv_dash_duration where activity_id = '"
        + DashboardReadModel.PROCESS + "' and month_start >= " + mf + " and month_start <= " + mt
        + " group by process_key, activity_id, bucket order by process_key, activity_id, bucket");
    sql.put("before V33: open as the sum of every day's flow", "select process_key, sum(started) - sum(completed)"
        + " - sum(cancelled) as open_count from sv_dash_flow where 1 = 1 group by process_key order by process_key");
    sql.put("model as is: open from its counters per process and agency (sv_dash_open, V33)", now.get("open"));
    String groups = String.join(", ", workGroups().stream().map(DashboardBenchmark::q).toList());
    sql.put("before V34: deadlines per month from every deadline row of the period", "select y, m, kind,"
        + " owner_group, state, count(*) as n, sum(extended) as extended from (select cast(extract(year from due_at)"
        + " as integer) as y, cast(extract(month from due_at) as integer) as m, kind, owner_group,"
        + " case when met_at is not null and breached_at is null then 'UPPFYLLD' when met_at is not null then"
        + " 'UPPFYLLD_SENT' when breached_at is not null or due_at < now() then 'OVERSKRIDEN'"
        + " when due_at < now() + interval '3 days' then 'SNART' else 'OPPEN' end as state,"
        + " case when paused_reason is not null then 1 else 0 end as extended from deadline where owner_group in ("
        + groups + ") and due_at >= timestamp '" + from.atDay(1) + "' and due_at < timestamp '"
        + to.plusMonths(1).atDay(1) + "') d group by y, m, kind, owner_group, state order by y, m, kind, owner_group");
    sql.put("model as is: deadlines, the met ones from the roll-up (deadline_month, V34)",
        now.get("deadlines per month, the met ones (DeadlineRepository.monthly, roll-up)"));
    sql.put("model as is: deadlines, the others live (deadline_unmet, V34)",
        now.get("deadlines per month, the others (DeadlineRepository.monthly, live)"));
    sql.put("model as is: waiting, all processes", now.get("waiting, all processes"));
    execute("create table bench_dash_waiting_count as select process_key, activity_id, agency,"
        + " count(distinct process_instance_id) as cases, count(*) as instances, min(entered_at) as oldest"
        + " from sv_dash_waiting group by process_key, activity_id, agency");
    sql.put("changed: waiting from counters per step and agency",
        "select process_key, activity_id, sum(cases), sum(instances), min(oldest) from bench_dash_waiting_count"
            + " group by process_key, activity_id order by process_key, activity_id");
    for (var query : sql.entrySet()) {
      String text = query.getValue();
      row.modelExperiment.put(query.getKey(), cell(() -> rows(text, r -> List.of())));
    }
    if (row.instances == sizes[sizes.length - 1]) {
      for (var query : sql.entrySet()) {
        if (query.getKey().startsWith("changed")) {
          plan("experiment, " + query.getKey(), query.getValue());
        }
      }
    }
    execute("drop index bench_dash_duration_activity");
    execute("drop table bench_dash_waiting_count");
  }


  // --- agreement --------------------------------------------------------------------------------------------------

  List<List<Object>> flowOf(List<DashboardQueries.FlowPoint> points) {
    return points.stream().filter(p -> p.started() + p.completed() + p.cancelled() > 0)
        .map(p -> List.<Object>of(p.processKey(), p.periodStart().toString(), p.started(), p.completed(),
            p.cancelled())).toList();
  }

  /** Lead times as (key, activity, count, median bucket, p90 bucket), sorted. */
  List<List<Object>> leadOf(List<DashboardQueries.LeadTime> times) {
    List<List<Object>> rows = new ArrayList<>();
    for (var l : times) {
      rows.add(List.of(l.processKey(), l.activityId(), l.count(), l.median().toMillis(), l.p90().toMillis()));
    }
    return sorted(rows);
  }

  /** A straightforward lead-time row: the exact percentiles as the histogram's estimate of their bucket. */
  List<Object> leadRow(ResultSet r) throws SQLException {
    return List.of(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4), r.getLong(5));
  }

  static List<List<Object>> sorted(List<List<Object>> rows) {
    List<List<Object>> copy = new ArrayList<>(rows);
    copy.sort((a, b) -> (a.get(0) + "|" + a.get(1)).compareTo(b.get(0) + "|" + b.get(1)));
    return copy;
  }

  @SuppressWarnings("unchecked")
  void agree(String panel, Object model, Object straight, Row row) {
    if (panel.startsWith("lead time") || panel.startsWith("time per step")) {
      List<List<Object>> m = (List<List<Object>>) model;
      List<List<Object>> s = (List<List<Object>>) straight;
      assertThat(m.stream().map(r -> r.subList(0, 3)).toList()).as(panel + ": counts").isEqualTo(
          s.stream().map(r -> r.subList(0, 3)).toList());
      double worst = 0;
      for (int i = 0; i < m.size(); i++) {
        for (int c = 3; c <= 4; c++) {
          long estimate = (Long) m.get(i).get(c);
          long exact = (Long) s.get(i).get(c);
          // The exact nearest-rank percentile lies in the bucket whose middle the model gives.
          assertThat(DurationHistogram.estimate(DurationHistogram.bucketOfMillis(exact)).toMillis())
              .as(panel + ": " + m.get(i) + " vs exact " + s.get(i)).isEqualTo(estimate);
          if (exact >= 1000) {
            double error = Math.abs(estimate - exact) * 100.0 / exact;
            worst = Math.max(worst, error);
            assertThat(error).isLessThanOrEqualTo(DurationHistogram.MAX_RELATIVE_ERROR_PERCENT);
          }
        }
      }
      row.agreement.put(panel, m.size() + " figures agree: counts equal, every median and p90 in the exact value's"
          + " bucket; largest relative error " + String.format(Locale.ROOT, "%.1f", worst) + " % (bound "
          + DurationHistogram.MAX_RELATIVE_ERROR_PERCENT + " %)");
    } else if (panel.startsWith("case numbers")) {
      // In the order the page shows them: oldest first.
      assertThat(model).as(panel).isEqualTo(straight);
      row.agreement.put(panel, ((List<?>) model).size() + " rows equal, in the same order");
    } else {
      // Sorted alike on both sides (the database's collation is not Java's).
      List<String> m = ((List<?>) model).stream().map(String::valueOf).sorted().toList();
      List<String> s = ((List<?>) straight).stream().map(String::valueOf).sorted().toList();
      assertThat(m).as(panel).isEqualTo(s);
      row.agreement.put(panel, ((List<?>) model).size() + " rows equal");
    }
  }

  interface RowMapper {
    List<Object> map(ResultSet rs) throws SQLException;
  }

  List<List<Object>> rows(String sql, RowMapper mapper) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
      while (rs.next()) {
        rows.add(mapper.map(rs));
      }
    }
    return rows;
  }

  // --- report -----------------------------------------------------------------------------------------------------

  void summary(List<Row> rows) {
    line("## Summary (milliseconds, p50 / p95; ratio = read model p95 / straightforward p95; goal ≤ 0.1)");
    line("");
    line("| instances | panel | read model (in the JVM) | straightforward over ACT_HI_* (JDBC) | ratio | ≤ 1/10 |");
    line("|---:|---|---|---|---:|---|");
    for (Row r : rows) {
      r.panels.forEach((name, cells) -> {
        Cell m = cells[0];
        Cell s = cells[1];
        if (s == null) {
          line("| %d | %s | %s | no ACT_HI counterpart | – | – |".formatted(r.instances, name, m.stats()));
        } else {
          double ratio = m.p(95) / s.p(95);
          line("| %d | %s | %s | %s | %s | %s |".formatted(r.instances, name, m.stats(), s.stats(),
              String.format(Locale.ROOT, "%.3f", ratio), ratio <= 0.1 ? "**met**" : "**not met**"));
        }
      });
    }
    line("");
    line("Pages over HTTP with a logged-in session (ms, p50 / p95), against the sum of the medians of the"
        + " straightforward queries that compute the page's figures:");
    line("");
    line("| instances | page | p50 / p95 | straightforward: sum of medians | ratio | ≤ 1/10 |");
    line("|---:|---|---|---:|---:|---|");
    for (Row r : rows) {
      r.pages.forEach((name, cell) -> {
        List<String> baseline = r.pageBaselines.get(name);
        if (baseline == null) {
          line("| %d | %s | %s | – | – | – |".formatted(r.instances, name, cell.stats()));
        } else {
          double sum = baseline.stream().mapToDouble(p -> r.panels.get(p)[1].p(50)).sum();
          double ratio = cell.p(95) / sum;
          line("| %d | %s | %s | %s | %s | %s |".formatted(r.instances, name, cell.stats(),
              String.format(Locale.ROOT, "%.1f", sum), String.format(Locale.ROOT, "%.3f", ratio),
              ratio <= 0.1 ? "**met**" : "**not met**"));
        }
      });
    }
    line("");
    line("| instances | load (SQL + indexes) s | rebuild s |");
    line("|---:|---:|---:|");
    for (Row r : rows) {
      line(String.format(Locale.ROOT, "| %d | %.0f | %.1f |", r.instances, r.loadSeconds, r.rebuildSeconds));
    }
    line("");
    if (rows.stream().anyMatch(r -> !r.experiment.isEmpty())) {
      line("Experiment: the straightforward queries with the experiment's indexes (ms, p50 / p95):");
      line("");
      line("| instances | query | p50 / p95 |");
      line("|---:|---|---|");
      for (Row r : rows) {
        r.experiment.forEach((name, cell) -> line("| %d | %s | %s |".formatted(r.instances, name, cell.stats())));
      }
      line("");
      line("Experiment: the read models' SQL as it is and as a changed model would answer it (JDBC, ms, p50 / p95):");
      line("");
      line("| instances | query | p50 / p95 |");
      line("|---:|---|---|");
      for (Row r : rows) {
        r.modelExperiment.forEach((name, cell) -> line("| %d | %s | %s |".formatted(r.instances, name,
            cell.stats())));
      }
      line("");
    }
  }

  static final class Cell {
    final List<Double> samples = new ArrayList<>();

    double p(int percentile) {
      if (samples.isEmpty()) {
        return Double.NaN;
      }
      List<Double> sorted = samples.stream().sorted().toList();
      int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
      return sorted.get(Math.max(0, rank - 1));
    }

    String stats() {
      return String.format(Locale.ROOT, "%.2f / %.2f (n=%d)", p(50), p(95), samples.size());
    }
  }

  static final class Row {
    final long instances;
    double loadSeconds;
    double rebuildSeconds;
    final Map<String, Cell[]> panels = new LinkedHashMap<>();
    final Map<String, Cell> pages = new LinkedHashMap<>();
    final Map<String, List<String>> pageBaselines = new HashMap<>();
    final Map<String, String> agreement = new LinkedHashMap<>();
    final Map<String, Cell> experiment = new LinkedHashMap<>();
    final Map<String, Cell> modelExperiment = new LinkedHashMap<>();

    Row(long instances) {
      this.instances = instances;
    }

    String detail() {
      StringBuilder text = new StringBuilder("Agreement at " + instances + ":\n");
      agreement.forEach((panel, what) -> text.append("- ").append(panel).append(": ").append(what).append('\n'));
      return text.toString();
    }
  }

  // --- database ---------------------------------------------------------------------------------------------------

  /** Full-page writes off for a bulk load, on (with a checkpoint) while measuring; as the task-list benchmark. */
  /** The groups the workload panel asks for: those of every agency. */
  List<String> workGroups() {
    return List.copyOf(agencies.groupsOf(agencies.allAgencies()));
  }

  void durability(boolean on) throws SQLException {
    String value = on ? "on" : "off";
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      c.setAutoCommit(true);
      s.execute("alter system set full_page_writes = " + value);
      s.execute("select pg_reload_conf()");
      for (int i = 0; i < 200 && !value.equals(scalar("show full_page_writes")); i++) {
        s.execute("select pg_sleep(0.05)");
      }
      if (on) {
        s.execute("checkpoint");
      }
    }
  }

  String tableSizes() throws SQLException {
    List<String> sizes = new ArrayList<>();
    for (String table : List.of("act_hi_procinst", "act_hi_actinst", "sv_case", "deadline", "sv_dash_flow",
        "sv_dash_open", "sv_dash_duration", "sv_dash_waiting")) {
      sizes.add(table + " " + scalar("select pg_size_pretty(pg_total_relation_size('" + table + "'))"));
    }
    return "with indexes: " + String.join(", ", sizes);
  }

  void line(String text) {
    report.append(text).append('\n');
    System.out.println(text);
  }

  void table(String title, String sql) throws SQLException {
    BenchData.table(dataSource, this::line, title, sql);
  }

  String scalar(String sql) throws SQLException {
    return BenchData.scalar(dataSource, sql);
  }

  long count(String sql) throws SQLException {
    return Long.parseLong(Objects.requireNonNull(scalar(sql)));
  }

  void execute(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  static String q(String value) {
    return DashboardHistory.q(value);
  }

  static <K, V> Map<K, V> ordered(Map<K, V> map) {
    return new TreeMap<>(map);
  }
}
