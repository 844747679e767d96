package se.samverka.homevisit.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static se.samverka.homevisit.OrosanmalanProcess.*;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
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
 * Every path of {@code orosanmalan}. The stand-in for the receipt computes the deadlines and the routing with the real
 * default settings (16:00 late limit, escalation after four hours, office hours 08:00–16:30 on working days, 14 days),
 * so the timers are checked against times counted from the receipt; the engine clock is moved to fire them.
 */
@Deployment(resources = "bpmn/homevisit/orosanmalan.bpmn")
class OrosanmalanProcessTests {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension
      .builder("process-tests.cfg.xml").assertClassCoverageAtLeast(1.0).build();

  private static final OrosanmalanSettings SETTINGS = OrosanmalanSettings.defaults();
  private final List<String> calls = new ArrayList<>();

  private static Date at(LocalDateTime time) {
    return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
  }

  /** What the protection assessment form sends when nothing calls for an investigation at once. */
  private static Map<String, Object> noImmediateNeed() {
    return withVariables(IMMEDIATE_PROTECTION, NO, GUARDIANS_MAY_BE_CONTACTED, YES, SUSPECTED_CRIME, NO,
        INVESTIGATION_AT_ONCE, NO);
  }

  @BeforeEach
  void registerDelegates() {
    // Received on a Friday morning, within office hours.
    ClockUtil.setCurrentTime(at(LocalDateTime.of(2026, 11, 27, 9, 30)));
    Mocks.register("registerReportDelegate", (JavaDelegate) execution -> {
      var received = ClockUtil.getCurrentTime().toInstant();
      execution.setVariable(RECEIVED_AT, Date.from(received));
      execution.setVariable(PROTECTION_DUE_AT, SETTINGS.protectionDue(received));
      execution.setVariable(PROTECTION_ESCALATE_AT, SETTINGS.protectionEscalation(received));
      execution.setVariable(PROTECTION_GROUPS, String.join(",",
          SETTINGS.protectionGroups(received, Boolean.TRUE.equals(execution.getVariable(ACUTE)))));
      execution.setVariable(DECISION_DUE_AT, SETTINGS.decisionDue(received));
      calls.add("register");
    });
    for (String name : List.of("recordProtectionBreachDelegate", "recordProtectionAssessmentDelegate",
        "recordDecisionBreachDelegate", "recordFeedbackDelegate", "recordFeedbackBreachDelegate",
        "recordLexSarahDelegate")) {
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
      execution.setVariable(DECISION_DUE_AT, OrosanmalanSettings.endOf(
          LocalDate.parse((String) execution.getVariable(NEW_DECISION_DATE))));
      execution.setVariable(EXTEND_DECISION, false);
      calls.add("extension:" + execution.getVariable(NEW_DECISION_DATE));
    });
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    Mocks.reset();
  }

  private ProcessInstance report(boolean mandatory, boolean violence) {
    return report(mandatory, violence, false);
  }

  private ProcessInstance report(boolean mandatory, boolean violence, boolean acute) {
    return runtimeService().startProcessInstanceByKey(KEY,
        withVariables(CASE_ID, "case-1", REPORTER_MANDATORY, mandatory, VIOLENCE_INVOLVED, violence, ACUTE, acute));
  }

  private ProcessInstance requested() {
    return runtimeService().createMessageCorrelation(MESSAGE_REQUESTED)
        .setVariables(withVariables(CASE_ID, "case-2", REPORTER_MANDATORY, true, VIOLENCE_INVOLVED, false, ACUTE,
            false))
        .correlateStartMessage();
  }

  private static Job timer(String activityId) {
    return jobQuery().timers().activityId(activityId).singleResult();
  }

  private static void moveClockTo(Date time) {
    ClockUtil.setCurrentTime(time);
  }

  private static void fire(Job timer) {
    moveClockTo(timer.getDuedate());
    execute(timer);
  }

  @Test
  void voluntaryReportDecidedWithinFourteenDaysNeedsNoFeedback() {
    ProcessInstance instance = report(false, false);
    assertThat(instance).isWaitingAt(PROTECTION_ASSESSMENT);
    assertThat(task()).hasCandidateGroup(RECEIVING_GROUP);
    assertThat(task().getDueDate()).isEqualTo(at(LocalDateTime.of(2026, 11, 27, 23, 59, 59)));
    complete(task(), noImmediateNeed());

    assertThat(instance).isWaitingAt(PRELIMINARY_ASSESSMENT);
    // 14 days from the receipt on 27 November, whenever the assessment task was created.
    assertThat(timer(DECISION_DEADLINE_TIMER).getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 12, 11, 23, 59, 59)));
    moveClockTo(at(LocalDateTime.of(2026, 12, 10, 14, 0)));
    complete(task(), withVariables(DECISION, NO_INVESTIGATION));

    assertThat(instance).isEnded().hasPassed("ExtensionGateway", "FeedbackGateway", "ReportHandledEndEvent")
        .hasNotPassed(HAND_OVER_INVESTIGATION, GIVE_FEEDBACK, LEX_SARAH);
    assertThat(calls).containsExactly("register", "recordProtectionAssessmentDelegate", "decision:" + NO_INVESTIGATION);
  }

  @Test
  void requestedReportOpensInvestigationHandsItOverAndGivesFeedbackEvenWhenLate() {
    ProcessInstance instance = requested();
    complete(task(PROTECTION_ASSESSMENT, instance), noImmediateNeed());
    complete(task(PRELIMINARY_ASSESSMENT, instance), withVariables(DECISION, OPEN_INVESTIGATION));

    assertThat(instance).isWaitingAt(HAND_OVER_INVESTIGATION);
    assertThat(task()).hasCandidateGroup(RECEIVING_GROUP);
    complete(task(), withVariables("investigationReference", "2026-123", "handedOverDate", "2026-11-27"));

    // Feedback to a mandatory reporter is a duty with a time limit (SoL 2025:400 as of 15 January 2026).
    assertThat(instance).isWaitingAt(GIVE_FEEDBACK);
    Job overdue = timer(FEEDBACK_OVERDUE_TIMER);
    assertThat(overdue.getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 12, 11, 23, 59, 59)));
    fire(overdue);
    assertThat(instance).hasPassed("RecordFeedbackBreachTask", "FeedbackBreachRecordedEndEvent")
        .isWaitingAt(GIVE_FEEDBACK);
    complete(task(GIVE_FEEDBACK, instance), withVariables("feedbackType", "utredning-inleds"));

    assertThat(instance).isEnded().hasPassed("RecordFeedbackTask", "ReportHandledEndEvent");
    assertThat(calls).containsSubsequence("decision:" + OPEN_INVESTIGATION, "recordFeedbackBreachDelegate",
        "recordFeedbackDelegate");
  }

  @Test
  void violenceTickedByTheReporterDoesNotOpenAnInvestigationWhenSocialServicesDecide() {
    ProcessInstance instance = report(false, true);
    complete(task(PROTECTION_ASSESSMENT, instance), withVariables(IMMEDIATE_PROTECTION, NO,
        GUARDIANS_MAY_BE_CONTACTED, NO, SUSPECTED_CRIME, YES, CONSULTED_WITH, "barnahus",
        CONSULTATION_DATE, "2026-11-27", INVESTIGATION_AT_ONCE, NO));

    assertThat(instance).hasPassed("InvestigationAtOnceGateway").hasNotPassed("OpenInvestigationAtOnceTask")
        .isWaitingAt(PRELIMINARY_ASSESSMENT);
  }

  @Test
  void socialServicesOwnAssessmentOpensAnInvestigationAtOnce() {
    ProcessInstance instance = report(false, true);
    complete(task(PROTECTION_ASSESSMENT, instance), withVariables(IMMEDIATE_PROTECTION, NO,
        GUARDIANS_MAY_BE_CONTACTED, NO, SUSPECTED_CRIME, YES, CONSULTED_WITH, "polis",
        CONSULTATION_DATE, "2026-11-27", INVESTIGATION_AT_ONCE, YES));

    assertThat(instance).hasPassed("OpenInvestigationAtOnceTask")
        .hasNotPassed(PRELIMINARY_ASSESSMENT).isWaitingAt(HAND_OVER_INVESTIGATION);
    complete(task(), withVariables("investigationReference", "2026-124", "handedOverDate", "2026-11-27"));
    assertThat(instance).isEnded();
  }

  @Test
  void childInNeedOfImmediateProtectionOpensAnInvestigationAtOnce() {
    ProcessInstance instance = report(true, false);
    complete(task(PROTECTION_ASSESSMENT, instance), withVariables(IMMEDIATE_PROTECTION, YES,
        GUARDIANS_MAY_BE_CONTACTED, NO, SUSPECTED_CRIME, NO, INVESTIGATION_AT_ONCE, NO));

    assertThat(instance).hasPassed("OpenInvestigationAtOnceTask").isWaitingAt(HAND_OVER_INVESTIGATION);
    assertThat(calls).contains("atOnce");
  }

  @Test
  void protectionAssessmentNotMadeWithinFourHoursIsEscalatedToTheManagerWithoutABreach() {
    ProcessInstance instance = report(false, false);
    Job escalation = timer(PROTECTION_ESCALATION_TIMER);
    // Received 09:30: the manager hears of it at 13:30, not at midnight.
    assertThat(escalation.getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 11, 27, 13, 30)));

    fire(escalation);

    assertThat(instance).isWaitingAt(PROTECTION_ASSESSMENT, ESCALATE_PROTECTION_ASSESSMENT)
        .hasNotPassed("RecordProtectionBreachTask");
    assertThat(task(ESCALATE_PROTECTION_ASSESSMENT, instance)).hasCandidateGroup(ESCALATION_GROUP);
    complete(task(ESCALATE_PROTECTION_ASSESSMENT, instance), withVariables("escalationAction", "tilldelad"));
    assertThat(instance).hasPassed("EscalationHandledEndEvent").isWaitingAt(PROTECTION_ASSESSMENT);
    complete(task(PROTECTION_ASSESSMENT, instance), noImmediateNeed());
    assertThat(calls).doesNotContain("recordProtectionBreachDelegate", "recordLexSarahDelegate");
  }

  @Test
  void missedProtectionDeadlineIsRecordedAndOffersTheManagerALexSarahReport() {
    ProcessInstance instance = report(false, false);
    fire(timer(PROTECTION_ESCALATION_TIMER));
    Job overdue = timer(PROTECTION_OVERDUE_TIMER);
    assertThat(overdue.getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 11, 27, 23, 59, 59)));

    fire(overdue);

    assertThat(instance).hasPassed("RecordProtectionBreachTask").isWaitingAt(PROTECTION_ASSESSMENT,
        ESCALATE_PROTECTION_ASSESSMENT, LEX_SARAH);
    assertThat(task(LEX_SARAH, instance)).hasCandidateGroup(ESCALATION_GROUP);
    complete(task(LEX_SARAH, instance), withVariables(LEX_SARAH_OUTCOME, LEX_SARAH_REPORT));
    assertThat(instance).hasPassed("RecordLexSarahTask", "LexSarahAnsweredEndEvent")
        .isWaitingAt(PROTECTION_ASSESSMENT, ESCALATE_PROTECTION_ASSESSMENT);
    assertThat(calls).containsSubsequence("recordProtectionBreachDelegate", "recordLexSarahDelegate");
  }

  @Test
  void reportReceivedAfterFourGivesTheProtectionAssessmentUntilTheNextDayButEscalatesWithinHours() {
    moveClockTo(at(LocalDateTime.of(2026, 11, 27, 16, 45)));
    report(false, false);
    assertThat(timer(PROTECTION_OVERDUE_TIMER).getDuedate())
        .isEqualTo(at(LocalDateTime.of(2026, 11, 28, 23, 59, 59)));
    assertThat(timer(PROTECTION_ESCALATION_TIMER).getDuedate())
        .isEqualTo(at(LocalDateTime.of(2026, 11, 27, 20, 45)));
  }

  @Test
  void acuteReportOutsideOfficeHoursGoesToTheOnCallService() {
    // Saturday evening.
    moveClockTo(at(LocalDateTime.of(2026, 11, 28, 19, 10)));
    ProcessInstance instance = report(true, false, true);

    assertThat(task(PROTECTION_ASSESSMENT, instance)).hasCandidateGroup(ON_CALL_GROUP);
    assertThat(taskQuery().taskCandidateGroup(ON_CALL_GROUP).count()).isEqualTo(1);
  }

  @Test
  void acuteReportWithinOfficeHoursStaysWithSocialServices() {
    ProcessInstance instance = report(true, false, true);

    assertThat(task(PROTECTION_ASSESSMENT, instance)).hasCandidateGroup(RECEIVING_GROUP);
    assertThat(taskQuery().taskCandidateGroup(ON_CALL_GROUP).count()).isZero();
  }

  @Test
  void extensionForExceptionalReasonsWithinTheFourteenDaysMovesTheDeadlineWithoutABreach() {
    ProcessInstance instance = report(true, false);
    complete(task(PROTECTION_ASSESSMENT, instance), noImmediateNeed());
    moveClockTo(at(LocalDateTime.of(2026, 12, 7, 10, 0)));

    complete(task(PRELIMINARY_ASSESSMENT, instance), withVariables(EXTEND_DECISION, true, EXTENSION_REASON,
        "polisforhor", NEW_DECISION_DATE, "2026-12-23"));

    assertThat(instance).hasPassed("ExtensionGateway", "RecordExceptionalReasonsTask")
        .hasNotPassed("RecordDecisionBreachTask").isWaitingAt(PRELIMINARY_ASSESSMENT);
    assertThat(timer(DECISION_DEADLINE_TIMER).getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 12, 23, 23, 59, 59)));
    assertThat(task(PRELIMINARY_ASSESSMENT, instance).getDueDate())
        .isEqualTo(at(LocalDateTime.of(2026, 12, 23, 23, 59, 59)));
    complete(task(PRELIMINARY_ASSESSMENT, instance), withVariables(DECISION, NO_INVESTIGATION));
    assertThat(instance).isWaitingAt(GIVE_FEEDBACK);
    assertThat(calls).containsSubsequence("extension:2026-12-23", "decision:" + NO_INVESTIGATION)
        .doesNotContain("recordDecisionBreachDelegate", "recordLexSarahDelegate");
  }

  @Test
  void afterFourteenDaysTheBreachOffersLexSarahAndExceptionalReasonsStillExtend() {
    ProcessInstance instance = report(true, false);
    complete(task(PROTECTION_ASSESSMENT, instance), noImmediateNeed());
    Job deadline = timer(DECISION_DEADLINE_TIMER);

    moveClockTo(Date.from(deadline.getDuedate().toInstant().plus(Duration.ofSeconds(1))));
    execute(deadline);

    assertThat(instance).hasPassed("RecordDecisionBreachTask", "DecisionBreachForkGateway")
        .isWaitingAt(EXCEPTIONAL_REASONS, LEX_SARAH);
    assertThat(task(EXCEPTIONAL_REASONS, instance)).hasCandidateGroup(RECEIVING_GROUP);
    assertThat(task(LEX_SARAH, instance)).hasCandidateGroup(ESCALATION_GROUP);
    complete(task(EXCEPTIONAL_REASONS, instance), withVariables(LATE_OUTCOME, LATE_EXCEPTIONAL_REASONS,
        EXTENSION_REASON, "annan-myndighet", NEW_DECISION_DATE, "2026-12-18"));

    assertThat(instance).hasPassed("LateOutcomeGateway", "RecordExceptionalReasonsTask")
        .isWaitingAt(PRELIMINARY_ASSESSMENT, LEX_SARAH);
    assertThat(timer(DECISION_DEADLINE_TIMER).getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 12, 18, 23, 59, 59)));
    complete(task(LEX_SARAH, instance), withVariables(LEX_SARAH_OUTCOME, LEX_SARAH_NO_REPORT));
    complete(task(PRELIMINARY_ASSESSMENT, instance), withVariables(DECISION, NO_INVESTIGATION));
    assertThat(instance).isWaitingAt(GIVE_FEEDBACK);
    assertThat(calls).containsSubsequence("recordDecisionBreachDelegate", "extension:2026-12-18",
        "recordLexSarahDelegate", "decision:" + NO_INVESTIGATION);
  }

  @Test
  void afterFourteenDaysTheDecisionCanBeMadeAtOnce() {
    ProcessInstance instance = report(false, false);
    complete(task(PROTECTION_ASSESSMENT, instance), noImmediateNeed());
    Job deadline = timer(DECISION_DEADLINE_TIMER);
    moveClockTo(Date.from(deadline.getDuedate().toInstant().plus(Duration.ofHours(1))));
    execute(deadline);

    complete(task(EXCEPTIONAL_REASONS, instance), withVariables(LATE_OUTCOME, LATE_DECISION_NOW,
        DECISION, OPEN_INVESTIGATION));

    assertThat(instance).hasPassed("LateOutcomeGateway", "RecordDecisionTask")
        .hasNotPassed("RecordExceptionalReasonsTask").isWaitingAt(HAND_OVER_INVESTIGATION, LEX_SARAH);
  }
}
