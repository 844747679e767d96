package se.samverka.sspf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverka.sspf.SspfStyrgruppProcess.*;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samverka.support.PostgresIntegrationTest;
import se.samverka.workflow.InvalidFormInput;
import se.samverka.workflow.PeriodRuns;

/**
 * The quarterly steering report runs once per quarter on PostgreSQL: the timer's start claims the quarter, a second
 * start in the same quarter (by hand, or after a redeploy) ends at once and is recorded, and a decision made is never
 * overwritten.
 */
@PostgresIntegrationTest
class SteeringQuarterIntegrationTests {

  @Autowired
  ManagementService managementService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TaskService taskService;

  @Autowired
  HistoryService historyService;

  @Autowired
  PeriodRuns runs;

  @Autowired
  SteeringReports reports;

  @Autowired
  JdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** An SSPF case of a person born on that day, opened and perhaps closed on those days (at noon). */
  void sspfCase(String id, String born, String opened, String closed, String reason, String concerns) {
    jdbc.update("insert into person (id, coordination_number, first_name, last_name, birth_date, owner_agency,"
        + " created_by, created_at) values (?, false, 'Kvartal', 'Testsson', ?, 'sspf', 'test', current_timestamp)",
        "kvartal-person-" + id, java.sql.Date.valueOf(born));
    jdbc.update("insert into sv_case (id, case_type, status, person_id, owner_agency, opened_at, created_by, concerns,"
        + " closed_at, closure_reason) values (?, ?, ?, ?, 'sspf', ?, 'test', ?, ?, ?)", "kvartal-" + id, KEY_CASE,
        closed == null ? "OPPNAT" : "AVSLUTAT", "kvartal-person-" + id,
        java.sql.Timestamp.valueOf(java.time.LocalDate.parse(opened).atTime(12, 0)), concerns,
        closed == null ? null : java.sql.Timestamp.valueOf(java.time.LocalDate.parse(closed).atTime(12, 0)), reason);
  }

  static final String KEY_CASE = SspfArendeProcess.KEY;

  @Test
  void aQuartersReportCountsTheCasesOpenedClosedAndOpenInItAndNoneOutsideIt() {
    sspfCase("fore", "1984-01-01", "1998-03-10", "1998-03-20", "avbrutet", null);
    sspfCase("pagar", "1984-01-01", "1998-03-15", null, null, null);
    sspfCase("ny-avslutad", "1985-01-01", "1998-04-02", "1998-05-10", "mal-uppnatt", "skolfranvaro");
    sspfCase("ny-sist", "1990-01-01", "1998-06-30", null, null, "");
    sspfCase("efter", "1984-01-01", "1998-07-01", null, null, null);
    sspfCase("avslutad-i", "1984-01-01", "1998-02-01", "1998-04-15", "flyttat", null);

    var report = reports.compile("1998-K2");
    assertThat(report.newCases()).isEqualTo(2);
    assertThat(report.closedCases()).isEqualTo(2);
    assertThat(report.summary()).contains("Nya ärenden: 2\n", "Avslutade ärenden: 2\n",
        "Pågående vid periodens slut: 2\n", "Åldersgrupper vid aktualisering: -12 1, 13-15 1\n",
        "Oro gäller: skolfranvaro 1\n", "Skäl för avslut: flyttat 1, mal-uppnatt 1");
  }

  @Test
  void aSecondStartInTheSameQuarterEndsAtOnceAndTheDecisionStands() {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2031, 1, 1, 7, 0).atZone(ZoneId.systemDefault()).toInstant()));
    var timer = managementService.createJobQuery().timers().processDefinitionKey(KEY).singleResult();
    managementService.executeJob(timer.getId());
    String first = runs.holder(KEY, "2030-K4").orElseThrow().holderInstanceId();
    var report = taskService.createTaskQuery().processInstanceId(first).taskDefinitionKey(PREPARE_REPORT).singleResult();
    assertThat(taskService.getVariable(report.getId(), REPORT_PERIOD)).isEqualTo("2030-K4");

    // A start by hand on 15 January reports the same quarter: it ends at once, recorded with the reason.
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2031, 1, 15, 9, 0).atZone(ZoneId.systemDefault()).toInstant()));
    String again = runtimeService.createProcessInstanceByKey(KEY).startBeforeActivity(CLAIM_QUARTER).execute().getId();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(again)
        .activityId(QUARTER_ALREADY_REPORTED).count()).isEqualTo(1);
    assertThat(taskService.createTaskQuery().processDefinitionKey(KEY).taskDefinitionKey(PREPARE_REPORT).count())
        .isEqualTo(1);
    assertThat(runs.skips(KEY)).singleElement().satisfies(skip -> {
      assertThat(skip.period()).isEqualTo("2030-K4");
      assertThat(skip.instanceId()).isEqualTo(again);
      assertThat(skip.reason()).contains("Kvartal 2030-K4 är redan startat", first, "gör ingenting");
    });

    taskService.complete(report.getId(), Map.of(REPORT_COMMENT, "Fler aktualiseringar än förra kvartalet."));
    var decision = taskService.createTaskQuery().processInstanceId(first).taskDefinitionKey(STEERING_DECISION)
        .singleResult();
    taskService.complete(decision.getId(), Map.of(RESOURCE_DECISION, "utoka", DECISION_TEXT, "Mer samordnartid."));
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isZero();

    assertThatThrownBy(() -> reports.recordDecision("2030-K4", "Ny kommentar", "minska", "Mindre tid."))
        .isInstanceOf(InvalidFormInput.class).hasMessageContaining("redan fattat beslut");
    assertThat(reports.all()).filteredOn(r -> r.period().equals("2030-K4")).singleElement()
        .satisfies(r -> assertThat(r.resourceDecision()).isEqualTo("utoka"));
    assertThat(runs.periods(KEY)).containsExactly("2030-K4");
  }
}
