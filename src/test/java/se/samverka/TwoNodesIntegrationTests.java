package se.samverka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultDatasourceConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultDeploymentConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultJobConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.custom.CreateAdminUserConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.custom.CreateFilterConfiguration;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import se.samverka.cases.CaseService;
import se.samverka.sspf.SspfStyrgruppProcess;
import se.samverka.sspf.SspfSteps;
import se.samverka.support.EmbeddedPostgresConfiguration;
import se.samverka.support.Http;
import se.samverka.support.TestPersons;

/**
 * Two nodes on one PostgreSQL database, both with a running job executor, as Samverka runs behind a load balancer:
 * every due timer (the yearly and quarterly starts, the consent reminders of open SSPF cases) runs exactly once on one
 * of the nodes, nothing due is left behind, nothing fails, and user tasks completed on either node while the executors
 * work leave each case with exactly the tasks it should have.
 *
 * <p>Node A is this test's application with its job executor on (the other integration tests switch it off). Node B
 * is a second process engine in the same JVM on the same data source and transaction manager, with the same plugins
 * and the application's beans for its delegates: only one Spring context per JVM may register the process application
 * {@code samverka}. (A delegate that calls the engine calls node A's services, in node B's transaction: on its own
 * machine node B's beans would call node B.) Neither executor is deployment-aware, so both compete for every job, as on separate machines. The
 * engine clock ({@link ClockUtil}) is shared by both engines and moved past the timers' due dates.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "samverka.demo.enabled=true",
    "samverka.demo.password=demo",
    "camunda.bpm.admin-user.id=admin",
    "camunda.bpm.admin-user.password=demo",
    "camunda.bpm.metrics.db-reporter-activate=false",
    "camunda.bpm.job-execution.enabled=true",
    "camunda.bpm.job-execution.deployment-aware=false",
    // Small batches and pools on both nodes, so that neither can lock every due job at once and both get a share.
    "camunda.bpm.job-execution.max-jobs-per-acquisition=2",
    "camunda.bpm.job-execution.core-pool-size=2",
    "camunda.bpm.job-execution.max-pool-size=2",
    "camunda.bpm.job-execution.queue-capacity=1",
    "camunda.bpm.job-execution.wait-time-in-millis=200",
    "camunda.bpm.job-execution.max-wait=1000"})
@Import({EmbeddedPostgresConfiguration.class, Http.class})
class TwoNodesIntegrationTests {

  /**
   * The processes started by a timer: the quarterly steering report, the yearly processes and the follow-up cycles
   * (weekly EST, the EST analysis of each tertial and year, local BRÅ each quarter, the lägesbild each period).
   */
  private static final List<String> TIMER_STARTED = List.of(SspfStyrgruppProcess.KEY, "tillsynsplan",
      "restaurangrapport", "aas-ar", "kmk-ar", "est-vecka", "est-analys", "bra-lokal", "lagesbild-atgardsplan",
      "bra-uppfoljning");
  /** Cases left alone: each must get its consent reminder, once. */
  private static final int CALM_CASES = 8;
  /** Cases whose consent is recorded at the moment their reminder falls due, half on each node. */
  private static final int RACED_CASES = 6;
  private static final Duration AT_MOST = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  ApplicationContext context;

  @Autowired
  ProcessEngine nodeA;

  @Autowired
  DataSource dataSource;

  @Autowired
  PlatformTransactionManager transactionManager;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  Http http;

  private ProcessEngineFactoryBean nodeBFactory;
  private ProcessEngine nodeB;
  private SspfSteps steps;

  @BeforeEach
  void startNodeB() throws Exception {
    // In production each node has its own pool; here both engines and the web requests share one.
    ((HikariDataSource) dataSource).getHikariConfigMXBean().setMaximumPoolSize(40);
    steps = new SspfSteps(http);
    nodeB = buildNodeB();
    assertThat(jobExecutor(nodeA).isActive()).as("node A's job executor runs").isTrue();
    assertThat(jobExecutor(nodeB).isActive()).as("node B's job executor runs").isTrue();
  }

  @AfterEach
  void stopNodeB() throws Exception {
    if (nodeBFactory != null) {
      nodeBFactory.destroy();
    }
    ClockUtil.reset();
    SecurityContextHolder.clearContext();
  }

  private static org.camunda.bpm.engine.impl.jobexecutor.JobExecutor jobExecutor(ProcessEngine engine) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
  }

  /**
   * A second engine as a second node would build it: the same database, schema untouched, the same plugins (personal
   * data kept out of history, the submission gate, hardening, Spin), the same settings, its own name and job executor.
   * The starter's plugins that give node A its name, data source, job executor, deployment and first admin are left
   * out; their part is set here.
   */
  private ProcessEngine buildNodeB() throws Exception {
    var a = (ProcessEngineConfigurationImpl) nodeA.getProcessEngineConfiguration();
    Set<Class<?>> nodeAOnly = Set.of(DefaultProcessEngineConfiguration.class, DefaultDatasourceConfiguration.class,
        DefaultJobConfiguration.class, DefaultDeploymentConfiguration.class, CreateAdminUserConfiguration.class,
        CreateFilterConfiguration.class);
    // The starter hands node A its plugin beans in their order (as one composite plugin); node B gets the same beans.
    List<ProcessEnginePlugin> plugins = new ArrayList<>(context.getBeansOfType(ProcessEnginePlugin.class).values());
    AnnotationAwareOrderComparator.sort(plugins);
    plugins.removeIf(plugin -> nodeAOnly.contains(plugin.getClass()));
    assertThat(plugins).extracting(plugin -> plugin.getClass().getSimpleName())
        .contains("SubmissionGatePlugin", "PersonalDataPlugin", "EngineHardeningPlugin");

    var b = new SpringProcessEngineConfiguration();
    b.setProcessEngineName("node-b");
    b.setApplicationContext(context);
    b.setDataSource(dataSource);
    b.setTransactionManager(transactionManager);
    b.setDatabaseSchemaUpdate("false");
    b.setHistory(a.getHistory());
    b.setIdGenerator(new StrongUuidGenerator());
    b.setDefaultSerializationFormat(a.getDefaultSerializationFormat());
    b.setDefaultNumberOfRetries(a.getDefaultNumberOfRetries());
    b.setAuthorizationEnabled(true);
    b.setAdminUsers(new ArrayList<>(a.getAdminUsers()));
    b.setAdminGroups(new ArrayList<>(a.getAdminGroups()));
    b.setCustomJobHandlers(a.getCustomJobHandlers());
    b.setProcessEnginePlugins(new ArrayList<>(plugins));
    var executor = new DefaultJobExecutor();
    executor.setMaxJobsPerAcquisition(2);
    executor.setCorePoolSize(2);
    executor.setMaxPoolSize(2);
    executor.setQueueSize(1);
    executor.setWaitTimeInMillis(200);
    executor.setMaxWait(1000);
    b.setJobExecutor(executor);
    b.setJobExecutorDeploymentAware(false);
    b.setJobExecutorActivate(true);

    nodeBFactory = new ProcessEngineFactoryBean();
    nodeBFactory.setProcessEngineConfiguration(b);
    nodeBFactory.setApplicationContext(context);
    ProcessEngine engine = nodeBFactory.getObject();
    assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryLevel().getName())
        .isEqualTo("full");
    return engine;
  }

  // --- Acting as a user: the engine's authentication for the engine, Spring's for our beans (as the web layer does).

  private void asUser(ProcessEngine engine, String user, Runnable work) {
    engine.getIdentityService().setAuthentication(user, List.of(user));
    SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
        List.of(new SimpleGrantedAuthority(user))));
    try {
      work.run();
    } finally {
      engine.getIdentityService().clearAuthentication();
      SecurityContextHolder.clearContext();
    }
  }

  private String openTask(String instance, String taskKey) {
    var tasks = nodeA.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).list();
    assertThat(tasks).as("%s of %s", taskKey, instance).hasSize(1);
    return tasks.get(0).getId();
  }

  /** The coordinator claims and submits the task's form through the engine of one node. */
  private void completeOn(ProcessEngine engine, String instance, String taskKey, Map<String, Object> values,
      AtomicInteger conflicts) {
    String taskId = openTask(instance, taskKey);
    // Checklists as Tasklist submits them: a JSON array.
    Map<String, Object> form = new LinkedHashMap<>();
    values.forEach((name, value) -> form.put(name, value instanceof List<?> list
        ? SpinValues.jsonValue(JSON.valueToTree(list).toString()).create() : value));
    for (int attempt = 1; ; attempt++) {
      try {
        asUser(engine, "samordnare", () -> {
          engine.getTaskService().claim(taskId, "samordnare");
          engine.getFormService().submitTaskForm(taskId, form);
        });
        return;
      } catch (OptimisticLockingException e) {
        // A job changed the case in the same moment and this transaction was rolled back: the user sends the form again.
        conflicts.incrementAndGet();
        if (attempt == 10) {
          throw e;
        }
      }
    }
  }

  /** The coordinator completes the task over HTTP on node A, through Samverka's {@code /api}. */
  private void completeOverHttp(String instance, String taskKey, Map<String, Object> form) {
    steps.complete("samordnare", instance, taskKey, form);
  }

  private static Map<String, Object> assessment() {
    return SspfSteps.assessment("samordnare");
  }

  private static Map<String, Object> consent(Date now) {
    Map<String, Object> form = new LinkedHashMap<>(SspfSteps.consent(List.of("skola", "socialtjanst"),
        CaseService.CATEGORIES, true));
    LocalDate today = now.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    form.put("guardian1ConsentDate", today.toString());
    form.put("youthConsentDate", today.toString());
    form.put("consentValidTo", today.plusMonths(6).toString());
    return form;
  }

  // --- The database's view --------------------------------------------------------------------------------------

  /** Jobs that are due at {@code now} and can run (not suspended, retries left). */
  private List<String> dueJobs(Date now) {
    return jdbc.queryForList("select id_ from act_ru_job where duedate_ is not null and duedate_ <= ? and retries_ > 0 "
        + "and suspension_state_ = 1", String.class, new Timestamp(now.getTime()));
  }

  /**
   * The due jobs that run once: all but the engine's history cleanup, one job that reschedules itself to the next
   * night after each run.
   */
  private List<String> dueOnceJobs(Date now) {
    return jdbc.queryForList("select id_ from act_ru_job where duedate_ is not null and duedate_ <= ? and retries_ > 0 "
        + "and suspension_state_ = 1 and handler_type_ <> 'history-cleanup'", String.class, new Timestamp(now.getTime()));
  }

  /**
   * Moves the engine clock of both nodes. Nobody tells an idle job executor that time moved, so both are woken as a
   * new job would wake them: they then look for due jobs at the same moment and compete for each of them.
   */
  private void moveClockTo(Date now) {
    ClockUtil.setCurrentTime(now);
    jobExecutor(nodeA).jobWasAdded();
    jobExecutor(nodeB).jobWasAdded();
  }

  private void awaitNoDueJob(Date now) {
    await().atMost(AT_MOST).pollInterval(Duration.ofMillis(200))
        .untilAsserted(() -> assertThat(dueJobs(now)).as("due jobs at %s", now).isEmpty());
  }

  /** Per job id: how often its job log says it ran successfully, failed, was deleted. */
  private Map<String, Map<Integer, Integer>> jobLog(Collection<String> jobIds) {
    Map<String, Map<Integer, Integer>> log = new HashMap<>();
    jobIds.forEach(id -> log.put(id, new HashMap<>()));
    jdbc.query("select job_id_, job_state_, count(*) from act_hi_job_log group by job_id_, job_state_", rs -> {
      Map<Integer, Integer> states = log.get(rs.getString(1));
      if (states != null) {
        states.put(rs.getInt(2), rs.getInt(3));
      }
    });
    return log;
  }

  private static final int SUCCESSFUL = 2;
  private static final int FAILED = 1;
  private static final int DELETED = 3;

  private long count(String sql, Object... params) {
    return jdbc.queryForObject(sql, Long.class, params);
  }

  @Test
  void everyDueTimerRunsOnceOnOneOfTwoNodesAndCasesWorkedMeanwhileKeepTheirTasks() throws Exception {
    Map<String, Date> firstDue = new LinkedHashMap<>();
    for (String key : TIMER_STARTED) {
      firstDue.put(key, startTimer(key).getDuedate());
    }
    Date latest = firstDue.values().stream().max(Date::compareTo).orElseThrow();
    // Phase 1 is 15 days before the last yearly start: cases opened then have their 14-day reminder due in phase 2,
    // and their 30-day time-out not yet.
    Date phase1 = new Date(latest.getTime() - Duration.ofDays(15).toMillis());
    Date phase2 = new Date(latest.getTime() + Duration.ofMinutes(1).toMillis());
    AtomicInteger conflicts = new AtomicInteger();

    // Phase 1: the starts due by then fire on both nodes while referrals come in on node A and are assessed on both.
    List<String> duePhase1 = dueOnceJobs(phase1);
    moveClockTo(phase1);
    List<String> calm = new ArrayList<>();
    List<String> raced = new ArrayList<>();
    for (int i = 0; i < CALM_CASES + RACED_CASES; i++) {
      Map<String, Object> referral = SspfSteps.referral(TestPersons.identityNumber(15), "Nod" + i, "Oro i skolan.");
      // Signed the day the engine clock shows, so the consent neither lies ahead nor has lapsed.
      referral.put("referralConsentDate", phase1.toInstant().atZone(ZoneId.systemDefault()).toLocalDate().toString());
      String instance = steps.refer("skola", referral);
      (i < CALM_CASES ? calm : raced).add(instance);
      if (i % 2 == 0) {
        completeOverHttp(instance, "AssessReferralTask", assessment());
      } else {
        completeOn(nodeB, instance, "AssessReferralTask", assessment(), conflicts);
      }
    }
    awaitNoDueJob(phase1);

    // Phase 2: the last yearly start and every case's reminder fall due; at the same moment the coordinator records
    // the consent of the raced cases, half on each node, each in its own thread.
    List<String> duePhase2 = dueOnceJobs(phase2);
    String racedIn = raced.stream().map(id -> "'" + id + "'").collect(Collectors.joining(",", "(", ")"));
    ExecutorService users = Executors.newFixedThreadPool(RACED_CASES);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> consents = new ArrayList<>();
      for (int i = 0; i < raced.size(); i++) {
        ProcessEngine node = i % 2 == 0 ? nodeB : nodeA;
        String instance = raced.get(i);
        consents.add(users.submit(() -> {
          go.await();
          completeOn(node, instance, "ObtainConsentTask", consent(phase2), conflicts);
          return null;
        }));
      }
      moveClockTo(phase2);
      go.countDown();
      for (Future<?> consent : consents) {
        consent.get(AT_MOST.toSeconds(), TimeUnit.SECONDS);
      }
    } finally {
      users.shutdownNow();
    }
    awaitNoDueJob(phase2);

    // Nothing failed, nothing is stuck. A reminder that met the consent of its own case in the same moment may lose
    // the race (the engine's optimistic lock) and is then retried or, once the consent removed it, gone; no other job
    // fails.
    assertThat(count("select count(*) from act_ru_incident")).as("incidents").isZero();
    assertThat(count("select count(*) from act_ru_job where lock_owner_ is not null")).as("locked jobs").isZero();
    assertThat(count("select count(*) from act_hi_job_log where job_state_ = ? and (process_instance_id_ is null or "
        + "process_instance_id_ not in " + racedIn + ")", FAILED)).as("failed jobs").isZero();
    List<String> racedFailures = jdbc.queryForList("select job_exception_msg_ from act_hi_job_log where job_state_ = ? "
        + "and process_instance_id_ in " + racedIn, String.class, FAILED);
    assertThat(racedFailures).as("reminders that lost to the consent").allMatch(message -> message.contains(
        "was updated by another transaction concurrently"));

    // Every job due in a phase ran exactly once: one success in the job log, or (a raced reminder) deleted unrun
    // because the consent was recorded first.
    Set<String> racedReminders = Set.copyOf(jdbc.queryForList("select distinct job_id_ from act_hi_job_log where "
        + "act_id_ = 'ConsentReminderTimer' and process_instance_id_ in " + racedIn, String.class));
    List<String> due = new ArrayList<>(duePhase1);
    due.addAll(duePhase2);
    assertThat(due).as("jobs due in the two phases").hasSizeGreaterThanOrEqualTo(TIMER_STARTED.size());
    jobLog(due).forEach((id, states) -> {
      if (racedReminders.contains(id) && states.getOrDefault(SUCCESSFUL, 0) == 0) {
        assertThat(states.getOrDefault(DELETED, 0)).as("raced reminder %s deleted once", id).isEqualTo(1);
      } else {
        assertThat(states.getOrDefault(SUCCESSFUL, 0)).as("successes of job %s", id).isEqualTo(1);
      }
    });
    assertThat(jdbc.queryForList("select job_id_ from act_hi_job_log where job_state_ = ? and job_def_type_ <> "
        + "'history-cleanup' group by job_id_ having count(*) > 1", String.class, SUCCESSFUL))
        .as("jobs that ran more than once").isEmpty();

    // One process instance per timer start that ran, each holding its claim, no second start to skip. (An instance may
    // claim more than one period: est-analys after the third tertial claims the tertial and its year.)
    for (String key : TIMER_STARTED) {
      long started = count("select count(*) from act_hi_job_log where process_def_key_ = ? and job_def_type_ = "
          + "'timer-start-event' and job_state_ = ?", key, SUCCESSFUL);
      assertThat(started).as("timer starts of %s", key).isPositive();
      assertThat(count("select count(*) from act_hi_procinst where proc_def_key_ = ?", key)).as(key).isEqualTo(started);
      assertThat(count("select count(distinct instance_id) from period_run where process_key = ?", key)).as(key)
          .isEqualTo(started);
      assertThat(startTimer(key).getDuedate()).as("next start of %s", key).isAfter(phase2);
    }
    assertThat(count("select count(*) from period_run_skip")).as("second starts of a period").isZero();

    // Every calm case has its consent task and exactly one reminder task.
    for (String instance : calm) {
      assertThat(openTasks(instance)).as(instance).containsOnly(
          Map.entry("ObtainConsentTask", 1L), Map.entry("RemindConsentTask", 1L));
    }
    // Every raced case went on to the mapping talk once; it has a reminder task exactly when its reminder ran.
    for (String instance : raced) {
      long reminded = count("select count(*) from act_hi_job_log where process_instance_id_ = ? and act_id_ = "
          + "'ConsentReminderTimer' and job_state_ = ?", instance, SUCCESSFUL);
      Map<String, Long> expected = new HashMap<>(Map.of("MappingTalkTask", 1L));
      if (reminded == 1) {
        expected.put("RemindConsentTask", 1L);
      }
      assertThat(openTasks(instance)).as(instance).isEqualTo(expected);
      assertThat(count("select count(*) from act_hi_taskinst where proc_inst_id_ = ? and task_def_key_ = "
          + "'ObtainConsentTask'", instance)).isEqualTo(1);
    }
    // No task twice in one instance, except the instances of a multi-instance task (one per EST unit, per district).
    Set<String> multiInstance = multiInstanceTasks(nodeA);
    assertThat(jdbc.queryForList("select d.key_ || ':' || t.task_def_key_ as task, t.proc_inst_id_ from act_ru_task t"
        + " join act_re_procdef d on d.id_ = t.proc_def_id_ group by d.key_, t.proc_inst_id_, t.task_def_key_"
        + " having count(*) > 1").stream().filter(row -> !multiInstance.contains((String) row.get("task")))
        .map(row -> row.get("proc_inst_id_")).toList()).as("duplicate tasks").isEmpty();

    // Both nodes did their share of the work.
    Map<String, Long> byNode = new HashMap<>();
    jdbc.query("select hostname_, count(*) from act_hi_job_log where job_state_ = ? group by hostname_",
        rs -> { byNode.put(rs.getString(1), rs.getLong(2)); }, SUCCESSFUL);
    System.out.printf("two nodes: due %d + %d jobs, successes by node %s, consents sent again %d, raced reminders "
        + "run %d, reminders that lost to the consent %d%n", duePhase1.size(), duePhase2.size(), byNode,
        conflicts.get(), count("select count(*) from act_hi_job_log where act_id_ = 'ConsentReminderTimer' and "
        + "job_state_ = ? and process_instance_id_ in " + racedIn, SUCCESSFUL), racedFailures.size());
    assertThat(byNode.keySet()).as("nodes that ran jobs").anyMatch(host -> host.endsWith("$node-b"))
        .anyMatch(host -> !host.endsWith("$node-b"));
  }

  /** The start timer of a process: its one timer job outside an instance (the instances have timers of their own). */
  private org.camunda.bpm.engine.runtime.Job startTimer(String key) {
    var timers = nodeA.getManagementService().createJobQuery().timers().processDefinitionKey(key).list().stream()
        .filter(job -> job.getProcessInstanceId() == null).toList();
    assertThat(timers).as("start timer of %s", key).hasSize(1);
    return timers.get(0);
  }

  private Map<String, Long> openTasks(String instance) {
    Map<String, Long> tasks = new HashMap<>();
    jdbc.query("select task_def_key_, count(*) from act_ru_task where proc_inst_id_ = ? group by task_def_key_",
        rs -> { tasks.put(rs.getString(1), rs.getLong(2)); }, instance);
    return tasks;
  }

  /** process key:task id of every user task of the deployed models that is, or lies within, a multi-instance. */
  private static Set<String> multiInstanceTasks(ProcessEngine engine) {
    Set<String> tasks = new java.util.HashSet<>();
    var repository = engine.getRepositoryService();
    for (var definition : repository.createProcessDefinitionQuery().list()) {
      var model = repository.getBpmnModelInstance(definition.getId());
      for (var task : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class)) {
        for (org.camunda.bpm.model.xml.instance.ModelElementInstance e = task; e != null; e = e.getParentElement()) {
          if (e instanceof org.camunda.bpm.model.bpmn.instance.Activity a && a.getLoopCharacteristics() != null) {
            tasks.add(definition.getKey() + ":" + task.getId());
            break;
          }
        }
      }
    }
    return tasks;
  }
}
