package se.samverka.sspf.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static se.samverka.sspf.SspfArendeProcess.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
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
 * Every path of {@code sspf-arende}, with the delegates replaced by stand-ins that set the routing variables the real
 * ones set (the real ones are exercised by the integration tests). Timers are fired by moving the engine clock.
 */
@Deployment(resources = "bpmn/sspf/sspf-arende.bpmn")
class SspfArendeProcessTests {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension
      .builder("process-tests.cfg.xml").assertClassCoverageAtLeast(1.0).build();

  private final List<String> calls = new ArrayList<>();
  private boolean withinTargetGroup = true;
  private Instant start;

  @BeforeEach
  void registerDelegates() {
    start = Instant.parse("2026-11-27T08:00:00Z");
    ClockUtil.setCurrentTime(Date.from(start));
    // The real listener: it reads only the start variables.
    Mocks.register("checkReferralIdentityListener", new CheckReferralIdentityListener());
    Mocks.register("registerReferralDelegate", (JavaDelegate) execution -> {
      calls.add("registerReferral");
      execution.setVariable(CONSULTATION, NO.equals(execution.getVariable(GUARDIANS_AGREED)));
      execution.setVariable(CONSENT_REMINDER, "P14D");
      execution.setVariable(CONSENT_TIME_OUT, "P30D");
      execution.setVariable(INPUT_DEADLINE, "P7D");
    });
    Mocks.register("recordReportOfConcernDelegate", (JavaDelegate) execution -> calls.add("reportOfConcern"));
    Mocks.register("recordAcuteRiskDelegate", (JavaDelegate) execution -> calls.add("acuteRisk"));
    Mocks.register("checkTargetGroupDelegate",
        (JavaDelegate) execution -> execution.setVariable(WITHIN_TARGET_GROUP, withinTargetGroup));
    Mocks.register("assignConsentTaskListener", (TaskListener) task -> task.setVariable(CONSENT_GROUPS,
        OBTAINED_BY_REFERRER.equals(task.getVariable(CONSENT_OBTAINED_BY)) ? "skola,samordnare" : "samordnare"));
    Mocks.register("recordConsentDelegate", (JavaDelegate) execution -> {
      Object guardian = execution.getVariable(GUARDIAN_1_CONSENT);
      boolean refused = NO.equals(guardian) || NO.equals(execution.getVariable(GUARDIAN_2_CONSENT));
      String status = refused ? STATUS_REFUSED : YES.equals(guardian) ? STATUS_GIVEN : STATUS_INCOMPLETE;
      execution.setVariable(CONSENT_STATUS, status);
      if (STATUS_GIVEN.equals(status)) {
        execution.setVariable(INPUT_PARTIES, new ArrayList<>(List.of("skola", "polis")));
      }
    });
    Mocks.register("recordCommitmentPlanDelegate", (JavaDelegate) execution -> {
      calls.add("plan");
      execution.setVariable(COMMITMENT_PARTY_LIST, new ArrayList<>(List.of("skola", "fritid")));
      execution.setVariable(NEXT_FOLLOW_UP_AT, Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(42))));
    });
    Mocks.register("scheduleCommitmentListener", (TaskListener) task -> task.setDueDate(
        Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(28)))));
    Mocks.register("reportCommitmentListener", (TaskListener) task -> calls.add("commitment:" + task.getVariable(PARTY)));
    Mocks.register("stopSharingDelegate", (JavaDelegate) execution -> calls.add("stopSharing"));
    Mocks.register("closeCaseListener",
        (ExecutionListener) execution -> calls.add("close:" + execution.getCurrentActivityId()));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    Mocks.reset();
  }

  private ProcessInstance refer(boolean acuteRisk) {
    return runtimeService().startProcessInstanceByKey(KEY, withVariables(CASE_ID, "case-1", GUARDIANS_AGREED, YES,
        ACUTE_RISK, acuteRisk, CONCERN_CATEGORIES, "skolfranvaro"));
  }

  private static Map<String, Object> consultation() {
    Map<String, Object> variables = new java.util.HashMap<>(Map.of(GUARDIANS_AGREED, NO, ACUTE_RISK, false,
        CONCERN_CATEGORIES, "skolfranvaro", CheckReferralIdentityListener.AGE, 14));
    return variables;
  }

  private void moveClock(Duration duration) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
  }

  private Job timer(String activityId) {
    return jobQuery().timers().activityId(activityId).singleResult();
  }

  private ProcessInstance atConsent() {
    ProcessInstance instance = refer(false);
    complete(task(ASSESS_REFERRAL, instance), withVariables(ASSESSMENT_DECISION, DECISION_CONTINUE,
        CONSENT_OBTAINED_BY, OBTAINED_BY_COORDINATOR));
    assertThat(instance).isWaitingAt(OBTAIN_CONSENT);
    return instance;
  }

  private ProcessInstance atPartyInput() {
    ProcessInstance instance = atConsent();
    complete(task(OBTAIN_CONSENT, instance), withVariables(GUARDIAN_1_CONSENT, YES));
    complete(task(MAPPING_TALK, instance));
    return instance;
  }

  private ProcessInstance atCommitments() {
    ProcessInstance instance = atPartyInput();
    taskQuery().taskDefinitionKey(PARTY_INPUT).list().forEach(t -> complete(t));
    complete(task(NETWORK_MEETING, instance));
    assertThat(instance).isWaitingAt(CARRY_OUT_COMMITMENT);
    return instance;
  }

  @Test
  void refersOnwardAndClosesWhenOutsideTargetGroupAndRecordsAcuteRisk() {
    withinTargetGroup = false;
    ProcessInstance instance = refer(true);

    assertThat(instance).hasPassed("RecordReportOfConcernTask", "CheckTargetGroupTask").isWaitingAt(REFER_ONWARD);
    assertThat(task()).hasCandidateGroup(COORDINATOR_GROUP);
    complete(task(), withVariables("referredTo", "socialtjanst"));

    assertThat(instance).isEnded().hasPassed(OUTSIDE_TARGET_GROUP_END);
    assertThat(calls).containsSubsequence("registerReferral", "reportOfConcern", "close:" + OUTSIDE_TARGET_GROUP_END);
  }

  @Test
  void referralWithoutTheGuardiansAgreementGoesOnAsAConsultationWithoutIdentity() {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey(KEY, consultation());

    assertThat(instance).hasPassed("RegisterReferralTask").isWaitingAt(ASSESS_REFERRAL);
    assertThat(runtimeService().getVariable(instance.getId(), CONSULTATION)).isEqualTo(true);
  }

  @Test
  void consultationWithAnIdentityFieldIsRefusedNamingTheField() {
    for (String field : CheckReferralIdentityListener.IDENTITY_FIELDS.keySet()) {
      Map<String, Object> variables = consultation();
      variables.put(field, "2012-01-01");
      assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(KEY, variables))
          .isInstanceOf(se.samverka.workflow.InvalidFormInput.class)
          .hasMessageContaining("(" + field + ") tomt").hasMessageContaining("konsultation utan identitet");
    }
    assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
    assertThat(calls).isEmpty();
  }

  @Test
  void consultationWithAcuteRiskOrWithoutAgeIsRefused() {
    Map<String, Object> acute = consultation();
    acute.put(ACUTE_RISK, true);
    assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(KEY, acute))
        .hasMessageContaining("orosanmälan med barnets identitet");
    Map<String, Object> withoutAge = consultation();
    withoutAge.remove(CheckReferralIdentityListener.AGE);
    assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(KEY, withoutAge))
        .hasMessageContaining("ålder");
    assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void referralWithoutAnAnswerOnTheGuardiansAgreementOrWithAnAgeBesideIdentityIsRefused() {
    Map<String, Object> unanswered = consultation();
    unanswered.remove(GUARDIANS_AGREED);
    assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(KEY, unanswered))
        .hasMessageContaining("Finns ett underskrivet samtycke till aktualiseringen saknas");
    Map<String, Object> agreedWithAge = consultation();
    agreedWithAge.put(GUARDIANS_AGREED, YES);
    assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(KEY, agreedWithAge))
        .hasMessageContaining("fylls bara i vid en konsultation");
  }

  @Test
  void closesWhenCoordinatorFindsReferralNotSuitable() {
    ProcessInstance instance = refer(false);

    assertThat(instance).hasNotPassed("RecordReportOfConcernTask").isWaitingAt(ASSESS_REFERRAL);
    assertThat(task()).hasCandidateGroup(COORDINATOR_GROUP);
    complete(task(), withVariables(ASSESSMENT_DECISION, "ej-aktuellt"));

    assertThat(instance).isEnded().hasPassed(NOT_SUITABLE_END);
    assertThat(calls).contains("close:" + NOT_SUITABLE_END);
  }

  @Test
  void referringAgencyMayObtainTheConsentWithTheCoordinatorsSupport() {
    ProcessInstance instance = refer(false);
    complete(task(ASSESS_REFERRAL, instance), withVariables(ASSESSMENT_DECISION, DECISION_CONTINUE,
        CONSENT_OBTAINED_BY, OBTAINED_BY_REFERRER));

    assertThat(instance).isWaitingAt(OBTAIN_CONSENT);
    assertThat(task(OBTAIN_CONSENT, instance)).hasCandidateGroup("skola").hasCandidateGroup(COORDINATOR_GROUP);
    complete(task(OBTAIN_CONSENT, instance), withVariables(GUARDIAN_1_CONSENT, YES));
    assertThat(instance).isWaitingAt(MAPPING_TALK);
    assertThat(task(MAPPING_TALK, instance)).hasCandidateGroup(COORDINATOR_GROUP);
  }

  @Test
  void closesWhenConsentIsRefused() {
    ProcessInstance instance = atConsent();
    assertThat(task()).hasCandidateGroup(COORDINATOR_GROUP);

    complete(task(), withVariables(GUARDIANS_WITH_CUSTODY, "2", GUARDIAN_1_CONSENT, YES, GUARDIAN_2_CONSENT, NO));

    assertThat(instance).isEnded().hasPassed("RecordConsentTask", CONSENT_REFUSED_END);
    assertThat(calls).contains("close:" + CONSENT_REFUSED_END);
  }

  @Test
  void sendsIncompleteConsentBackToCoordinator() {
    ProcessInstance instance = atConsent();

    complete(task(), withVariables(GUARDIANS_WITH_CUSTODY, "2"));
    assertThat(instance).isWaitingAt(OBTAIN_CONSENT);

    complete(task(), withVariables(GUARDIAN_1_CONSENT, YES));
    assertThat(instance).isWaitingAt(MAPPING_TALK);
  }

  @Test
  void remindsCoordinatorWhenConsentIsLateAndKeepsWaitingForIt() {
    ProcessInstance instance = atConsent();
    Job reminder = timer(CONSENT_REMINDER_TIMER);
    assertThat(reminder.getDuedate()).isEqualTo(Date.from(start.plus(Duration.ofDays(14))));

    moveClock(Duration.ofDays(14));
    execute(reminder);

    assertThat(instance).isWaitingAt(OBTAIN_CONSENT, REMIND_CONSENT);
    Task remind = task(REMIND_CONSENT, instance);
    assertThat(remind).hasCandidateGroup(COORDINATOR_GROUP);
    complete(remind, withVariables("reminderAction", "kontakt"));
    assertThat(instance).hasPassed("ConsentReminderEndEvent").isWaitingAt(OBTAIN_CONSENT);

    complete(task(OBTAIN_CONSENT, instance), withVariables(GUARDIAN_1_CONSENT, YES));
    assertThat(instance).isWaitingAt(MAPPING_TALK);
  }

  @Test
  void closesWhenNoConsentArrivesWithinThirtyDays() {
    ProcessInstance instance = atConsent();
    Job timeOut = timer(CONSENT_TIME_OUT_TIMER);
    assertThat(timeOut.getDuedate()).isEqualTo(Date.from(start.plus(Duration.ofDays(30))));

    moveClock(Duration.ofDays(30));
    execute(timeOut);

    assertThat(instance).isEnded().hasPassed(CONSENT_TIMED_OUT_END);
    assertThat(calls).contains("close:" + CONSENT_TIMED_OUT_END);
  }

  @Test
  void routesInputToEachConsentedPartyAndRemindsWhenLate() {
    ProcessInstance instance = atPartyInput();
    List<Task> inputs = taskQuery().taskDefinitionKey(PARTY_INPUT).list();
    assertThat(inputs).hasSize(2);
    assertThat(inputs).extracting(t -> taskQuery().taskId(t.getId()).singleResult().getId()).hasSize(2);
    assertThat(inputs.stream().map(t -> (String) runtimeService().getVariable(t.getExecutionId(), PARTY)))
        .containsExactlyInAnyOrder("skola", "polis");
    assertThat(taskQuery().taskDefinitionKey(PARTY_INPUT).taskCandidateGroup("skola").count()).isEqualTo(1);
    assertThat(taskQuery().taskDefinitionKey(PARTY_INPUT).taskCandidateGroup("polis").count()).isEqualTo(1);
    assertThat(taskQuery().taskDefinitionKey(PARTY_INPUT).taskCandidateGroup("fritid").count()).isZero();

    moveClock(Duration.ofDays(7));
    execute(timer(INPUT_DEADLINE_TIMER));
    Task remind = task(REMIND_MISSING_INPUT, instance);
    assertThat(remind).hasCandidateGroup(COORDINATOR_GROUP);
    complete(remind, withVariables("reminderAction", "paminnelse"));
    assertThat(instance).hasPassed("InputReminderEndEvent");

    inputs.forEach(t -> complete(t));
    assertThat(instance).isWaitingAt(NETWORK_MEETING);
  }

  @Test
  void runsCommitmentPeriodsWithFollowUpsUntilClosure() {
    ProcessInstance instance = atCommitments();
    assertThat(taskQuery().taskDefinitionKey(CARRY_OUT_COMMITMENT).taskCandidateGroup("skola").count()).isEqualTo(1);
    assertThat(taskQuery().taskDefinitionKey(CARRY_OUT_COMMITMENT).taskCandidateGroup("fritid").count()).isEqualTo(1);
    assertThat(taskQuery().taskDefinitionKey(CARRY_OUT_COMMITMENT).list())
        .allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(Date.from(start.plus(Duration.ofDays(28)))));

    // Period 1: every party reports early; the follow-up meeting is then booked for the follow-up date.
    taskQuery().taskDefinitionKey(CARRY_OUT_COMMITMENT).list()
        .forEach(t -> complete(t, withVariables(COMMITMENT_STATUS, "genomfort")));
    assertThat(instance).isWaitingAt(FOLLOW_UP_MEETING);
    assertThat(task(FOLLOW_UP_MEETING, instance).getDueDate()).isEqualTo(Date.from(start.plus(Duration.ofDays(42))));
    assertThat(jobQuery().timers().activityId(FOLLOW_UP_DUE_TIMER).count()).isZero();
    complete(task(FOLLOW_UP_MEETING, instance), withVariables(FOLLOW_UP_DECISION, "fortsatt"));

    // Period 2: the follow-up date comes while commitments are still open.
    assertThat(instance).isWaitingAt(CARRY_OUT_COMMITMENT);
    complete(taskQuery().taskDefinitionKey(CARRY_OUT_COMMITMENT).taskCandidateGroup("skola").singleResult(),
        withVariables(COMMITMENT_STATUS, "delvis"));
    moveClock(Duration.ofDays(42));
    execute(timer(FOLLOW_UP_DUE_TIMER));
    assertThat(instance).isWaitingAt(FOLLOW_UP_MEETING);
    assertThat(taskQuery().taskDefinitionKey(CARRY_OUT_COMMITMENT).count()).isZero();
    complete(task(FOLLOW_UP_MEETING, instance),
        withVariables(FOLLOW_UP_DECISION, "avsluta", CLOSURE_REASON, "mal-uppnadda"));

    assertThat(instance).isEnded().hasPassed(CASE_CLOSED_END);
    assertThat(calls).containsSubsequence("plan", "commitment:skola", "plan", "commitment:skola",
        "close:" + CASE_CLOSED_END);
  }

  @Test
  void closesCaseWhenConsentIsWithdrawn() {
    ProcessInstance instance = atCommitments();

    runtimeService().createMessageCorrelation(MESSAGE_CONSENT_WITHDRAWN).processInstanceId(instance.getId())
        .correlate();

    assertThat(instance).isEnded().hasPassed("StopSharingTask", CONSENT_WITHDRAWN_END);
    assertThat(taskQuery().count()).isZero();
    assertThat(calls).containsSubsequence("stopSharing", "close:" + CONSENT_WITHDRAWN_END);
  }

  @Test
  void recordsAcuteRiskDuringTheCaseAndGoesOn() {
    ProcessInstance instance = atConsent();

    runtimeService().createMessageCorrelation(MESSAGE_ACUTE_RISK).processInstanceId(instance.getId()).correlate();

    assertThat(instance).hasPassed("RecordAcuteRiskTask", "AcuteRiskEndEvent").isWaitingAt(OBTAIN_CONSENT);
    assertThat(calls).contains("acuteRisk");
    assertThat(Map.of("open", instance.isEnded())).containsEntry("open", false);
  }
}
