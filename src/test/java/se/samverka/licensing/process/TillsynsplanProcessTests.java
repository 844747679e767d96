package se.samverka.licensing.process;

import static se.samverka.support.EngineTime.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static se.samverka.licensing.TillsynsplanProcess.*;

import java.time.LocalDate;
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
import se.samverka.licensing.SupervisionPlans;
import se.samverka.security.Agencies;
import se.samverka.workflow.InvalidFormInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.workflow.AnnualSchedule;

/**
 * The yearly supervision plan: the cron timer fires on 2 January at 06:00; the approved plan starts the supervisions and
 * goes to the county administrative board; a second start of a year does nothing.
 */
@Deployment(resources = "bpmn/licensing/tillsynsplan.bpmn")
class TillsynsplanProcessTests {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension
      .builder("process-tests.cfg.xml").assertClassCoverageAtLeast(1.0).build();

  private final List<String> calls = new ArrayList<>();
  private boolean claimGranted = true;
  private final SupervisionPlans plans = mock(SupervisionPlans.class);
  private final Agencies agencies = mock(Agencies.class);

  @BeforeEach
  void registerDelegates() {
    ClockUtil.setCurrentTime(at(2026, 11, 27, 10));
    Mocks.register("annualSchedule", new AnnualSchedule());
    Mocks.register("claimYearDelegate", (JavaDelegate) execution -> {
      execution.setVariable(YEAR, 2027);
      execution.setVariable(YEAR_CLAIMED, claimGranted);
    });
    Mocks.register("draftPlanDelegate", (JavaDelegate) execution -> {
      calls.add("draft:" + execution.getVariable(YEAR));
      execution.setVariable(PLAN_YEAR, 2027);
      execution.setVariable(PLAN_SIZE, 30);
      execution.setVariable(PLAN_SUMMARY, "30 besök planerade");
    });
    Mocks.register("startPlannedSupervisionsDelegate", (JavaDelegate) execution -> calls.add("start"));
    Mocks.register("recordPlanSentDelegate", new RecordPlanSentDelegate(plans, agencies));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    Mocks.reset();
  }

  private ProcessInstance fireTimer(Date expected) {
    Job timer = jobQuery().timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(expected);
    ClockUtil.setCurrentTime(expected);
    execute(timer);
    return processInstanceQuery().orderByProcessInstanceId().desc().list().stream()
        .filter(p -> !p.isEnded()).findFirst().orElseGet(() -> null);
  }

  @Test
  void secondOfJanuaryPlansTheYearStartsTheSupervisionsOnceApprovedAndSendsThePlanToTheCountyBoard() {
    ProcessInstance instance = fireTimer(at(2027, 1, 2, 6));
    assertThat(instance).hasPassed("ClaimYearTask", "DraftPlanTask").isWaitingAt(APPROVE);
    assertThat(task()).hasCandidateGroup("alkoholhandlaggare");
    complete(task(), withVariables("planApproved", true));
    assertThat(instance).hasPassed("StartSupervisionsTask").isWaitingAt(SEND_PLAN);
    assertThat(calls).containsExactly("draft:2027", "start");

    // The plan goes to the county administrative board, with the day it was sent; not a day in the future.
    assertThat(task()).hasCandidateGroup("alkoholhandlaggare");
    String send = task().getId();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService().complete(send,
            withVariables(PLAN_SENT_ON, "2027-01-03")))
        .isInstanceOf(InvalidFormInput.class).hasMessageContaining("efter i dag");
    complete(task(), withVariables(PLAN_SENT_ON, "2027-01-02"));
    assertThat(instance).isEnded().hasPassed("RecordPlanSentTask", "PlanStartedEndEvent");
    verify(plans).sent(2027, LocalDate.of(2027, 1, 2), List.of(COUNTY_BOARD), null);
    // The next year's timer is already waiting.
    assertThat(jobQuery().timers().singleResult().getDuedate()).isEqualTo(at(2028, 1, 2, 6));
  }

  @Test
  void aSecondStartInTheSameYearEndsWithoutPlanning() {
    claimGranted = false;
    fireTimer(at(2027, 1, 2, 6));
    assertThat(processInstanceQuery().count()).isZero();
    assertThat(calls).isEmpty();
    assertThat(org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService()
        .createHistoricActivityInstanceQuery().activityId("YearAlreadyPlannedEndEvent").count()).isEqualTo(1);
  }
}
