package se.samverka.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverka.sspf.SspfSteps;
import se.samverka.support.BrowserSession;
import se.samverka.support.Http;
import se.samverka.support.PostgresIntegrationTest;
import se.samverka.support.TestPersons;
import se.samverka.workflow.CaseNumbers;

/**
 * The case number, the task read model and the task list on PostgreSQL: the model against the engine after each kind
 * of change, in the engine's transaction; the rebuild; numbering under concurrency; the API and pages for every role.
 */
@PostgresIntegrationTest
class TaskListIntegrationTests {

  static final List<String> ROLES = List.of("skola", "socialtjanst", "polis", "fritid", "samordnare", "chef",
      "styrgrupp", "alkoholhandlaggare", "admin");

  @Autowired
  Http http;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  CaseNumbers caseNumbers;
  @Autowired
  TaskReadModel model;
  @Autowired
  PlatformTransactionManager transactions;

  SspfSteps steps;

  @BeforeEach
  void setUp() {
    steps = new SspfSteps(http);
  }

  private String refer(String firstName) {
    return steps.refer("skola", SspfSteps.referral(TestPersons.identityNumber(14), firstName, "Hög frånvaro."));
  }

  private String businessKey(String instance) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey();
  }

  private String task(String instance, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult().getId();
  }

  /** Every open task of the instance is in the model with the engine's name, assignee, due date and groups. */
  private void assertModelMatchesEngine(String instance) {
    Map<String, String> engine = new TreeMap<>();
    for (Task t : taskService.createTaskQuery().processInstanceId(instance).list()) {
      Set<String> groups = new java.util.TreeSet<>();
      for (IdentityLink link : taskService.getIdentityLinksForTask(t.getId())) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
          groups.add(link.getGroupId());
        }
      }
      engine.put(t.getId(), String.join("|", t.getName(), String.valueOf(t.getAssignee()),
          String.valueOf(t.getDueDate() == null ? null : t.getDueDate().toInstant()),
          t.getCreateTime().toInstant().toString(), groups.toString()));
    }
    Map<String, String> readModel = new TreeMap<>();
    for (Map<String, Object> row : jdbc.queryForList("select * from sv_task where process_instance_id = ?",
        instance)) {
      String id = (String) row.get("task_id");
      Set<String> groups = new java.util.TreeSet<>(jdbc.queryForList(
          "select group_id from sv_task_candidate where task_id = ?", String.class, id));
      List<Map<String, Object>> sortKeys = jdbc.queryForList(
          "select distinct created_at, due_at from sv_task_candidate where task_id = ?", id);
      assertThat(sortKeys).as("the candidates carry the task's sort keys").hasSizeLessThanOrEqualTo(1);
      if (!sortKeys.isEmpty()) {
        assertThat(sortKeys.get(0).get("due_at")).isEqualTo(row.get("due_at"));
        assertThat(sortKeys.get(0).get("created_at")).isEqualTo(row.get("created_at"));
      }
      Object due = row.get("due_at");
      readModel.put(id, String.join("|", (String) row.get("name"), String.valueOf(row.get("assignee")),
          String.valueOf(due == null ? null : ((java.sql.Timestamp) due).toInstant()),
          ((java.sql.Timestamp) row.get("created_at")).toInstant().toString(), groups.toString()));
    }
    assertThat(readModel).isEqualTo(engine);
    // The counters of taken tasks per group and person (V38) agree with the tasks and candidates they count.
    assertThat(jdbc.queryForList("select group_id, assignee, open_count from sv_task_assigned where open_count <> 0"
        + " order by group_id, assignee")).isEqualTo(jdbc.queryForList("select c.group_id, t.assignee,"
        + " count(*) as open_count from sv_task t join sv_task_candidate c on c.task_id = t.task_id"
        + " where t.assignee is not null group by c.group_id, t.assignee order by c.group_id, t.assignee"));
  }

  // --- case numbers

  @Test
  void everyStartGetsACaseNumberThatTheCaseKeeps() {
    String instance = refer("Numrerad");
    String number = businessKey(instance);
    assertThat(number).matches("SSPF-\\d{4}-\\d{4,}");
    assertThat(number).contains("-" + CaseNumbers.yearOf(Instant.now()) + "-");
    String caseId = (String) runtimeService.getVariable(instance, "caseId");
    assertThat(jdbc.queryForObject("select case_number from sv_case where id = ?", String.class, caseId))
        .isEqualTo(number);
    JsonNode view = http.get("samordnare", "/api/cases/" + caseId).json();
    assertThat(view.findValuesAsText("caseNumber")).contains(number);
    String other = businessKey(refer("Numrerad två"));
    assertThat(other).isNotEqualTo(number).startsWith("SSPF-");
  }

  @Test
  void theYearIsSwedishTimeAndNumbersHaveFourDigits() {
    String key = "arstest-" + System.nanoTime();
    String number = new TransactionTemplate(transactions).execute(
        s -> caseNumbers.next(key, Instant.parse("2026-12-31T23:30:00Z")));
    assertThat(number).isEqualTo("ARST-2027-0001");
    assertThat(CaseNumbers.prefix("orosanmalan")).isEqualTo("ORO");
    assertThat(CaseNumbers.prefix("alkoholtillsyn")).isEqualTo("TIL");
  }

  @Test
  void twoStartsAtOnceNeverGetTheSameNumber() throws Exception {
    String key = "samtidig-" + System.nanoTime();
    int threads = 8;
    int perThread = 10;
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    ConcurrentLinkedQueue<String> numbers = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      done.add(pool.submit(() -> {
        ready.countDown();
        go.await();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        for (int i = 0; i < perThread; i++) {
          numbers.add(transaction.execute(s -> caseNumbers.next(key, Instant.parse("2026-06-01T10:00:00Z"))));
        }
        return null;
      }));
    }
    ready.await();
    go.countDown();
    for (Future<?> f : done) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    Set<String> expected = new HashSet<>();
    for (int n = 1; n <= threads * perThread; n++) {
      expected.add(String.format("SAMT-2026-%04d", n));
    }
    assertThat(numbers).hasSize(threads * perThread).doesNotHaveDuplicates();
    assertThat(new HashSet<>(numbers)).isEqualTo(expected);
  }

  // --- the read model against the engine

  @Test
  void theModelFollowsCreationAssignmentDueDateCandidatesAndCompletion() {
    String instance = refer("Modell");
    String assess = task(instance, "AssessReferralTask");
    assertModelMatchesEngine(instance);
    Map<String, Object> row = jdbc.queryForMap("select * from sv_task where task_id = ?", assess);
    assertThat(row.get("case_number")).isEqualTo(businessKey(instance));
    assertThat(row.get("case_id")).isEqualTo(runtimeService.getVariable(instance, "caseId"));
    assertThat(row.get("district")).isEqualTo("mariefred");
    assertThat(row.get("process_key")).isEqualTo("sspf-arende");

    // Claimed for the coordinator through the engine's REST API (the administrator's, since caseworkers have none),
    // then given back: the model follows the engine whichever interface acts.
    assertThat(http.post("admin", "/engine-rest/task/" + assess + "/claim", Map.of("userId", "samordnare"))
        .status()).isEqualTo(204);
    assertThat(jdbc.queryForObject("select assignee from sv_task where task_id = ?", String.class, assess))
        .isEqualTo("samordnare");
    assertModelMatchesEngine(instance);
    assertThat(http.post("admin", "/engine-rest/task/" + assess + "/unclaim", null).status()).isEqualTo(204);
    assertModelMatchesEngine(instance);

    // A new due date.
    Task task = taskService.createTaskQuery().taskId(assess).singleResult();
    task.setDueDate(Date.from(Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS)));
    taskService.saveTask(task);
    assertModelMatchesEngine(instance);

    // A candidate group added after creation, and removed again.
    taskService.addCandidateGroup(assess, "polis");
    assertThat(jdbc.queryForList("select group_id from sv_task_candidate where task_id = ?", String.class, assess))
        .containsExactlyInAnyOrder("samordnare", "polis");
    assertModelMatchesEngine(instance);
    taskService.deleteCandidateGroup(assess, "polis");
    assertModelMatchesEngine(instance);

    // Completed: gone; the next task (the consent, routed by a listener to the referrer and the coordinator) is there.
    steps.assess(instance, "aktualiserande");
    assertThat(jdbc.queryForObject("select count(*) from sv_task where task_id = ?", Integer.class, assess)).isZero();
    assertModelMatchesEngine(instance);
    String consent = task(instance, "ObtainConsentTask");
    assertThat(jdbc.queryForList("select group_id from sv_task_candidate where task_id = ?", String.class, consent))
        .containsExactlyInAnyOrder("skola", "samordnare");
  }

  @Test
  void theModelFollowsBoundaryTimersAndCancellation() {
    String instance = refer("Tidsgräns");
    steps.assess(instance);
    String consent = task(instance, "ObtainConsentTask");
    // The non-interrupting reminder adds a task; the interrupting time-out deletes the consent task.
    steps.fireTimer(instance, "ConsentReminderTimer");
    assertModelMatchesEngine(instance);
    assertThat(jdbc.queryForObject("select count(*) from sv_task where process_instance_id = ? and task_key = ?",
        Integer.class, instance, "RemindConsentTask")).isEqualTo(1);
    steps.fireTimer(instance, "ConsentTimeOutTimer");
    assertThat(jdbc.queryForObject("select count(*) from sv_task where task_id = ?", Integer.class, consent)).isZero();
    assertModelMatchesEngine(instance);

    String cancelled = refer("Avbruten");
    assertThat(jdbc.queryForObject("select count(*) from sv_task where process_instance_id = ?", Integer.class,
        cancelled)).isEqualTo(1);
    runtimeService.deleteProcessInstance(cancelled, "test");
    assertThat(jdbc.queryForObject("select count(*) from sv_task where process_instance_id = ?", Integer.class,
        cancelled)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from sv_task_candidate c where not exists "
        + "(select 1 from sv_task t where t.task_id = c.task_id)", Integer.class)).isZero();
  }

  @Test
  void theModelRollsBackWithTheEngine() {
    String instance = refer("Återställd");
    String assess = task(instance, "AssessReferralTask");
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      taskService.setAssignee(assess, "samordnare");
      taskService.addCandidateGroup(assess, "fritid");
      assertThat(jdbc.queryForObject("select assignee from sv_task where task_id = ?", String.class, assess))
          .isEqualTo("samordnare");
      status.setRollbackOnly();
    });
    assertThat(jdbc.queryForObject("select assignee from sv_task where task_id = ?", String.class, assess)).isNull();
    assertModelMatchesEngine(instance);
  }

  @Test
  void theAdministratorRebuildsTheModelFromTheEngine() {
    String instance = refer("Återuppbyggd");
    steps.assess(instance, "aktualiserande");
    Map<String, Object> before = jdbc.queryForMap("select * from sv_task where process_instance_id = ?", instance);
    new TransactionTemplate(transactions).executeWithoutResult(s -> {
      jdbc.update("delete from sv_task_candidate");
      jdbc.update("delete from sv_task");
    });
    assertThat(model.needsRebuild()).isTrue();
    assertThat(http.post("samordnare", "/api/admin/tasks/rebuild", null).status()).isEqualTo(403);
    var rebuilt = http.post("admin", "/api/admin/tasks/rebuild", null);
    assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(200);
    assertThat(rebuilt.json().path("tasks").asLong()).isPositive();
    assertThat(model.needsRebuild()).isFalse();
    assertModelMatchesEngine(instance);
    Map<String, Object> after = jdbc.queryForMap("select * from sv_task where process_instance_id = ?", instance);
    assertThat(after).isEqualTo(before);
  }

  // --- the API

  @Test
  void aGroupQueueIsOnlyForItsMembersAndListsOnlyTheirTasks() {
    refer("Kö");
    for (String role : ROLES) {
      JsonNode counts = http.get(role, "/api/tasks/counts").json();
      List<String> queues = new ArrayList<>();
      counts.path("groups").fieldNames().forEachRemaining(queues::add);
      assertThat(queues).as(role).doesNotContain("camunda-admin");
      if (!role.equals("admin")) {
        assertThat(queues).as(role).contains(role);
      }
      var mine = http.get(role, "/api/tasks?queue=mina&size=100");
      assertThat(mine.status()).as(role).isEqualTo(200);
      mine.json().path("items").forEach(t -> assertThat(t.path("assignee").asText()).isEqualTo(role));
      for (String queue : queues) {
        var page = http.get(role, "/api/tasks?queue=" + queue + "&size=100");
        assertThat(page.status()).as(role + " " + queue).isEqualTo(200);
        for (JsonNode item : page.json().path("items")) {
          List<String> groups = new ArrayList<>();
          item.path("candidateGroups").forEach(g -> groups.add(g.asText()));
          assertThat(groups).as("%s's queue %s lists only tasks offered to it", role, queue).contains(queue);
        }
      }
      for (String other : List.of("samordnare", "socialtjanst", "polis", "camunda-admin", "nobody")) {
        if (!queues.contains(other)) {
          var refused = http.get(role, "/api/tasks?queue=" + other);
          assertThat(refused.status()).as("%s asks for %s's queue", role, other).isEqualTo(404);
          assertThat(refused.body()).doesNotContain("SSPF-");
        }
      }
    }
  }

  @Test
  void theListShowsTheCaseNumberAndTheNameOnlyWhereTheAccessRuleAllows() {
    String instance = refer("Synlig");
    String assess = task(instance, "AssessReferralTask");
    String number = businessKey(instance);
    // The police are offered the task (as a process might do) but may not see whom the case is about.
    taskService.addCandidateGroup(assess, "polis");

    JsonNode coordinator = http.get("samordnare", "/api/tasks?queue=samordnare&caseNumber=" + number).json();
    assertThat(coordinator.path("total").asLong()).isEqualTo(1);
    assertThat(coordinator.path("totalIsLowerBound").asBoolean()).isFalse();
    JsonNode item = coordinator.path("items").get(0);
    assertThat(item.path("id").asText()).isEqualTo(assess);
    assertThat(item.path("caseNumber").asText()).isEqualTo(number);
    assertThat(item.path("subject").asText()).isEqualTo("Synlig Testsson");
    assertThat(item.path("processKey").asText()).isEqualTo("sspf-arende");
    assertThat(item.path("processName").asText()).isNotBlank().isNotEqualTo("sspf-arende");
    assertThat(item.path("link").asText()).startsWith("/arenden/");

    JsonNode police = http.get("polis", "/api/tasks?queue=polis&processInstanceId=" + instance).json();
    assertThat(police.path("items")).hasSize(1);
    assertThat(police.path("items").get(0).path("caseNumber").asText()).isEqualTo(number);
    assertThat(police.path("items").get(0).path("subject").isNull()).isTrue();
    assertThat(http.get("polis", "/api/tasks?queue=polis&processInstanceId=" + instance).body())
        .doesNotContain("Synlig");
    // Schools see neither the task nor the name.
    assertThat(http.get("skola", "/api/tasks?queue=skola&processInstanceId=" + instance).json()
        .path("items")).isEmpty();
  }

  @Test
  void theDeadlineStateOfTheCaseIsShownInWords() {
    var form = SspfSteps.person(TestPersons.identityNumber(9), "Frist", "Anmäldsson", "strangnas");
    form.put("reporterAgency", "skola");
    form.put("reporterMandatory", true);
    form.put("violenceInvolved", false);
    form.put("pd_grund_beskrivning", "Eleven berättar att det är bråk hemma.");
    String instance = steps.start("skola", "orosanmalan", form);
    JsonNode items = http.get("socialtjanst", "/api/tasks?queue=socialtjanst&processInstanceId=" + instance).json()
        .path("items");
    assertThat(items).hasSize(1);
    assertThat(items.get(0).path("caseNumber").asText()).startsWith("ORO-");
    // The protection assessment is due today or tomorrow: within the at-risk margin of two days.
    assertThat(items.get(0).path("deadlineState").asText()).isEqualTo("SNART");
    assertThat(http.get("socialtjanst", "/api/tasks?queue=socialtjanst&overdue=true&processInstanceId=" + instance)
        .json().path("items")).isEmpty();
  }

  @Test
  void badParametersAreASwedishBadRequestThatEchoesNothing() {
    Map<String, String> bad = Map.of("page=-1", "page", "size=1000000", "size", "sort=namn", "sort",
        "dueWithinDays=x", "dueWithinDays", "overdue=kanske", "overdue", "caseNumber=1%3Bdrop", "caseNumber",
        "process=" + "x".repeat(3000), "process", "district=%C3%A5%C3%A4%C3%B6", "district");
    bad.forEach((query, field) -> {
      var response = http.get("samordnare", "/api/tasks?" + query);
      assertThat(response.status()).as(query).isEqualTo(400);
      assertThat(response.json().path("fields").has(field)).as(response.body()).isTrue();
      assertThat(response.body()).doesNotContain("xxxxxxxxxx").doesNotContain("drop").doesNotContain("SQL")
          .doesNotContain("Exception");
      assertThat(response.json().path("detail").asText()).contains("Filtret");
    });
    var megabyte = http.get("samordnare", "/api/tasks?process=" + "y".repeat(1_000_000));
    assertThat(megabyte.status()).isEqualTo(400);
    assertThat(megabyte.body()).doesNotContain("yyyyyyyyyy");
  }

  // --- pages

  @Test
  void thePagesShowTheQueuesWithCountsToTheirMembersOnly() throws Exception {
    String instance = refer("Sidvisad");
    String number = businessKey(instance);
    for (String role : ROLES) {
      BrowserSession browser = new BrowserSession(http);
      browser.login(role, Http.PASSWORD);
      HttpResponse<String> start = browser.get("/");
      assertThat(start.statusCode()).as(role).isEqualTo(200);
      assertThat(start.body()).as(role).contains("Mina uppgifter (").contains("href=\"/uppgifter\"");
      assertThat(start.body().contains("/camunda/app/tasklist/")).as("%s sees Tasklist", role)
          .isEqualTo(role.equals("admin"));
      HttpResponse<String> mine = browser.get("/uppgifter");
      assertThat(mine.statusCode()).as(role).isEqualTo(200);
      assertThat(mine.body()).contains("<h1 id=\"rubrik\">Mina uppgifter</h1>").contains("<caption");
      if (!role.equals("admin")) {
        assertThat(browser.get("/uppgifter/grupp/" + role).statusCode()).as(role).isEqualTo(200);
      }
      if (!role.equals("samordnare")) {
        HttpResponse<String> refused = browser.get("/uppgifter/grupp/samordnare");
        assertThat(refused.statusCode()).as(role).isEqualTo(404);
        assertThat(refused.body()).doesNotContain(number);
      }
      HttpResponse<String> bad = browser.get("/uppgifter?page=-1&sort=namn");
      assertThat(bad.statusCode()).as(role).isEqualTo(400);
      assertThat(bad.body()).contains("Sidan ska vara").contains("Sortera på").contains("aria-describedby=\"sort-fel\"");
    }
    BrowserSession coordinator = new BrowserSession(http);
    coordinator.login("samordnare", Http.PASSWORD);
    HttpResponse<String> queue = coordinator.get("/uppgifter/grupp/samordnare?caseNumber=" + number);
    assertThat(queue.statusCode()).isEqualTo(200);
    assertThat(queue.body()).contains(number).contains("Sidvisad Testsson").contains("Bedöm aktualiseringen")
        .contains("href=\"/uppgifter/" + task(instance, "AssessReferralTask") + "\"")
        .contains("aria-current=\"page\"");
  }
}
