package se.samverka.homevisit.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static se.samverka.homevisit.OrosanmalanProcess.*;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
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
import se.samverka.homevisit.OrosanmalanSettings;

/**
 * Every path of {@code orosanmalan}. The stand-in for the receipt computes the deadlines with the real settings
 * (16:00 late limit, 14 days), so the timers are checked against dates counted from the receipt; the engine clock is
 * moved to fire them.
 */
@Deployment(resources = "bpmn/homevisit/orosanmalan.bpmn")
class OrosanmalanProcessTests {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension
      .builder("process-tests.cfg.xml").assertClassCoverageAtLeast(1.0).build();

  private static final OrosanmalanSettings SETTINGS = new OrosanmalanSettings(LocalTime.of(16, 0), 14, 14);
  private final List<String> calls = new ArrayList<>();

  private static Date at(LocalDateTime time) {
    return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
  }

  @BeforeEach
  void registerDelegates() {
    // Received on a Friday morning.
    ClockUtil.setCurrentTime(at(LocalDateTime.of(2026, 11, 27, 9, 30)));
    Mocks.register("registerReportDelegate", (JavaDelegate) execution -> {
      var received = ClockUtil.getCurrentTime().toInstant();
      execution.setVariable(RECEIVED_AT, Date.from(received));
      execution.setVariable(PROTECTION_DUE_AT, SETTINGS.protectionDue(received));
      execution.setVariable(DECISION_DUE_AT, SETTINGS.decisionDue(received));
      calls.add("register");
    });
    for (String name : List.of("recordProtectionBreachDelegate", "recordProtectionAssessmentDelegate",
        "recordDecisionBreachDelegate", "recordFeedbackDelegate", "recordFeedbackBreachDelegate")) {
      Mocks.register(name, (JavaDelegate) execution -> calls.add(name));
    }
    Mocks.register("openInvestigationAtOnceDelegate", (JavaDelegate) execution -> {
      execution.setVariable(DECISION, OPEN_INVESTIGATION);
      execution.setVariable(FEEDBACK_DUE_AT, SETTINGS.feedbackDue(ClockUtil.getCurrentTime().toInstant()));
      calls.add("atOnce");
    });
    Mocks.register("recordDecisionDelegate", (JavaDelegate) execution -> {
      execution.setVariable(FEEDBACK_DUE_AT, SETTINGS.feedbackDue(ClockUtil.getCurrentTime().toInstant()));
      calls.add("decision:" + execution.getVariable(DECISION));
    });
    Mocks.register("recordExceptionalReasonsDelegate", (JavaDelegate) execution -> {
      execution.setVariable(DECISION_DUE_AT, OrosanmalanSettings.endOf(LocalDate.of(2026, 12, 18)));
      calls.add("exceptionalReasons");
    });
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    Mocks.reset();
  }

  private ProcessInstance report(boolean mandatory, boolean violence) {
    return runtimeService().startProcessInstanceByKey(KEY,
        withVariables(CASE_ID, "case-1", REPORTER_MANDATORY, mandatory, VIOLENCE_INVOLVED, violence));
  }

  private ProcessInstance requested() {
    return runtimeService().createMessageCorrelation(MESSAGE_REQUESTED)
        .setVariables(withVariables(CASE_ID, "case-2", REPORTER_MANDATORY, true, VIOLENCE_INVOLVED, false))
        .correlateStartMessage();
  }

  private static Job timer(String activityId) {
    return jobQuery().timers().activityId(activityId).singleResult();
  }

  private static void moveClockTo(Date time) {
    ClockUtil.setCurrentTime(time);
  }

  @Test
  void voluntaryReportDecidedWithinFourteenDaysNeedsNoFeedback() {
    ProcessInstance instance = report(false, false);
    assertThat(instance).isWaitingAt(PROTECTION_ASSESSMENT);
    assertThat(task()).hasCandidateGroup(RECEIVING_GROUP);
    assertThat(task().getDueDate()).isEqualTo(at(LocalDateTime.of(2026, 11, 27, 23, 59, 59)));
    complete(task(), withVariables(IMMEDIATE_PROTECTION, "nej"));

    assertThat(instance).isWaitingAt(PRELIMINARY_ASSESSMENT);
    // 14 days from the receipt on 27 November, whenever the assessment task was created.
    assertThat(timer(DECISION_DEADLINE_TIMER).getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 12, 11, 23, 59, 59)));
    moveClockTo(at(LocalDateTime.of(2026, 12, 10, 14, 0)));
    complete(task(), withVariables(DECISION, NO_INVESTIGATION));

    assertThat(instance).isEnded().hasPassed("FeedbackGateway", "ReportHandledEndEvent")
        .hasNotPassed(HAND_OVER_INVESTIGATION, GIVE_FEEDBACK);
    assertThat(calls).containsExactly("register", "recordProtectionAssessmentDelegate", "decision:" + NO_INVESTIGATION);
  }

  @Test
  void requestedReportOpensInvestigationHandsItOverAndGivesFeedbackEvenWhenLate() {
    ProcessInstance instance = requested();
    complete(task(PROTECTION_ASSESSMENT, instance), withVariables(IMMEDIATE_PROTECTION, "nej"));
    complete(task(PRELIMINARY_ASSESSMENT, instance), withVariables(DECISION, OPEN_INVESTIGATION));

    assertThat(instance).isWaitingAt(HAND_OVER_INVESTIGATION);
    assertThat(task()).hasCandidateGroup(RECEIVING_GROUP);
    complete(task(), withVariables("investigationReference", "2026-123", "handedOverDate", "2026-11-27"));

    assertThat(instance).isWaitingAt(GIVE_FEEDBACK);
    Job overdue = timer(FEEDBACK_OVERDUE_TIMER);
    assertThat(overdue.getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 12, 11, 23, 59, 59)));
    moveClockTo(overdue.getDuedate());
    execute(overdue);
    assertThat(instance).hasPassed("RecordFeedbackBreachTask", "FeedbackBreachRecordedEndEvent")
        .isWaitingAt(GIVE_FEEDBACK);
    complete(task(GIVE_FEEDBACK, instance), withVariables("feedbackType", "utredning-inleds"));

    assertThat(instance).isEnded().hasPassed("RecordFeedbackTask", "ReportHandledEndEvent");
    assertThat(calls).containsSubsequence("decision:" + OPEN_INVESTIGATION, "recordFeedbackBreachDelegate",
        "recordFeedbackDelegate");
  }

  @Test
  void violenceAgainstAChildOpensAnInvestigationAtOnce() {
    ProcessInstance instance = report(false, true);
    complete(task(PROTECTION_ASSESSMENT, instance), withVariables(IMMEDIATE_PROTECTION, "nej"));

    assertThat(instance).hasPassed("OpenInvestigationAtOnceTask").hasNotPassed(PRELIMINARY_ASSESSMENT)
        .isWaitingAt(HAND_OVER_INVESTIGATION);
    complete(task(), withVariables("investigationReference", "2026-124", "handedOverDate", "2026-11-27"));
    assertThat(instance).isEnded();
  }

  @Test
  void childInNeedOfImmediateProtectionOpensAnInvestigationAtOnce() {
    ProcessInstance instance = report(true, false);
    complete(task(PROTECTION_ASSESSMENT, instance), withVariables(IMMEDIATE_PROTECTION, "ja"));

    assertThat(instance).hasPassed("OpenInvestigationAtOnceTask").isWaitingAt(HAND_OVER_INVESTIGATION);
    assertThat(calls).contains("atOnce");
  }

  @Test
  void lateProtectionAssessmentIsEscalatedToTheManager() {
    ProcessInstance instance = report(false, false);
    Job overdue = timer(PROTECTION_OVERDUE_TIMER);
    assertThat(overdue.getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 11, 27, 23, 59, 59)));

    moveClockTo(overdue.getDuedate());
    execute(overdue);

    assertThat(instance).hasPassed("RecordProtectionBreachTask").isWaitingAt(PROTECTION_ASSESSMENT,
        ESCALATE_PROTECTION_ASSESSMENT);
    assertThat(task(ESCALATE_PROTECTION_ASSESSMENT, instance)).hasCandidateGroup(ESCALATION_GROUP);
    complete(task(ESCALATE_PROTECTION_ASSESSMENT, instance), withVariables("escalationAction", "tilldelad"));
    assertThat(instance).hasPassed("EscalationHandledEndEvent").isWaitingAt(PROTECTION_ASSESSMENT);
  }

  @Test
  void reportReceivedAfterFourGivesTheProtectionAssessmentUntilTheNextDay() {
    moveClockTo(at(LocalDateTime.of(2026, 11, 27, 16, 45)));
    report(false, false);
    assertThat(timer(PROTECTION_OVERDUE_TIMER).getDuedate())
        .isEqualTo(at(LocalDateTime.of(2026, 11, 28, 23, 59, 59)));
  }

  @Test
  void afterFourteenDaysTheDeadlineIsBreachedAndExceptionalReasonsExtendIt() {
    ProcessInstance instance = report(true, false);
    complete(task(PROTECTION_ASSESSMENT, instance), withVariables(IMMEDIATE_PROTECTION, "nej"));
    Job deadline = timer(DECISION_DEADLINE_TIMER);

    moveClockTo(Date.from(deadline.getDuedate().toInstant().plus(Duration.ofSeconds(1))));
    execute(deadline);

    assertThat(instance).hasPassed("RecordDecisionBreachTask").isWaitingAt(EXCEPTIONAL_REASONS);
    assertThat(task()).hasCandidateGroup(RECEIVING_GROUP);
    complete(task(), withVariables(LATE_OUTCOME, "synnerliga-skal", NEW_DECISION_DATE, "2026-12-18"));

    assertThat(instance).hasPassed("RecordExceptionalReasonsTask").isWaitingAt(PRELIMINARY_ASSESSMENT);
    assertThat(timer(DECISION_DEADLINE_TIMER).getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 12, 18, 23, 59, 59)));
    complete(task(), withVariables(DECISION, NO_INVESTIGATION));
    assertThat(instance).isWaitingAt(GIVE_FEEDBACK);
    assertThat(calls).containsSubsequence("recordDecisionBreachDelegate", "exceptionalReasons",
        "decision:" + NO_INVESTIGATION);
  }

  @Test
  void afterFourteenDaysTheDecisionCanBeMadeAtOnce() {
    ProcessInstance instance = report(false, false);
    complete(task(PROTECTION_ASSESSMENT, instance), withVariables(IMMEDIATE_PROTECTION, "nej"));
    Job deadline = timer(DECISION_DEADLINE_TIMER);
    moveClockTo(Date.from(deadline.getDuedate().toInstant().plus(Duration.ofHours(1))));
    execute(deadline);

    complete(task(EXCEPTIONAL_REASONS, instance), withVariables(LATE_OUTCOME, "beslut", DECISION, OPEN_INVESTIGATION));

    assertThat(instance).hasPassed("LateOutcomeGateway", "RecordDecisionTask").hasNotPassed("RecordExceptionalReasonsTask")
        .isWaitingAt(HAND_OVER_INVESTIGATION);
  }
}
