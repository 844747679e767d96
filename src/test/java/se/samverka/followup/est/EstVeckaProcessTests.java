package se.samverka.followup.est;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static se.samverka.followup.est.EstVeckaProcess.*;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
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

/**
 * The weekly EST cycle: the timer fires on Mondays at 07:00 and claims the week before; the units report or are
 * recorded as "ingen rapport" at the deadline; the coordinator compiles, the meeting decides; each action goes to its
 * unit with a reminder; every participant gets the picture.
 */
@Deployment(resources = "bpmn/followup/est-vecka.bpmn")
class EstVeckaProcessTests {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension
      .builder("process-tests.cfg.xml").assertClassCoverageAtLeast(1.0).build();

  private static final List<String> UNITS_OF_TEST = List.of("skola", "polis", "bostadsbolag");
  private static final Map<String, String> ACTION_UNITS = Map.of("a1", "fritid", "a2", "vaktbolag");

  private final List<String> calls = new ArrayList<>();
  private final Set<String> claimedWeeks = new HashSet<>();
  private List<String> decidedActions = List.of();

  /** Runs before the deployment of {@code @Deployment}, so the timer start reads the mocked schedule. */
  @BeforeEach
  void registerBeans() {
    ClockUtil.setCurrentTime(at(2026, 11, 27, 12));
    Mocks.register("estSchedule", new EstSchedule(new EstSettings(UNITS_OF_TEST, "0 0 7 * * MON",
        Duration.ofHours(33), Duration.ofDays(2), 4)));
    Mocks.register("claimEstWeekDelegate", (JavaDelegate) execution -> {
      String week = EstWeek.of(ClockUtil.getCurrentTime().toInstant()).previous().key();
      execution.setVariable(PERIOD, week);
      execution.setVariable(PERIOD_CLAIMED, claimedWeeks.add(week));
    });
    Mocks.register("openEstWeekDelegate", (JavaDelegate) execution -> {
      execution.setVariable(WEEK, execution.getVariable(PERIOD));
      execution.setVariable(UNITS, new ArrayList<>(UNITS_OF_TEST));
      execution.setVariable(REPORT_DEADLINE,
          Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofHours(33))));
    });
    Mocks.register("showUnitReportsListener", (TaskListener) task -> task.setVariableLocal("estUnitIncidents", "-"));
    Mocks.register("recordUnitReportListener", (TaskListener) task -> calls.add("rapport:" + task.getVariable(UNIT)
        + "=" + task.getVariable(REPORT_STATUS)));
    Mocks.register("recordMissingReportsDelegate", (JavaDelegate) execution -> calls.add("ingen rapport"));
    Mocks.register("computeEstPictureDelegate", (JavaDelegate) execution -> {
      calls.add("siffror:" + execution.getVariable(WEEK));
      execution.setVariable(FIGURES, "Händelser: 3");
    });
    Mocks.register("recordEstSummaryListener", (TaskListener) task -> calls.add("sammanfattning"));
    Mocks.register("publishEstWeekDelegate", (JavaDelegate) execution -> {
      calls.add("publicerad");
      execution.setVariable(ACTION_IDS, new ArrayList<>(decidedActions));
      execution.setVariable(ANY_ACTIONS, !decidedActions.isEmpty());
      execution.setVariable(READERS, new ArrayList<>(UNITS_OF_TEST));
    });
    Mocks.register("nameEstActionListener", (ExecutionListener) execution -> {
      String id = (String) execution.getVariable(ACTION_ID);
      execution.setVariableLocal(ACTION_GROUP, ACTION_UNITS.get(id));
      execution.setVariableLocal(ACTION_REMINDER_AT, at(2026, 12, 8, 8));
    });
    Mocks.register("remindEstActionDelegate", (JavaDelegate) execution ->
        calls.add("påmind:" + execution.getVariable(ACTION_ID)));
    Mocks.register("recordEstActionResultListener", (TaskListener) task -> calls.add("resultat:"
        + task.getVariable(ACTION_ID) + "=" + task.getVariable(ACTION_RESULT)));
    Mocks.register("recordEstReadListener", (TaskListener) task -> calls.add("läst:" + task.getVariable(READER)));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    Mocks.reset();
  }

  private static Date at(int year, int month, int day, int hour) {
    return Date.from(LocalDateTime.of(year, month, day, hour, 0).atZone(ZoneId.systemDefault()).toInstant());
  }

  /** Fires the weekly timer at its due date (Monday 30 November 2026, 07:00) and returns the new instance. */
  private ProcessInstance mondayMorning() {
    Job weekly = jobQuery().timers().activityId(WEEK_STARTED).singleResult();
    assertThat(weekly.getDuedate()).isEqualTo(at(2026, 11, 30, 7));
    ClockUtil.setCurrentTime(weekly.getDuedate());
    execute(weekly);
    return processInstanceQuery().active().singleResult();
  }

  private static Task taskFor(String activity, String group) {
    return taskQuery().taskDefinitionKey(activity).taskCandidateGroup(group).singleResult();
  }

  private void compileAndMeet(ProcessInstance instance) {
    assertThat(instance).isWaitingAt(COMPILE_PICTURE).variables().containsEntry(FIGURES, "Händelser: 3");
    assertThat(taskQuery().taskDefinitionKey(COMPILE_PICTURE).singleResult()).hasCandidateGroup(COORDINATOR_GROUP);
    complete(taskQuery().taskDefinitionKey(COMPILE_PICTURE).singleResult(),
        withVariables(SUMMARY, "Mer klotter i Mariefred."));
    assertThat(instance).isWaitingAt(MEETING);
    Task meeting = taskQuery().taskDefinitionKey(MEETING).singleResult();
    assertThat(meeting).hasCandidateGroup(COORDINATOR_GROUP).hasCandidateGroup(POLICE_GROUP);
    complete(meeting, withVariables(MEETING_NOTE, "Fokus på centrum."));
  }

  private void everyoneReads(ProcessInstance instance) {
    for (String unit : UNITS_OF_TEST) {
      complete(taskFor(READ_PICTURE, unit));
    }
  }

  @Test
  void allUnitsReportTheCoordinatorCompilesTheMeetingDecidesNothingAndEveryoneReads() {
    ProcessInstance instance = mondayMorning();
    assertThat(instance).isWaitingAt(UNIT_REPORT);
    assertThat(runtimeService().getVariable(instance.getId(), WEEK)).isEqualTo("2026-v48");
    for (String unit : UNITS_OF_TEST) {
      complete(taskFor(UNIT_REPORT, unit), withVariables(REPORT_STATUS,
          unit.equals("bostadsbolag") ? NO_INCIDENTS : REPORTED));
    }
    compileAndMeet(instance);

    assertThat(instance).isWaitingAt(READ_PICTURE);
    assertThat(taskQuery().taskDefinitionKey(PERFORM_ACTION).count()).isZero();
    everyoneReads(instance);

    assertThat(instance).isEnded().hasPassed("ReportsInGateway", "ActionsDoneGateway", WEEK_DONE)
        .hasNotPassed(RECORD_MISSING, ACTIONS);
    assertThat(calls).containsExactly("rapport:skola=rapporterat", "rapport:polis=rapporterat",
        "rapport:bostadsbolag=inga-handelser", "siffror:2026-v48", "sammanfattning", "publicerad", "läst:skola",
        "läst:polis", "läst:bostadsbolag");
  }

  @Test
  void aUnitThatHasNotReportedByTheDeadlineIsRecordedAsNoReportAndTheCycleGoesOn() {
    ProcessInstance instance = mondayMorning();
    complete(taskFor(UNIT_REPORT, "skola"), withVariables(REPORT_STATUS, REPORTED));
    complete(taskFor(UNIT_REPORT, "polis"), withVariables(REPORT_STATUS, NO_INCIDENTS));

    Job deadline = jobQuery().timers().activityId(REPORT_DEADLINE_TIMER).singleResult();
    assertThat(deadline.getDuedate()).isEqualTo(at(2026, 12, 1, 16));
    ClockUtil.setCurrentTime(deadline.getDuedate());
    execute(deadline);

    assertThat(taskQuery().taskDefinitionKey(UNIT_REPORT).count()).isZero();
    assertThat(instance).hasPassed(RECORD_MISSING, "ReportsInGateway").isWaitingAt(COMPILE_PICTURE);
    assertThat(calls).containsExactly("rapport:skola=rapporterat", "rapport:polis=inga-handelser", "ingen rapport",
        "siffror:2026-v48");
  }

  @Test
  void decidedActionsGoToTheirUnitsAreRemindedBeforeTheirDueDateAndTheirResultsAreRecorded() {
    decidedActions = List.of("a1", "a2");
    ProcessInstance instance = mondayMorning();
    for (String unit : UNITS_OF_TEST) {
      complete(taskFor(UNIT_REPORT, unit), withVariables(REPORT_STATUS, REPORTED));
    }
    compileAndMeet(instance);

    Task fritid = taskFor(PERFORM_ACTION, "fritid");
    Task vaktbolag = taskFor(PERFORM_ACTION, "vaktbolag");
    assertThat(fritid).isNotNull();
    assertThat(vaktbolag).isNotNull();
    assertThat(jobQuery().timers().activityId(ACTION_REMINDER_TIMER).count()).isEqualTo(2);

    // The reminder does not take the task away: the unit still reports the result.
    Job reminder = jobQuery().timers().activityId(ACTION_REMINDER_TIMER).list().get(0);
    assertThat(reminder.getDuedate()).isEqualTo(at(2026, 12, 8, 8));
    ClockUtil.setCurrentTime(reminder.getDuedate());
    execute(reminder);
    assertThat(taskQuery().taskDefinitionKey(PERFORM_ACTION).count()).isEqualTo(2);

    complete(fritid, withVariables(ACTION_RESULT, DONE, ACTION_RESULT_TEXT, "Belysningen lagad."));
    complete(vaktbolag, withVariables(ACTION_RESULT, NOT_DONE, ACTION_RESULT_TEXT, "Ingen bemanning."));
    assertThat(instance).isWaitingAt(READ_PICTURE);
    everyoneReads(instance);

    assertThat(instance).isEnded().hasPassed(ACTIONS, REMIND_ACTION, "ReminderSentEndEvent",
        "ActionReportedEndEvent", WEEK_DONE);
    assertThat(calls).containsSubsequence("publicerad", "resultat:a1=genomford", "resultat:a2=ej-genomford");
    assertThat(calls.stream().filter(c -> c.startsWith("påmind:")).count()).isEqualTo(1);
  }

  @Test
  void theTimerFiresEveryMondayAtSevenAndASecondStartInTheSameWeekEndsAtOnce() {
    ProcessInstance first = mondayMorning();
    Job next = jobQuery().timers().activityId(WEEK_STARTED).singleResult();
    assertThat(next.getDuedate()).isEqualTo(at(2026, 12, 7, 7));

    // A start by hand later the same Monday (or the timer fired twice): the week is already claimed.
    runtimeService().startProcessInstanceByKey(KEY);
    assertThat(historyService().createHistoricActivityInstanceQuery().activityId(WEEK_ALREADY_RUN).count())
        .isEqualTo(1);
    assertThat(processInstanceQuery().active().count()).isEqualTo(1);
    assertThat(taskQuery().taskDefinitionKey(UNIT_REPORT).count()).isEqualTo(UNITS_OF_TEST.size());
    assertThat(first).isWaitingAt(UNIT_REPORT);
  }

  @Test
  void aRedeployInTheSameWeekStartsNoSecondCycle() {
    mondayMorning();
    String redeployment = repositoryService().createDeployment().addClasspathResource("bpmn/followup/est-vecka.bpmn")
        .deploy().getId();
    try {
      Job redeployedTimer = jobQuery().timers().activityId(WEEK_STARTED).singleResult();
      // The new version's timer is due next Monday; firing it early, still in the same week, claims nothing.
      assertThat(redeployedTimer.getDuedate()).isEqualTo(at(2026, 12, 7, 7));
      execute(redeployedTimer);
      assertThat(processInstanceQuery().active().count()).isEqualTo(1);
      assertThat(historyService().createHistoricActivityInstanceQuery().activityId(WEEK_ALREADY_RUN).count())
          .isEqualTo(1);
    } finally {
      repositoryService().deleteDeployment(redeployment, true);
    }
  }
}
