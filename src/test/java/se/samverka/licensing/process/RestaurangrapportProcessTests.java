package se.samverka.licensing.process;

import static se.samverka.support.EngineTime.at;
import static se.samverka.support.EngineTime.fire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static se.samverka.licensing.RestaurangrapportProcess.*;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.licensing.LicensingSettings;
import se.samverka.workflow.AnnualSchedule;

/**
 * The restaurant-report check on 2 March, the day after the reports are due: missing reports get a reminder; a report that comes in ends the chase, one
 * still missing when the reminder time is out starts a desk supervision.
 */
@Deployment(resources = "bpmn/licensing/restaurangrapport.bpmn")
class RestaurangrapportProcessTests {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension
      .builder("process-tests.cfg.xml").assertClassCoverageAtLeast(1.0).build();

  private final List<String> calls = new ArrayList<>();
  private List<String> missing = List.of();
  private Set<String> registeredMeanwhile = Set.of();
  private boolean claimGranted = true;

  @BeforeEach
  void registerDelegates() {
    ClockUtil.setCurrentTime(at(2026, 11, 27, 10));
    Mocks.register("annualSchedule", new AnnualSchedule());
    Mocks.register("claimYearDelegate", (JavaDelegate) execution -> {
      execution.setVariable(YEAR, 2027);
      execution.setVariable(YEAR_CLAIMED, claimGranted);
    });
    Mocks.register("findMissingReportsDelegate", (JavaDelegate) execution -> {
      execution.setVariable(REPORT_YEAR, (Integer) execution.getVariable(YEAR) - 1);
      execution.setVariable(MISSING, new ArrayList<>(missing));
      execution.setVariable(MISSING_COUNT, missing.size());
    });
    Mocks.register("namePremisesListener", (ExecutionListener) execution ->
        execution.setVariableLocal(PREMISES_NAME, "Krog " + execution.getVariable(PREMISES_ID)));
    Mocks.register("recordReminderDelegate", new RecordReminderDelegate(LicensingSettings.defaults()));
    Mocks.register("recordReportDelegate", (JavaDelegate) execution ->
        calls.add("report:" + execution.getVariable(PREMISES_ID) + ":" + execution.getVariable(REPORT_YEAR)));
    Mocks.register("checkReportDelegate", (JavaDelegate) execution -> execution.setVariableLocal(REPORT_RECEIVED,
        registeredMeanwhile.contains((String) execution.getVariable(PREMISES_ID))));
    Mocks.register("startReportSupervisionDelegate", (JavaDelegate) execution ->
        calls.add("supervision:" + execution.getVariable(PREMISES_ID)));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    Mocks.reset();
  }

  private ProcessInstance secondOfMarch() {
    Job timer = jobQuery().timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(at(2027, 3, 2, 7));
    fire(timer);
    return processInstanceQuery().singleResult();
  }

  private Task taskOf(String activity, String premisesId) {
    return taskQuery().taskDefinitionKey(activity).list().stream()
        .filter(t -> premisesId.equals(taskService().getVariable(t.getId(), PREMISES_ID))).findFirst().orElseThrow();
  }

  @Test
  void missingReportsAreChasedUntilReceivedOrASupervisionStarts() {
    missing = List.of("p1", "p2", "p3");
    registeredMeanwhile = Set.of("p3");
    ProcessInstance instance = secondOfMarch();
    assertThat(instance).isWaitingAt(REVIEW);
    assertThat(taskQuery().singleResult()).hasCandidateGroup("alkoholhandlaggare");
    complete(taskQuery().singleResult(), withVariables("reviewed", true));
    // The missing reports are listed after the review, so reports registered during it get no reminder.
    assertThat(instance).hasPassed("FindMissingReportsTask");
    assertThat(org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService()
        .getVariable(instance.getId(), REPORT_YEAR)).isEqualTo(2026);

    assertThat(taskQuery().taskDefinitionKey(REMIND).count()).isEqualTo(3);
    assertThat(taskService().getVariable(taskOf(REMIND, "p1").getId(), PREMISES_NAME)).isEqualTo("Krog p1");
    for (String premises : missing) {
      complete(taskOf(REMIND, premises), withVariables("reminderSentOn", "2027-03-02"));
    }
    Task await = taskOf(AWAIT_REPORT, "p1");
    assertThat(await.getDueDate()).isEqualTo(new Date(at(2027, 3, 17, 0).getTime() - 1000));
    complete(await, withVariables(RECEIVED_ON, "2027-03-05"));

    List<Job> expired = jobQuery().timers().activityId(REMINDER_EXPIRED_TIMER).list();
    assertThat(expired).hasSize(2);
    ClockUtil.setCurrentTime(expired.get(0).getDuedate());
    expired.forEach(job -> execute(job));

    assertThat(instance).isEnded().hasPassed("ReportReceivedEndEvent", "ReportReceivedLateEndEvent",
        "RemarkStartedEndEvent", "AllHandledEndEvent");
    assertThat(calls).containsExactlyInAnyOrder("report:p1:2026", "supervision:p2");
  }

  @Test
  void theCheckRunsTheDayAfterTheReportsAreDueEveryYear() {
    // Reports are due 1 March; the check starts at 07:00 on 2 March, also in a leap year, and never on 1 March.
    ProcessInstance instance = secondOfMarch();
    assertThat(instance).isWaitingAt(REVIEW);
    Job next = jobQuery().timers().singleResult();
    assertThat(next.getDuedate()).isEqualTo(at(2028, 3, 2, 7));
  }

  @Test
  void noMissingReportEndsTheCheck() {
    ProcessInstance instance = secondOfMarch();
    complete(taskQuery().singleResult(), withVariables("reviewed", true));
    assertThat(instance).isEnded().hasPassed("AllReportedEndEvent");
    assertThat(calls).isEmpty();
  }

  @Test
  void aSecondStartInTheSameYearChecksNothing() {
    claimGranted = false;
    secondOfMarch();
    assertThat(processInstanceQuery().count()).isZero();
    assertThat(historyService().createHistoricActivityInstanceQuery().activityId("YearAlreadyCheckedEndEvent").count())
        .isEqualTo(1);
  }
}
