package se.samverka.sspf.process;

import static se.samverka.support.EngineTime.at;
import static se.samverka.support.EngineTime.fire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static se.samverka.sspf.SspfStyrgruppProcess.*;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The quarterly steering-group report: the timer fires on the first day of each quarter at 07:00. */
@Deployment(resources = "bpmn/sspf/sspf-styrgrupp.bpmn")
class SspfStyrgruppProcessTests {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension
      .builder("process-tests.cfg.xml").assertClassCoverageAtLeast(1.0).build();

  private final List<String> calls = new ArrayList<>();
  private boolean quarterClaimed = true;

  @BeforeEach
  void registerDelegates() {
    Mocks.register("claimQuarterDelegate", (JavaDelegate) execution -> {
      execution.setVariable(PERIOD, "2026-K4");
      execution.setVariable(PERIOD_CLAIMED, quarterClaimed);
    });
    Mocks.register("compileQuarterlyReportDelegate", (JavaDelegate) execution -> {
      calls.add("compile:" + execution.getVariable(PERIOD));
      execution.setVariable(REPORT_PERIOD, "2026-K4");
      execution.setVariable(REPORT_SUMMARY, "Nya ärenden: 3");
    });
    Mocks.register("recordSteeringDecisionDelegate",
        (JavaDelegate) execution -> calls.add("decision:" + execution.getVariable(RESOURCE_DECISION)));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    Mocks.reset();
  }

  @Test
  void firesOnTheFirstDayOfEachQuarterAndRoutesReportThenDecision() {
    Job quarterly = jobQuery().timers().activityId(QUARTER_STARTED).singleResult();
    Date now = ClockUtil.getCurrentTime();
    assertThat(quarterly.getDuedate()).isAfter(now);
    assertThat(quarterly.getDuedate().toInstant().atZone(ZoneId.systemDefault()).getDayOfMonth()).isEqualTo(1);
    assertThat(quarterly.getDuedate().toInstant().atZone(ZoneId.systemDefault()).getMonthValue() % 3).isEqualTo(1);

    fire(quarterly);

    ProcessInstance instance = processInstanceQuery().singleResult();
    assertThat(instance).isWaitingAt(PREPARE_REPORT).variables().containsEntry(REPORT_PERIOD, "2026-K4");
    assertThat(task()).hasCandidateGroup("samordnare");
    complete(task(), withVariables(REPORT_COMMENT, "Fler aktualiseringar från skolan i Mariefred."));

    assertThat(instance).isWaitingAt(STEERING_DECISION);
    assertThat(task()).hasCandidateGroup(STEERING_GROUP);
    complete(task(), withVariables(RESOURCE_DECISION, "utoka", DECISION_TEXT, "Samordnartiden ökas till 75 %."));

    assertThat(instance).isEnded().hasPassed(CLAIM_QUARTER, "RecordSteeringDecisionTask", "QuarterReportedEndEvent");
    assertThat(calls).containsExactly("compile:2026-K4", "decision:utoka");

    Job next = jobQuery().timers().activityId(QUARTER_STARTED).singleResult();
    assertThat(next.getDuedate()).isAfter(quarterly.getDuedate());
  }

  @Test
  void schedulesFromTheStartOfJanuaryToApril() {
    // Cron in Spring 5.3 syntax (Camunda 7.24): 07:00 on 1 Jan, 1 Apr, 1 Jul and 1 Oct.
    Job quarterly = jobQuery().timers().activityId(QUARTER_STARTED).singleResult();
    ClockUtil.setCurrentTime(at(2027, 1, 1, 7));
    execute(quarterly);
    Job next = jobQuery().timers().activityId(QUARTER_STARTED).singleResult();
    assertThat(next.getDuedate()).isEqualTo(at(2027, 4, 1, 7));
  }

  @Test
  void aSecondStartInAQuarterAlreadyClaimedEndsAtOnceWithoutAReportTask() {
    quarterClaimed = false;
    Job quarterly = jobQuery().timers().activityId(QUARTER_STARTED).singleResult();
    fire(quarterly);

    assertThat(processInstanceQuery().count()).isZero();
    assertThat(taskQuery().count()).isZero();
    assertThat(historyService().createHistoricActivityInstanceQuery().activityId(QUARTER_ALREADY_REPORTED).count())
        .isEqualTo(1);
    assertThat(historyService().createHistoricActivityInstanceQuery().activityId("CompileQuarterlyReportTask").count())
        .isZero();
    assertThat(calls).isEmpty();
  }
}
