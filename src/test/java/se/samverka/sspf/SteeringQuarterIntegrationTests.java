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

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
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
