package se.samverka.licensing;

import static se.samverka.support.EngineTime.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samverka.sspf.SspfSteps;
import se.samverka.support.Http;
import se.samverka.support.PostgresIntegrationTest;
import se.samverka.workflow.PeriodRuns;

/**
 * Three simulated years of the yearly licensing work on PostgreSQL, with a redeployment between the first and the
 * second year: the supervision plan covers every premises each year and starts their supervisions, the restaurant
 * report check runs each 1 March, and each runs once per year however often it is started.
 */
@PostgresIntegrationTest
class LicensingYearsIntegrationTests {

  private static final String INSPECTOR = "alkoholhandlaggare";
  /** Two permanent licences (they owe a restaurant report) and one temporary; Stadsbaren has the highest risk. */
  private static final String CSV = PremisesCsvTests.HEADER + "\n"
      + "Krogen Ankaret;Storgatan 1;strangnas;Ankaret AB;556012-5790;stadigvarande;allmanheten;11:00-01:00;ja;"
      + "certifierad;4;ja;nej;ja;nej;nej\n"
      + "Stadsbaren;Torget 1;strangnas;Stadsbaren AB;556016-0680;stadigvarande;allmanheten;11:00-02:00;ja;ej;0;"
      + "ja;ja;ja;ja;nej\n"
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
  HistoryService historyService;

  @Autowired
  PeriodRuns runs;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private void importPremises() {
    var response = http.postCsv(INSPECTOR, "/api/premises/import", CSV);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
  }

  /** Fires the single timer-start job of a process, which must be due at {@code due}; returns the year's holder. */
  private String fire(String processKey, Date due, int year) {
    List<Job> timers = managementService.createJobQuery().timers().processDefinitionKey(processKey).list();
    assertThat(timers).as("timer-start jobs of %s", processKey).hasSize(1);
    assertThat(timers.get(0).getDuedate()).as("%s due", processKey).isEqualTo(due);
    ClockUtil.setCurrentTime(new Date(due.getTime() + 1000));
    managementService.executeJob(timers.get(0).getId());
    return runs.holder(processKey, year).orElseThrow().holderInstanceId();
  }

  /** A manual redeployment of the licensing models: new versions, whose timer-start jobs replace the old ones. */
  private void redeploy() {
    var deployment = repositoryService.createDeployment().name("samverka");
    for (String resource : List.of("bpmn/licensing/tillsynsplan.bpmn", "bpmn/licensing/restaurangrapport.bpmn",
        "forms/licensing/tillsynsplan-faststall.form", "forms/licensing/tillsynsplan-lansstyrelsen.form",
        "forms/licensing/restaurangrapport-kontroll.form",
        "forms/licensing/restaurangrapport-paminnelse.form", "forms/licensing/restaurangrapport-inkommen.form")) {
      deployment.addClasspathResource(resource);
    }
    deployment.deploy();
  }

  private Map<String, String> premisesIds() {
    return http.get(INSPECTOR, "/api/premises").json().findParents("name").stream()
        .collect(Collectors.toMap(p -> p.path("name").asText(), p -> p.path("id").asText()));
  }

  private List<JsonNode> supervisionsWithTrigger(String trigger) {
    List<JsonNode> found = new ArrayList<>();
    http.get(INSPECTOR, "/api/supervisions").json().forEach(s -> {
      if (trigger.equals(s.path("trigger").asText())) {
        found.add(s);
      }
    });
    return found;
  }

  private String taskWithPremises(SspfSteps steps, String instance, String taskKey, String premisesId) {
    for (JsonNode task : steps.tasks(INSPECTOR, instance)) {
      // Which premises a task of the multi-instance is about: the process's own variable, read as the administrator.
      if (taskKey.equals(task.path("taskDefinitionKey").asText()) && premisesId.equals(http.get("admin",
          "/engine-rest/task/" + task.path("id").asText() + "/variables/premisesId").json().path("value").asText())) {
        return task.path("id").asText();
      }
    }
    throw new AssertionError("no " + taskKey + " for " + premisesId);
  }

  private void planYear(SspfSteps steps, int year, Map<String, String> premises) {
    String plan = fire("tillsynsplan", at(year, 1, 2, 6), year);
    steps.complete(INSPECTOR, plan, "ApprovePlanTask", Map.of("planApproved", true));
    assertThat(http.get(INSPECTOR, "/api/supervision-plans/" + year + "/submission").json()
        .path("sentToCountyBoard").asBoolean()).isFalse();
    steps.complete(INSPECTOR, plan, "SendPlanTask", Map.of("planSentOn", year + "-01-02"));
    assertThat(http.get("polis", "/api/supervision-plans/" + year + "/submission").json().path("sentOn").asText())
        .as("the plan was sent to the county administrative board").isEqualTo(year + "-01-02");

    JsonNode entries = http.get(INSPECTOR, "/api/supervision-plans/" + year).json();
    assertThat(entries.findValuesAsText("premisesId")).as("the plan of %d covers every premises once", year)
        .containsExactlyInAnyOrderElementsOf(premises.values());
    assertThat(entries.get(0).path("premisesName").asText()).as("highest risk first").isEqualTo("Stadsbaren");
    entries.forEach(e -> assertThat(e.path("supervisionId").isNull()).as("supervision started").isFalse());
    assertThat(entries.findValuesAsText("plannedFor")).allMatch(d -> d.startsWith(year + "-"));
  }

  private String checkReports(SspfSteps steps, int year) {
    // The day after the reports are due (1 March).
    String check = fire("restaurangrapport", at(year, 3, 2, 7), year);
    steps.complete(INSPECTOR, check, "ReviewMissingReportsTask", Map.of("reviewed", true));
    return check;
  }

  @Test
  void threeYearsWithARedeployPlanEveryPremisesAndCheckTheReportsOncePerYear() throws Exception {
    importPremises();
    SspfSteps steps = new SspfSteps(http);
    Map<String, String> premises = premisesIds();
    int first = LocalDate.now().getYear() + 1;

    // Year 1: the plan, a second start by hand that does nothing, and the report check with one late and one missing.
    planYear(steps, first, premises);
    String again = runtimeService.createProcessInstanceByKey("tillsynsplan").startBeforeActivity("ClaimYearTask")
        .execute().getId();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(again)
        .activityId("YearAlreadyPlannedEndEvent").count()).isEqualTo(1);
    assertThat(runs.skips("tillsynsplan")).singleElement()
        .satisfies(skip -> assertThat(skip.reason()).contains("redan startat", "gör ingenting"));
    assertThat(supervisionsWithTrigger("plan")).hasSize(3);

    String check = checkReports(steps, first);
    String ankaret = premises.get("Krogen Ankaret");
    String stadsbaren = premises.get("Stadsbaren");
    for (String id : List.of(ankaret, stadsbaren)) {
      var reminded = steps.submit(INSPECTOR, taskWithPremises(steps, check, "RemindTask", id),
          Map.of("reminderSentOn", first + "-03-02"));
      assertThat(reminded.status()).as(reminded.body()).isEqualTo(200);
    }
    assertThat(steps.tasks(INSPECTOR, check).stream().filter(t -> "RemindTask".equals(t.path("taskDefinitionKey")
        .asText()))).as("Café Kvarnen has a temporary licence and owes no report").isEmpty();
    ClockUtil.setCurrentTime(at(first, 3, 5, 10));
    var received = steps.submit(INSPECTOR, taskWithPremises(steps, check, "AwaitReportTask", ankaret),
        Map.of("reportReceivedOn", first + "-03-05"));
    assertThat(received.status()).as(received.body()).isEqualTo(200);
    Job expired = managementService.createJobQuery().processInstanceId(check).timers().singleResult();
    assertThat(expired.getDuedate()).isEqualTo(new Date(at(first, 3, 17, 0).getTime() - 1000));
    ClockUtil.setCurrentTime(new Date(expired.getDuedate().getTime() + 1000));
    managementService.executeJob(expired.getId());
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(check).count()).isZero();
    assertThat(supervisionsWithTrigger("restaurangrapport")).singleElement()
        .satisfies(s -> assertThat(s.path("premisesName").asText()).isEqualTo("Stadsbaren"));

    redeploy();

    // Year 2: both reports came in before 1 March, so the check ends after the review.
    planYear(steps, first + 1, premises);
    ClockUtil.setCurrentTime(at(first + 1, 2, 20, 10));
    for (String id : List.of(ankaret, stadsbaren)) {
      assertThat(http.post(INSPECTOR, "/api/restaurant-reports", Map.of("premisesId", id, "year", first,
          "receivedOn", (first + 1) + "-02-20")).status()).isEqualTo(201);
    }
    String second = checkReports(steps, first + 1);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(second).count()).isZero();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(second)
        .activityId("AllReportedEndEvent").count()).isEqualTo(1);

    // Year 3.
    planYear(steps, first + 2, premises);
    String third = checkReports(steps, first + 2);
    assertThat(steps.tasks(INSPECTOR, third).stream().filter(t -> "RemindTask".equals(t.path("taskDefinitionKey")
        .asText()))).hasSize(2);

    assertThat(runs.years("tillsynsplan")).containsExactly(first, first + 1, first + 2);
    assertThat(runs.years("restaurangrapport")).containsExactly(first, first + 1, first + 2);
    assertThat(supervisionsWithTrigger("plan")).hasSize(9);
    assertThat(managementService.createJobQuery().timers().processDefinitionKey("tillsynsplan").singleResult()
        .getDuedate()).isEqualTo(at(first + 3, 1, 2, 6));
  }
}
