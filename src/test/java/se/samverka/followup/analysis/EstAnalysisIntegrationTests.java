package se.samverka.followup.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static se.samverka.followup.analysis.EstAnalysisProcess.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samverka.followup.analysis.AnalysisFigures.Cell;
import se.samverka.followup.analysis.AnalysisFigures.Place;
import se.samverka.followup.analysis.AnalysisFigures.UnitRate;
import se.samverka.followup.est.EstWeek;
import se.samverka.followup.est.persistence.EstRepository;
import se.samverka.support.BrowserSession;
import se.samverka.support.DemoAccounts;
import se.samverka.support.Http;
import se.samverka.support.PostgresIntegrationTest;
import se.samverka.support.WorkApi;
import se.samverka.workflow.PeriodRuns;

/**
 * The EST analyses on PostgreSQL with known EST data of 2035 (no other test touches that year): the figures of the third
 * tertial and of the year exact, computed when the January start fires and stored; the analysis and the steering
 * group's decision driven through {@code /api/tasks} as the coordinator, the police and the steering group; the pages
 * for every role.
 */
@PostgresIntegrationTest
class EstAnalysisIntegrationTests {

  @Autowired
  Http http;

  @Autowired
  ManagementService managementService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  PeriodRuns runs;

  @Autowired
  EstRepository est;

  @Autowired
  EstAnalyses analyses;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static void at(int year, int month, int day, int hour) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(year, month, day, hour, 0).atZone(ZoneId.systemDefault())
        .toInstant()));
  }

  private void incident(String week, String unit, String category, String district, String place) {
    EstWeek w = EstWeek.parse(week);
    est.insert(new EstRepository.Incident(UUID.randomUUID().toString(), week, unit, category, district, place,
        w.monday().atTime(10, 0), 2, false, "Händelse.", unit, Instant.now(), null));
  }

  private void unitReport(String week, String unit, String status) {
    est.recordUnitReport(new EstRepository.UnitReport(week, unit, status, 0, unit, Instant.now()));
  }

  private String action(String week, String unit, String result) {
    String id = UUID.randomUUID().toString();
    est.insert(new EstRepository.Action(id, week, "Torget", "Klotter", "Sanera", unit,
        EstWeek.parse(week).monday().plusDays(14), "trygghetssamordnare", Instant.now(), null, null, null, null,
        null));
    if (result != null) {
      est.result(id, result, "Utfört enligt plan.", unit, Instant.now());
    }
    return id;
  }

  /** The known data: tertial 2 and tertial 3 of 2035. */
  private void knownData() {
    // Tertial 3 of 2035: weeks 37, 38, 39 (September) run; the Torget in Mariefred in three weeks.
    for (String week : List.of("2035-v37", "2035-v38", "2035-v39")) {
      est.insertWeek(week, "x-" + week, Instant.now());
      incident(week, "skola", "klotter", "mariefred", "Torget");
    }
    incident("2035-v39", "bostadsbolag", "klotter", "mariefred", " Torget ");
    incident("2035-v37", "polis", "skadegorelse", "strangnas", "Stationen");
    incident("2035-v38", "polis", "skadegorelse", "strangnas", "Stationen");
    unitReport("2035-v37", "skola", "rapporterat");
    unitReport("2035-v37", "fritid", "inga-handelser");
    unitReport("2035-v37", "polis", "ingen-rapport");
    unitReport("2035-v38", "skola", "rapporterat");
    unitReport("2035-v38", "polis", "rapporterat");
    unitReport("2035-v39", "skola", "ingen-rapport");
    action("2035-v37", "fritid", "genomford");
    action("2035-v37", "skola", "ej-genomford");
    action("2035-v38", "polis", null);
    // Tertial 2 of 2035 (the period before): five incidents, one action (not in the third tertial's figures).
    incident("2035-v24", "skola", "klotter", "mariefred", "Torget");
    for (int i = 0; i < 3; i++) {
      incident("2035-v25", "polis", "skadegorelse", "strangnas", "Stationen");
    }
    incident("2035-v26", "raddningstjanst", "brand", "landsbygd", "Badplatsen");
    action("2035-v26", "raddningstjanst", "genomford");
    // Week 1 of 2036 has its Thursday in 2036: not part of 2035.
    incident("2036-v01", "skola", "klotter", "mariefred", "Torget");
  }

  @Test
  void theJanuaryStartComputesAndStoresTheThirdTertialsAndTheYearsFiguresExactlyAndTheSteeringGroupDecides()
      throws Exception {
    knownData();
    at(2036, 1, 1, 7);
    var timer = managementService.createJobQuery().timers().processDefinitionKey(KEY).activityId(STARTED)
        .singleResult();
    managementService.executeJob(timer.getId());
    String instance = runs.holder(KEY, "2035-T3").orElseThrow().holderInstanceId();
    assertThat(runs.holder(KEY, "2035").orElseThrow().holderInstanceId()).isEqualTo(instance);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey())
        .isEqualTo("ESTA-2035-T3");

    AnalysisFigures tertial = analyses.of(AnalysisPeriod.parse("2035-T3").orElseThrow()).figures();
    assertThat(tertial.period()).isEqualTo("2035-T3");
    assertThat(tertial.previousPeriod()).isEqualTo("2035-T2");
    assertThat(tertial.weeks()).isEqualTo(17);
    assertThat(tertial.weeksRun()).isEqualTo(3);
    assertThat(tertial.total()).isEqualTo(6);
    assertThat(tertial.previousTotal()).isEqualTo(5);
    assertThat(tertial.cells()).extracting(Cell::district, Cell::category, Cell::count, Cell::previous, Cell::change)
        .containsExactly(tuple("strangnas", "skadegorelse", 2, 3, "Minskar"),
            tuple("mariefred", "klotter", 4, 1, "Ökar"),
            tuple("landsbygd", "brand", 0, 1, "Minskar"));
    assertThat(tertial.places()).extracting(Place::districtName, Place::place, Place::weeks, Place::incidents)
        .containsExactly(tuple("Mariefred", "Torget", 3, 4));
    assertThat(tertial.units()).extracting(UnitRate::unit, UnitRate::reported, UnitRate::weeks, UnitRate::percent)
        .containsExactly(tuple("skola", 2, 3, "67 %"), tuple("fritid", 1, 3, "33 %"), tuple("faltare", 0, 3, "0 %"),
            tuple("raddningstjanst", 0, 3, "0 %"), tuple("polis", 1, 3, "33 %"), tuple("bostadsbolag", 0, 3, "0 %"),
            tuple("vaktbolag", 0, 3, "0 %"));
    assertThat(tertial.actions()).hasSize(3);
    assertThat(tertial.actionsDone()).isEqualTo(1);
    assertThat(tertial.actionsNotDone()).isEqualTo(1);
    assertThat(tertial.actionsOpen()).isEqualTo(1);

    AnalysisFigures year = analyses.of(AnalysisPeriod.parse("2035").orElseThrow()).figures();
    assertThat(year.previousPeriod()).isEqualTo("2034");
    assertThat(year.weeks()).isEqualTo(52);
    assertThat(year.total()).isEqualTo(11);
    assertThat(year.places()).extracting(Place::place, Place::weeks, Place::incidents)
        .containsExactly(tuple("Torget", 4, 5), tuple("Stationen", 3, 5));
    assertThat(year.actionsDone()).isEqualTo(2);

    // Data that changes later does not change the stored analysis.
    incident("2035-v40", "skola", "klotter", "mariefred", "Torget");
    assertThat(analyses.of(AnalysisPeriod.parse("2035-T3").orElseThrow()).figures().total()).isEqualTo(6);
    assertThat(analyses.compute(AnalysisPeriod.parse("2035-T3").orElseThrow()).total()).isEqualTo(7);

    // The coordinator writes the tertial's analysis; a personnummer is refused.
    WorkApi work = new WorkApi(http);
    String tertialTask = work.task("trygghetssamordnare", instance, TERTIAL_ANALYSIS).path("id").asText();
    assertThat(work.value("trygghetssamordnare", tertialTask, FIGURES).asText())
        .contains("Händelser tertial 3 2035 (september–december): 6 (föregående period 5)",
            "Mariefred, Klotter: 4 (före 1, ökar)", "Torget, Mariefred: 3 veckor, 4 händelser");
    var refused = work.complete("trygghetssamordnare", tertialTask, Map.of(PLACES, "Torget", CAUSES,
        "Gäller 19121212-1212.", MEASURES, "Belysning"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("personnummer");
    var tooLong = work.complete("trygghetssamordnare", tertialTask, Map.of(PLACES, "x".repeat(2001), CAUSES, "Mörkt",
        MEASURES, "Belysning"));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(work.complete("trygghetssamordnare", tertialTask, Map.of(PLACES, "Torget i Mariefred", CAUSES,
        "Mörkt och få vuxna ute.", MEASURES, "Belysning vid torget\nFältare fredagkvällar")).status()).isEqualTo(200);
    // The police write the year's analysis (both groups are candidates).
    String yearTask = work.task("polis", instance, YEARLY_ANALYSIS).path("id").asText();
    assertThat(work.complete("polis", yearTask, Map.of(PLACES, "Torget och Stationen", CAUSES, "Samlingar.",
        MEASURES, "Kameror vid stationen")).status()).isEqualTo(200);
    // Neither a unit nor the outside reporters see the analysis tasks.
    assertThat(work.tasks("skola", instance)).isEmpty();
    assertThat(work.tasks("bostadsbolag", instance)).isEmpty();

    // The steering group asks for changes to the tertial's, which goes back with the reason, then approves.
    at(2036, 1, 20, 10);
    String decision = decisionTask(work, instance, "Tertialanalys");
    assertThat(work.complete("styrgrupp", decision, Map.of(DECISION, CHANGES)).status()).isEqualTo(400);
    assertThat(work.complete("styrgrupp", decision, Map.of(DECISION, CHANGES, CHANGE_REASON,
        "Ange vem som ansvarar för belysningen.")).status()).isEqualTo(200);
    tertialTask = work.task("trygghetssamordnare", instance, TERTIAL_ANALYSIS).path("id").asText();
    assertThat(work.value("trygghetssamordnare", tertialTask, CHANGE_REASON).asText())
        .isEqualTo("Ange vem som ansvarar för belysningen.");
    assertThat(work.complete("trygghetssamordnare", tertialTask, Map.of(PLACES, "Torget i Mariefred", CAUSES,
        "Mörkt och få vuxna ute.", MEASURES, "Belysning vid torget (kommunen)\nFältare fredagkvällar"))
        .status()).isEqualTo(200);
    at(2036, 2, 3, 10);
    assertThat(work.complete("styrgrupp", decisionTask(work, instance, "Tertialanalys"),
        Map.of(DECISION, APPROVED)).status()).isEqualTo(200);
    assertThat(work.complete("styrgrupp", decisionTask(work, instance, "Årsanalys"),
        Map.of(DECISION, APPROVED)).status()).isEqualTo(200);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();

    var decided = analyses.of(AnalysisPeriod.parse("2035-T3").orElseThrow());
    assertThat(decided.row().approved()).isTrue();
    assertThat(decided.row().decidedOn()).isEqualTo(LocalDate.of(2036, 2, 3));
    assertThat(decided.row().decidedBy()).isEqualTo("styrgrupp");
    assertThat(decided.row().analysedBy()).isEqualTo("trygghetssamordnare");
    assertThat(decided.row().changeRequests()).isEqualTo(1);
    assertThat(decided.measures()).containsExactly("Belysning vid torget (kommunen)", "Fältare fredagkvällar");
    assertThat(analyses.of(AnalysisPeriod.parse("2035").orElseThrow()).row().analysedBy()).isEqualTo("polis");

    // A second start in the same tertial does nothing.
    managementService.executeJob(managementService.createJobQuery().timers().processDefinitionKey(KEY)
        .activityId(STARTED).singleResult().getId());
    assertThat(runs.skips(KEY)).extracting(PeriodRuns.Skip::period).contains("2035-T3");

    // The pages: the analysis and the decided measures for the next EST weeks.
    BrowserSession steering = new BrowserSession(http);
    steering.login("styrgrupp", Http.PASSWORD);
    var list = steering.get("/est/analyser");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("Tertialanalys, tertial 3 2035 (september–december)", "Årsanalys, året 2035",
        "Beslutade åtgärder för de kommande EST-veckorna");
    var page = steering.get("/est/analyser/2035-T3");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Beslutad av styrgruppen 2036-02-03", "Belysning vid torget (kommunen)",
        "67 %", "Ökar", "Torget");
  }

  private static String decisionTask(WorkApi work, String instance, String title) {
    return work.tasks("styrgrupp", instance).stream()
        .filter(t -> STEERING_DECISION.equals(t.path("taskDefinitionKey").asText()))
        .map(t -> t.path("id").asText())
        .filter(id -> work.value("styrgrupp", id, LABEL).asText().startsWith(title))
        .findFirst().orElseThrow();
  }

  @Test
  void onlyTheCoordinatorThePoliceAndTheSteeringGroupReadTheAnalysesAndAForgedPeriodIsASwedish400() throws Exception {
    List<String> readers = List.of("trygghetssamordnare", "polis", "styrgrupp");
    for (String group : DemoAccounts.GROUPS) {
      BrowserSession session = new BrowserSession(http);
      session.login(group, Http.PASSWORD);
      var list = session.get("/est/analyser");
      var unknown = session.get("/est/analyser/2031-T1");
      var forged = session.get("/est/analyser/2031-T4");
      if (readers.contains(group)) {
        assertThat(list.statusCode()).as(group).isEqualTo(200);
        assertThat(list.body()).contains("EST – tertial- och årsanalyser");
        assertThat(unknown.statusCode()).as(group).isEqualTo(404);
        assertThat(forged.statusCode()).as(group).isEqualTo(400);
        assertThat(forged.body()).contains("Okänd period").doesNotContain("2031-T4");
        var huge = session.get("/est/analyser/" + "9".repeat(5000));
        assertThat(huge.statusCode()).as(group).isEqualTo(400);
        assertThat(session.get("/est/analyser/2031%27").statusCode()).as(group).isEqualTo(400);
      } else {
        assertThat(list.statusCode()).as(group).isEqualTo(403);
        assertThat(unknown.statusCode()).as(group).isEqualTo(403);
        assertThat(forged.statusCode()).as(group).isEqualTo(403);
      }
    }
  }
}
