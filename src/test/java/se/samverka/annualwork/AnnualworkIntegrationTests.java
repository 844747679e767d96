package se.samverka.annualwork;

import static se.samverka.support.EngineTime.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samverka.support.BrowserSession;
import se.samverka.support.Http;
import se.samverka.support.PostgresIntegrationTest;
import se.samverka.support.WorkApi;
import se.samverka.workflow.PeriodRuns;

/**
 * Three simulated years of AAS and KMK on PostgreSQL, with a redeployment of the models between the first and the
 * second year: each process runs once per year however often it is started, and the year's work is done over HTTP by
 * the demo users, with the premises register following the AAS results and the KMK certifications.
 */
@PostgresIntegrationTest
class AnnualworkIntegrationTests {

  private static final String OFFICER = "alkoholhandlaggare";
  private static final String CSV = "namn;adress;kommundel;tillstandshavare;organisationsnummer;tillstand;kategori;"
      + "serveringstid;uteservering;kmk;aas_utbildade;risk_dans;risk_unga_gaster;risk_sena_timmar;"
      + "risk_tidigare_anmarkningar;risk_klagomal\n"
      + "Krogen Ankaret;Storgatan 1;strangnas;Ankaret AB;556012-5790;stadigvarande;allmanheten;11:00-01:00;ja;"
      + "certifierad;0;ja;nej;ja;nej;nej\n"
      + "Stadsbaren;Torget 1;strangnas;Stadsbaren AB;556016-0680;stadigvarande;allmanheten;11:00-02:00;nej;pagar;0;"
      + "ja;nej;ja;nej;nej\n"
      + "Café Kvarnen;Hamngatan 5;mariefred;Kvarnen HB;5560160680;tillfalligt;slutet-sallskap;18:00-23:00;nej;ej;0;"
      + "nej;nej;nej;nej;nej\n";

  @Autowired
  Http http;

  @Autowired
  ManagementService managementService;

  @Autowired
  RepositoryService repositoryService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  PeriodRuns runs;

  @Autowired
  AasCourses courses;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private Job timer(String processKey) {
    List<Job> timers = managementService.createJobQuery().timers().processDefinitionKey(processKey).list();
    assertThat(timers).as("timer-start jobs of %s", processKey).hasSize(1);
    return timers.get(0);
  }

  /** Moves the clock to just after the year's AAS and KMK dates and fires the due timers. */
  private void startYear(int year) {
    ClockUtil.setCurrentTime(at(year, 1, 15, 7));
    for (String key : List.of(AasArProcess.KEY, KmkArProcess.KEY)) {
      Job due = timer(key);
      assertThat(due.getDuedate()).as("%s due in %d", key, year).isBefore(at(year, 1, 15, 7))
          .isAfter(at(year, 1, 1, 0));
      managementService.executeJob(due.getId());
    }
  }

  /**
   * A new deployment of the same models, as an operator's manual redeploy would make. No duplicate filtering (note:
   * {@code enableDuplicateFiltering(false)} would switch filtering on and skip the unchanged files), so each process
   * gets a new version, and its timer-start job is replaced by one for the new version.
   */
  private void redeploy() {
    var deployment = repositoryService.createDeployment().name("samverka");
    for (String resource : List.of("bpmn/annualwork/aas-ar.bpmn", "bpmn/annualwork/kmk-ar.bpmn",
        "forms/annualwork/aas-planera.form", "forms/annualwork/aas-deltagare.form", "forms/annualwork/aas-resultat.form",
        "forms/annualwork/kmk-utbildning.form", "forms/annualwork/kmk-rond-dag.form",
        "forms/annualwork/kmk-rond-natt.form", "forms/annualwork/kmk-drogpolicy.form",
        "forms/annualwork/kmk-krogarmote.form", "forms/annualwork/kmk-arsrapport.form")) {
      deployment.addClasspathResource(resource);
    }
    deployment.deploy();
  }

  private String holder(String processKey, int year) {
    return runs.holder(processKey, year).orElseThrow().holderInstanceId();
  }

  /** The user's tasks at a step of an instance, found in the user's queues in Samverka. */
  private List<JsonNode> tasks(String user, String instance, String taskKey) {
    return new WorkApi(http).tasks(user, instance).stream()
        .filter(t -> taskKey.equals(t.path("taskDefinitionKey").asText())).toList();
  }

  /** Which course or premises a task of a multi-instance is about: the process's variable, read as the administrator. */
  private String variable(String user, JsonNode task, String name) {
    return http.get("admin", "/engine-rest/task/" + task.path("id").asText() + "/variables/" + name).json()
        .path("value").asText();
  }

  private JsonNode taskWith(String user, String instance, String taskKey, String variable, String value) {
    return tasks(user, instance, taskKey).stream().filter(t -> value.equals(variable(user, t, variable)))
        .findFirst().orElseThrow(() -> new AssertionError(user + " sees no " + taskKey + " with " + value));
  }

  private Http.Response submit(String user, JsonNode task, Map<String, Object> form) {
    return new WorkApi(http).complete(user, task.path("id").asText(), form);
  }

  private void complete(String user, JsonNode task, Map<String, Object> form) {
    var response = submit(user, task, form);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
  }

  private JsonNode single(String user, String instance, String taskKey) {
    List<JsonNode> tasks = tasks(user, instance, taskKey);
    assertThat(tasks).as("%s sees one %s", user, taskKey).hasSize(1);
    return tasks.get(0);
  }

  private Map<String, JsonNode> premisesByName() {
    Map<String, JsonNode> byName = new HashMap<>();
    http.get(OFFICER, "/api/premises").json().forEach(p -> byName.put(p.path("name").asText(), p));
    return byName;
  }

  private void importPremises() {
    var response = http.postCsv(OFFICER, "/api/premises/import", CSV);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
  }

  private String participant(String courseId, String name, String premisesId, String role) {
    var response = http.post(OFFICER, "/api/aas/courses/" + courseId + "/participants",
        Map.of("name", name, "premisesId", premisesId, "role", role));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().path("id").asText();
  }

  private Http.Response result(String participantId, boolean passed, String diploma) {
    Map<String, Object> body = new HashMap<>();
    body.put("passed", passed);
    body.put("diplomaNumber", diploma);
    return http.send(OFFICER, "PUT", "/api/aas/participants/" + participantId + "/result", body);
  }

  @Test
  void threeYearsWithARedeployRunEachCycleOncePerYearAndThePremisesFollow() throws Exception {
    importPremises();
    Map<String, JsonNode> premises = premisesByName();
    String ankaret = premises.get("Krogen Ankaret").path("id").asText();
    String stadsbaren = premises.get("Stadsbaren").path("id").asText();

    int first = timer(AasArProcess.KEY).getDuedate().toInstant().atZone(ZoneId.systemDefault()).getYear();
    assertThat(timer(AasArProcess.KEY).getDuedate()).isEqualTo(at(first, 1, 10, 6));
    assertThat(timer(KmkArProcess.KEY).getDuedate()).isEqualTo(at(first, 1, 15, 6));

    // Year 1: both cycles start; a second start by hand in the same year does nothing.
    startYear(first);
    String aas = holder(AasArProcess.KEY, first);
    String kmk = holder(KmkArProcess.KEY, first);
    String extra = runtimeService.startProcessInstanceByKey(KmkArProcess.KEY).getId();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(extra).count()).isZero();
    assertThat(holder(KmkArProcess.KEY, first)).isEqualTo(kmk);

    // AAS: two courses by default; participants and results go through the API, never through the forms.
    complete(OFFICER, single(OFFICER, aas, AasArProcess.PLAN_COURSES),
        Map.of(AasArProcess.COURSE_COUNT, 2L, AasArProcess.COURSE_PROVIDER, "STAD"));
    JsonNode courses = http.get(OFFICER, "/api/aas/courses?year=" + first).json();
    assertThat(courses).hasSize(2);
    String course1 = courses.get(0).path("id").asText();
    String course2 = courses.get(1).path("id").asText();
    assertThat(courses.get(1).path("number").asInt()).isEqualTo(2);

    String anna = participant(course1, "Anna Andersson", ankaret, "serveringspersonal");
    String bo = participant(course1, "Bo Berg", stadsbaren, "ordningsvakt");
    String cecilia = participant(course2, "Cecilia Ceder", ankaret, "serveringsansvarig");
    var unknownPremises = http.post(OFFICER, "/api/aas/courses/" + course1 + "/participants",
        Map.of("name", "Dan Dahl", "premisesId", "finns-inte", "role", "agare"));
    assertThat(unknownPremises.status()).isEqualTo(400);
    assertThat(unknownPremises.json().path("detail").asText()).contains("Okänt serveringsställe");
    var unknownRole = http.post(OFFICER, "/api/aas/courses/" + course1 + "/participants",
        Map.of("name", "Dan Dahl", "premisesId", ankaret, "role", "kock"));
    assertThat(unknownRole.status()).isEqualTo(400);
    assertThat(unknownRole.json().path("detail").asText()).contains("Okänd roll");
    assertThat(http.get(OFFICER, "/api/aas/courses?year=tjugo").status()).isEqualTo(400);
    assertThat(http.post(OFFICER, "/api/aas/courses/finns-inte/participants",
        Map.of("name", "Dan Dahl", "premisesId", ankaret, "role", "agare")).status()).isEqualTo(404);

    for (String course : List.of(course1, course2)) {
      complete(OFFICER, taskWith(OFFICER, aas, AasArProcess.REGISTER_PARTICIPANTS, AasArProcess.COURSE_ID, course),
          Map.of(AasArProcess.COURSE_DATE, LocalDate.of(first, 3, 16).toString(), AasArProcess.COURSE_VENUE,
              "Stadshuset", AasArProcess.PARTICIPANTS_REGISTERED, true));
    }
    // The names stay out of the engine: neither runtime nor history holds them.
    assertThat(http.get("admin", "/engine-rest/history/variable-instance?processInstanceId=" + aas).body())
        .doesNotContain("Anna Andersson", "Bo Berg");

    JsonNode results1 = taskWith(OFFICER, aas, AasArProcess.REGISTER_RESULTS, AasArProcess.COURSE_ID, course1);
    var early = submit(OFFICER, results1, Map.of(AasArProcess.RESULTS_REGISTERED, true));
    assertThat(early.status()).isEqualTo(400);
    assertThat(early.body()).contains("saknar provresultat");

    assertThat(result(anna, true, "AAS-" + first + "-001").status()).isEqualTo(200);
    assertThat(result(bo, false, null).status()).isEqualTo(200);
    var taken = result(cecilia, true, "AAS-" + first + "-001");
    assertThat(taken.status()).isEqualTo(400);
    assertThat(taken.json().path("detail").asText()).contains("redan utfärdat");
    assertThat(result(cecilia, false, "AAS-" + first + "-002").status()).isEqualTo(400);
    assertThat(result(cecilia, true, "AAS-" + first + "-002").status()).isEqualTo(200);
    assertThat(premisesByName().get("Krogen Ankaret").path("aasTrainedStaff").asInt()).isEqualTo(2);
    assertThat(premisesByName().get("Stadsbaren").path("aasTrainedStaff").asInt()).isZero();

    complete(OFFICER, results1, Map.of(AasArProcess.RESULTS_REGISTERED, true));
    complete(OFFICER, single(OFFICER, aas, AasArProcess.REGISTER_RESULTS),
        Map.of(AasArProcess.RESULTS_REGISTERED, true));
    assertThat(http.get("admin", "/engine-rest/history/process-instance/" + aas).json().path("state").asText())
        .isEqualTo("COMPLETED");

    // KMK: training with the police, rounds for the two participating bars; Stadsbaren has no drug policy yet.
    complete("polis", single("polis", kmk, KmkArProcess.KEY_STAFF_TRAINING), Map.of(KmkArProcess.TRAINING_DATE,
        LocalDate.of(first, 2, 10).toString(), KmkArProcess.KEY_PERSONS_TRAINED, 12L, KmkArProcess.POLICE_TOOK_PART,
        true));
    assertThat(tasks(OFFICER, kmk, KmkArProcess.DAY_ROUND)).hasSize(2);
    for (String bar : List.of(ankaret, stadsbaren)) {
      complete(OFFICER, taskWith(OFFICER, kmk, KmkArProcess.DAY_ROUND, KmkArProcess.PREMISES_ID, bar),
          Map.of(KmkArProcess.DAY_ROUND_DATE, LocalDate.of(first, 3, 2).toString(), KmkArProcess.DAY_ROUND_RESULT,
              KmkArProcess.ROUND_APPROVED));
      complete(OFFICER, taskWith(OFFICER, kmk, KmkArProcess.NIGHT_ROUND, KmkArProcess.PREMISES_ID, bar),
          Map.of(KmkArProcess.NIGHT_ROUND_DATE, LocalDate.of(first, 3, 6).toString(),
              KmkArProcess.NIGHT_ROUND_RESULT, KmkArProcess.ROUND_APPROVED));
      complete(OFFICER, taskWith(OFFICER, kmk, KmkArProcess.DRUG_POLICY, KmkArProcess.PREMISES_ID, bar),
          Map.of(KmkArProcess.DRUG_POLICY_RECEIVED, bar.equals(ankaret) ? "ja" : "nej"));
    }
    complete(OFFICER, single(OFFICER, kmk, KmkArProcess.BAR_MEETING), Map.of(KmkArProcess.MEETING_DATE,
        LocalDate.of(first, 11, 20).toString(), KmkArProcess.BARS_AT_MEETING, 2L));
    JsonNode report = single("styrgrupp", kmk, KmkArProcess.ANNUAL_REPORT_TASK);
    assertThat(variable("styrgrupp", report, KmkArProcess.ANNUAL_REPORT))
        .contains("AAS-kurser: 2", "varav godkända: 2", "KMK-krogar i år: 2, varav certifierade: 1");
    complete("styrgrupp", report, Map.of(KmkArProcess.REPORT_NOTED, true));
    assertThat(premisesByName().get("Krogen Ankaret").path("kmkStatus").asText()).isEqualTo("certifierad");
    assertThat(premisesByName().get("Stadsbaren").path("kmkStatus").asText()).isEqualTo("pagar");

    // Between year 1 and 2 the models are deployed again: a new version, a new timer each, still one cycle a year.
    redeploy();
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(AasArProcess.KEY).count())
        .isGreaterThanOrEqualTo(2);
    startYear(first + 1);
    String aas2 = holder(AasArProcess.KEY, first + 1);
    runtimeService.startProcessInstanceByKey(AasArProcess.KEY);
    assertThat(holder(AasArProcess.KEY, first + 1)).isEqualTo(aas2);
    assertThat(single(OFFICER, aas2, AasArProcess.PLAN_COURSES)).isNotNull();
    // When year 2 selects its bars, Ankaret's certification of year 1 (valid to 14 January) has run out.
    String kmk2 = holder(KmkArProcess.KEY, first + 1);
    complete("polis", single("polis", kmk2, KmkArProcess.KEY_STAFF_TRAINING), Map.of(KmkArProcess.TRAINING_DATE,
        LocalDate.of(first + 1, 2, 10).toString(), KmkArProcess.KEY_PERSONS_TRAINED, 9L));
    assertThat(tasks(OFFICER, kmk2, KmkArProcess.DAY_ROUND)).hasSize(2);
    assertThat(premisesByName().get("Krogen Ankaret").path("kmkStatus").asText()).isEqualTo("pagar");

    startYear(first + 2);

    assertThat(runs.years(AasArProcess.KEY)).containsExactly(first, first + 1, first + 2);
    assertThat(runs.years(KmkArProcess.KEY)).containsExactly(first, first + 1, first + 2);
    assertThat(runs.skips(AasArProcess.KEY)).singleElement().satisfies(skip -> {
      assertThat(skip.year()).isEqualTo(first + 1);
      assertThat(skip.reason()).contains("redan startat", aas2);
    });
    assertThat(runs.skips(KmkArProcess.KEY)).singleElement().satisfies(skip -> {
      assertThat(skip.year()).isEqualTo(first);
      assertThat(skip.instanceId()).isEqualTo(extra);
    });
    assertThat(timer(AasArProcess.KEY).getDuedate()).isEqualTo(at(first + 3, 1, 10, 6));
  }

  @Test
  void theOfficerRegistersParticipantsAndResultsOnTheCoursePage() throws Exception {
    importPremises();
    String kvarnen = premisesByName().get("Café Kvarnen").path("id").asText();
    String course = courses.planYear(2099, 1, "page-test").get(0);
    var officer = new BrowserSession(http);
    officer.login(OFFICER, Http.PASSWORD);
    String page = "/aas-kurser?ar=2099";
    assertThat(officer.get(page).body()).contains("AAS-kurser 2099", "Kurs 1", "Inga deltagare registrerade ännu");

    var added = officer.submit(page, "/aas-kurser/" + course + "/deltagare",
        Map.of("ar", "2099", "name", "Sidan Testsdotter", "premisesId", kvarnen, "role", "serveringsansvarig"));
    assertThat(added.statusCode()).isEqualTo(302);
    assertThat(added.headers().firstValue("Location").orElseThrow()).endsWith("/aas-kurser?ar=2099#kurs-" + course);
    String shown = officer.get(page).body();
    assertThat(shown).contains("Sidan Testsdotter är registrerad på kursen.", "Café Kvarnen", "Serveringsansvarig",
        "Inget resultat");
    String participant = courses.courses(2099).get(0).participants().get(0).id();

    officer.submit(page, "/aas-kurser/deltagare/" + participant + "/resultat",
        Map.of("ar", "2099", "courseId", course, "passed", "ja", "diplomaNumber", ""));
    assertThat(officer.get(page).body()).contains("Ange diplomnumret för den som klarade provet", "Inget resultat");
    officer.submit(page, "/aas-kurser/deltagare/" + participant + "/resultat",
        Map.of("ar", "2099", "courseId", course, "passed", "ja", "diplomaNumber", "AAS-2099-7"));
    assertThat(officer.get(page).body()).contains("Resultatet för Sidan Testsdotter är sparat.",
        "Godkänd, diplom AAS-2099-7");
    assertThat(premisesByName().get("Café Kvarnen").path("aasTrainedStaff").asInt()).isEqualTo(1);

    var police = new BrowserSession(http);
    police.login("polis", Http.PASSWORD);
    var refused = police.get(page);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).doesNotContain("Sidan Testsdotter");
  }

  @Test
  void theAasApiIsForTheAlcoholLicensingOfficersOnly() {
    for (String user : List.of("polis", "styrgrupp", "chef", "socialtjanst")) {
      assertThat(http.get(user, "/api/aas/courses").status()).as(user).isEqualTo(403);
      assertThat(http.post(user, "/api/aas/courses/x/participants",
          Map.of("name", "Eva", "premisesId", "x", "role", "agare")).status()).as(user).isEqualTo(403);
      assertThat(http.send(user, "PUT", "/api/aas/participants/x/result", Map.of("passed", true)).status())
          .as(user).isEqualTo(403);
    }
    assertThat(http.get(null, "/api/aas/courses").status()).isEqualTo(401);
    assertThat(http.post(null, "/api/aas/courses/x/participants", Map.of()).status()).isEqualTo(401);
    assertThat(http.get(OFFICER, "/api/aas/courses").status()).isEqualTo(200);
  }
}
