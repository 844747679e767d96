package se.samverka.followup.est;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.followup.est.EstVeckaProcess.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samverka.followup.est.persistence.EstRepository;
import se.samverka.support.BrowserSession;
import se.samverka.support.Http;
import se.samverka.support.PostgresIntegrationTest;
import se.samverka.support.WorkApi;
import se.samverka.workflow.PeriodRuns;

/**
 * EST on PostgreSQL, driven from the outside as its users drive it: the units report through {@code /api/est}, the
 * weekly timer starts the cycle once per week, the deadline records "ingen rapport", the coordinator compiles, the
 * meeting decides on the week's page, the action's unit is reminded and reports the result, which the next week's
 * picture shows. Weeks of 2033, so no other test's week is touched.
 */
@PostgresIntegrationTest
class EstIntegrationTests {

  @Autowired
  Http http;

  @Autowired
  ManagementService managementService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  HistoryService historyService;

  @Autowired
  PeriodRuns runs;

  @Autowired
  EstRepository repository;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  se.samverka.security.Agencies agencies;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static void at(int year, int month, int day, int hour) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(year, month, day, hour, 0).atZone(ZoneId.systemDefault())
        .toInstant()));
  }

  static Map<String, Object> incident(String category, String district, String place, String occurredAt,
      String description) {
    Map<String, Object> body = new HashMap<>();
    body.put("category", category);
    body.put("district", district);
    body.put("place", place);
    body.put("occurredAt", occurredAt);
    body.put("severity", 2);
    body.put("recurring", false);
    body.put("description", description);
    return body;
  }

  private Http.Response report(String user, Map<String, Object> body) {
    return http.post(user, "/api/est/incidents", body);
  }

  /** Fires est-vecka's weekly timer now (the engine clock), as the job executor would at its due date. */
  private void fireWeeklyTimer() {
    var timer = managementService.createJobQuery().timers().processDefinitionKey(KEY).activityId(WEEK_STARTED)
        .singleResult();
    managementService.executeJob(timer.getId());
  }

  private String instanceOf(String week) {
    return runs.holder(KEY, week).orElseThrow().holderInstanceId();
  }

  @Test
  void aWeekOfEstFromTheUnitsReportsToDecidedActionsAndTheirResultInTheNextWeeksPicture() throws Exception {
    WorkApi work = new WorkApi(http);
    // Two weeks before: klotter in Mariefred twice (week 7), for the trend.
    at(2033, 2, 16, 10);
    assertThat(report("skola", incident("klotter", "mariefred", "Torget", "2033-02-16T08:00", "Klotter.")).status())
        .isEqualTo(201);
    assertThat(report("skola", incident("klotter", "mariefred", "Torget", "2033-02-16T09:00", "Mer klotter.")).status())
        .isEqualTo(201);

    // Week 9: three units report.
    at(2033, 3, 2, 10);
    var school = report("skola", incident("klotter", "mariefred", "Torget", "2033-03-02T08:15", "Klotter igen."));
    assertThat(school.status()).as(school.body()).isEqualTo(201);
    assertThat(school.json().path("week").asText()).isEqualTo("2033-v09");
    assertThat(school.json().path("unit").asText()).isEqualTo("skola");
    String housingReport = report("bostadsbolag", incident("brand", "mariefred", "Soprummet", "2033-03-01T19:00",
        "Brand i soprummet.")).json().path("id").asText();
    assertThat(report("polis", incident("buskorning", "landsbygd", "Badplatsvägen", "2033-03-01T21:00",
        "Buskörning.")).status()).isEqualTo(201);
    // Each unit sees its own reports only, and corrects only its own.
    assertThat(http.get("skola", "/api/est/incidents").json()).extracting(n -> n.path("unit").asText())
        .containsOnly("skola");
    assertThat(http.send("skola", "PUT", "/api/est/incidents/" + housingReport,
        incident("brand", "mariefred", "Annat", "2033-03-01T19:00", "Ändrat av skolan.")).status()).isEqualTo(404);
    var corrected = http.send("bostadsbolag", "PUT", "/api/est/incidents/" + housingReport,
        incident("brand", "mariefred", "Soprummet Gripsholmsvägen 6", "2033-03-01T19:00", "Anlagd brand."));
    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    assertThat(corrected.json().path("place").asText()).isEqualTo("Soprummet Gripsholmsvägen 6");

    // Monday of week 10, 07:00: the weekly cycle of week 9 starts, once.
    at(2033, 3, 7, 7);
    fireWeeklyTimer();
    String instance = instanceOf("2033-v09");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult()
        .getBusinessKey()).isEqualTo("EST-2033-v09");
    var schoolTask = work.task("skola", instance, UNIT_REPORT);
    assertThat(work.value("skola", schoolTask.path("id").asText(), "estUnitIncidents").asText())
        .contains("1 rapporterade händelser", "Torget").doesNotContain("Soprummet");
    // The school cannot hand in the police's report.
    assertThat(work.tasks("skola", instance).stream().filter(t -> UNIT_REPORT.equals(t.path("taskDefinitionKey")
        .asText())).count()).isEqualTo(1);
    String policeTask = work.task("polis", instance, UNIT_REPORT).path("id").asText();
    assertThat(work.complete("skola", policeTask, Map.of(REPORT_STATUS, REPORTED)).status()).isIn(403, 404);

    for (String unit : List.of("skola", "polis", "bostadsbolag")) {
      var done = work.complete(unit, work.task(unit, instance, UNIT_REPORT).path("id").asText(),
          Map.of(REPORT_STATUS, REPORTED));
      assertThat(done.status()).as(unit + " " + done.body()).isEqualTo(200);
    }
    // A report made now joins the current week (10), not the one being compiled.
    assertThat(report("vaktbolag", incident("otrygg-plats", "akers-styckebruk", "Tunneln", "2033-03-06T23:00",
        "Mörkt.")).json().path("week").asText()).isEqualTo("2033-v10");

    // Tuesday 16:00: the deadline. The four units that did not report are "ingen rapport".
    at(2033, 3, 8, 16);
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance)
        .activityId(REPORT_DEADLINE_TIMER).singleResult().getId());
    assertThat(repository.unitReports("2033-v09")).extracting(EstRepository.UnitReport::unit,
        EstRepository.UnitReport::status).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("skola", REPORTED), org.assertj.core.groups.Tuple.tuple("polis", REPORTED),
        org.assertj.core.groups.Tuple.tuple("bostadsbolag", REPORTED),
        org.assertj.core.groups.Tuple.tuple("fritid", NO_REPORT),
        org.assertj.core.groups.Tuple.tuple("faltare", NO_REPORT),
        org.assertj.core.groups.Tuple.tuple("raddningstjanst", NO_REPORT),
        org.assertj.core.groups.Tuple.tuple("vaktbolag", NO_REPORT));
    // The compiled week is closed for corrections.
    var late = http.send("skola", "PUT", "/api/est/incidents/" + school.json().path("id").asText(),
        incident("klotter", "mariefred", "Torget", "2033-03-02T08:15", "För sent."));
    assertThat(late.status()).isEqualTo(400);
    assertThat(late.json().path("detail").asText()).contains("redan sammanställd");

    // The coordinator compiles: a personnummer in the summary is refused.
    String compile = work.task("trygghetssamordnare", instance, COMPILE_PICTURE).path("id").asText();
    assertThat(work.value("trygghetssamordnare", compile, FIGURES).asText())
        .contains("Mariefred, Klotter: 1 (medel 0,5, ökar)", "Mariefred, Brand: 1 (medel 0,0, ökar)");
    assertThat(work.complete("trygghetssamordnare", compile, Map.of(SUMMARY, "Gäller 19121212-1212.")).status())
        .isEqualTo(400);
    assertThat(work.complete("trygghetssamordnare", compile,
        Map.of(SUMMARY, "Mariefred: klotter och en brand.")).status()).isEqualTo(200);

    // Before the meeting has decided, only the meeting sees the picture.
    assertThat(http.get("bostadsbolag", "/api/est/weeks/2033-v09").status()).isEqualTo(404);
    var forPolice = http.get("polis", "/api/est/weeks/2033-v09");
    assertThat(forPolice.status()).isEqualTo(200);
    assertThat(forPolice.json().path("published").asBoolean()).isFalse();
    assertThat(forPolice.json().path("figures").path("total").asInt()).isEqualTo(3);

    // The meeting decides an action on the week's page; a forged unit is refused in Swedish next to the field.
    BrowserSession coordinator = new BrowserSession(http);
    coordinator.login("trygghetssamordnare", Http.PASSWORD);
    String page = "/est/veckor/2033-v09";
    var forged = coordinator.submit(page, page + "/insatser", Map.of("place", "Torget", "problem", "Klotter",
        "action", "Sanera", "unit", "socialtjanst", "dueDate", "2033-03-14"));
    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(forged.body()).contains("Välj en ansvarig enhet ur listan", "id=\"insats-unit-fel\"");
    var decided = coordinator.submit(page, page + "/insatser", Map.of("place", "Torget, Mariefred",
        "problem", "Återkommande klotter", "action", "Sanera och sätta upp belysning", "unit", "fritid",
        "dueDate", "2033-03-14"));
    assertThat(decided.statusCode()).isEqualTo(302);
    var csv = coordinator.get(page + ".csv", "text/csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body()).contains("2033-v09;Mariefred;Klotter;1;0,5;Ökar", "2033-v09;Landsbygd;Buskörning");
    BrowserSession fritid = new BrowserSession(http);
    fritid.login("fritid", Http.PASSWORD);
    assertThat(fritid.get(page).statusCode()).isEqualTo(404);
    assertThat(work.complete("trygghetssamordnare", work.task("trygghetssamordnare", instance, MEETING)
        .path("id").asText(), Map.of(MEETING_NOTE, "Klottret prioriteras.")).status()).isEqualTo(200);

    // Published: every unit reads it and gets the task to take part of it; the action is the unit's task.
    assertThat(http.get("bostadsbolag", "/api/est/weeks/2033-v09").json().path("published").asBoolean()).isTrue();
    String read = work.task("bostadsbolag", instance, READ_PICTURE).path("id").asText();
    assertThat(work.complete("bostadsbolag", read, Map.of()).status()).isEqualTo(200);
    assertThat(repository.reads("2033-v09")).extracting(EstRepository.ReadReceipt::unit).containsExactly("bostadsbolag");
    String action = work.task("fritid", instance, PERFORM_ACTION).path("id").asText();
    assertThat(work.value("fritid", action, ACTION_DUE).asText()).isEqualTo("2033-03-14");

    // Two days before the due date at 08:00 the unit is reminded; the task stays.
    var reminder = managementService.createJobQuery().processInstanceId(instance).activityId(ACTION_REMINDER_TIMER)
        .singleResult();
    assertThat(reminder.getDuedate()).isEqualTo(Date.from(LocalDateTime.of(2033, 3, 12, 8, 0)
        .atZone(ZoneId.systemDefault()).toInstant()));
    at(2033, 3, 12, 8);
    managementService.executeJob(reminder.getId());
    assertThat(repository.actions("2033-v09")).singleElement()
        .satisfies(a -> assertThat(a.remindedAt()).isNotNull());
    at(2033, 3, 13, 15);
    assertThat(work.complete("fritid", action, Map.of(ACTION_RESULT, DONE, ACTION_RESULT_TEXT,
        "Klottret sanerat, belysning beställd.")).status()).isEqualTo(200);

    // Monday of week 11: week 10's cycle; its picture shows the action and its result ("Insatser sedan förra veckan").
    at(2033, 3, 14, 7);
    fireWeeklyTimer();
    JsonNode week10 = http.get("polis", "/api/est/weeks/2033-v10").json();
    List<JsonNode> since = new java.util.ArrayList<>();
    week10.path("actionsSinceLastWeek").forEach(since::add);
    assertThat(since).filteredOn(a -> a.path("week").asText().equals("2033-v09")).singleElement().satisfies(a -> {
      assertThat(a.path("result").asText()).isEqualTo(DONE);
      assertThat(a.path("resultText").asText()).contains("sanerat");
    });
    // A second start in the same week (the timer twice, a redeploy, by hand): ends at once, recorded.
    String again = runtimeService.createProcessInstanceByKey(KEY).startBeforeActivity(CLAIM_WEEK).execute().getId();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(again)
        .activityId(WEEK_ALREADY_RUN).count()).isEqualTo(1);
    assertThat(runs.periods(KEY)).filteredOn(p -> p.startsWith("2033")).containsExactly("2033-v09", "2033-v10");
    assertThat(runs.skips(KEY)).filteredOn(s -> s.period().equals("2033-v10")).singleElement()
        .satisfies(s -> assertThat(s.reason()).contains("2033-v10", "gör ingenting"));
  }

  @Test
  void forgedOrPersonalInputIsRefusedInSwedishAndNothingIsStored() {
    at(2034, 5, 10, 12);
    int before = jdbc.queryForObject("select count(*) from est_incident", Integer.class);
    Map<String, String> refusals = Map.of(
        "unit", "Du kan bara rapportera för din egen enhet",
        "district", "Välj en kommundel ur listan",
        "category", "Välj en kategori ur listan",
        "description", "personnummer",
        "place", "personnummer",
        "severity", "Välj allvarlighetsgrad 1, 2 eller 3",
        "occurredAt", "Tidpunkten kan inte ligga i framtiden");
    for (var entry : refusals.entrySet()) {
      Map<String, Object> body = incident("klotter", "strangnas", "Torget", "2034-05-10T10:00", "Klotter.");
      switch (entry.getKey()) {
        case "unit" -> body.put("unit", "polis");
        case "district" -> body.put("district", "goteborg");
        case "category" -> body.put("category", "<script>");
        case "description" -> body.put("description", "Gäller 19121212-1212 som klottrade.");
        case "place" -> body.put("place", "Hos 191212121212");
        case "severity" -> body.put("severity", 7);
        default -> body.put("occurredAt", "2034-05-11T10:00");
      }
      var answer = report("skola", body);
      assertThat(answer.status()).as(entry.getKey()).isEqualTo(400);
      assertThat(answer.json().path("detail").asText()).as(entry.getKey()).contains(entry.getValue())
          .doesNotContain("19121212");
    }
    Map<String, Object> huge = incident("klotter", "strangnas", "Torget", "2034-05-10T10:00", "x".repeat(1_000_000));
    var tooLong = report("skola", huge);
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.body().length()).isLessThan(2000);
    assertThat(jdbc.queryForObject("select count(*) from est_incident", Integer.class)).isEqualTo(before);
  }

  @Test
  void everyRoleReachesExactlyItsPartOfEst() throws Exception {
    at(2034, 6, 7, 12);
    String week = EstWeek.of(java.time.LocalDate.of(2034, 6, 7)).key();
    for (String outsider : List.of("styrgrupp", "chef", "socialtjanst", "samordnare", "alkoholhandlaggare",
        "kommunikator")) {
      assertThat(report(outsider, incident("klotter", "strangnas", "Torget", "2034-06-07T10:00", "X.")).status())
          .as(outsider).isEqualTo(403);
      assertThat(http.get(outsider, "/api/est/weeks/" + week).status()).as(outsider).isEqualTo(403);
      assertThat(http.get(outsider, "/api/est/actions").status()).as(outsider).isEqualTo(403);
      BrowserSession session = new BrowserSession(http);
      session.login(outsider, Http.PASSWORD);
      for (String path : List.of("/est/rapportera", "/est/veckor", "/est/insatser")) {
        assertThat(session.get(path).statusCode()).as(outsider + " " + path).isEqualTo(403);
      }
    }
    for (String unit : List.of("skola", "fritid", "faltare", "raddningstjanst", "polis", "bostadsbolag",
        "vaktbolag")) {
      BrowserSession session = new BrowserSession(http);
      session.login(unit, Http.PASSWORD);
      var reportPage = session.get("/est/rapportera");
      assertThat(reportPage.statusCode()).as(unit).isEqualTo(200);
      assertThat(reportPage.body()).contains("Rapportera händelse", "Mariefred", "Klotter");
      assertThat(session.get("/est/veckor").statusCode()).as(unit).isEqualTo(200);
      assertThat(session.get("/est/insatser").statusCode()).as(unit).isEqualTo(200);
      // A week that does not exist (or is not published) is not found, and a malformed one is a Swedish 400.
      assertThat(session.get("/est/veckor/2034-v01").statusCode()).as(unit).isIn(404);
      assertThat(http.get(unit, "/api/est/weeks/vecka-1").status()).as(unit).isEqualTo(400);
    }
    // The housing company sees nothing of cases: the case list is empty and the start page offers EST.
    BrowserSession housing = new BrowserSession(http);
    housing.login("bostadsbolag", Http.PASSWORD);
    assertThat(housing.get("/").body()).contains("EST – rapportera händelser");
    // As configured (samverka.outside-agencies): no case may be disclosed to the companies or name them.
    assertThat(agencies.isAgency("bostadsbolag")).isFalse();
    assertThat(agencies.isParty("vaktbolag")).isFalse();
    assertThat(agencies.isAgency("polis")).isTrue();
    // A report page with a refused personnummer: the page again, 400, the message next to the field.
    var refused = housing.submit("/est/rapportera", "/est/rapportera", Map.of("category", "klotter",
        "district", "mariefred", "place", "Gården", "occurredAt", "2034-06-07T10:00", "severity", "1",
        "recurring", "nej", "description", "Boende 19121212-1212 klagar."));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("id=\"description-fel\"", "innehåller ett personnummer",
        "aria-describedby=\"description-hjalp description-fel\"");
  }
}
