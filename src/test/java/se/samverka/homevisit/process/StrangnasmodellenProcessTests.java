package se.samverka.homevisit.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static se.samverka.homevisit.StrangnasmodellenProcess.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
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
import se.samverka.homevisit.HomevisitSettings;

/** Every path of {@code strangnasmodellen}; the booking reminder fires by moving the engine clock. */
@Deployment(resources = "bpmn/homevisit/strangnasmodellen.bpmn")
class StrangnasmodellenProcessTests {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension
      .builder("process-tests.cfg.xml").assertClassCoverageAtLeast(1.0).build();

  private static final HomevisitSettings SETTINGS = new HomevisitSettings(15, 18, 7, "P4W", "P3M", null, null);
  private final List<String> calls = new ArrayList<>();

  @BeforeEach
  void registerDelegates() {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 11, 27, 10, 0).atZone(ZoneId.systemDefault()).toInstant()));
    Mocks.register("registerConcernDelegate", (JavaDelegate) execution -> {
      calls.add("register");
      execution.setVariable(REPORT_CASE_ID, "report-" + execution.getVariable(CASE_ID));
    });
    Mocks.register("referVisitToSspfDelegate", (JavaDelegate) execution -> calls.add("sspf"));
    Mocks.register("recordGuardianContactDelegate", (JavaDelegate) execution -> calls.add("contact"));
    Mocks.register("reportCrimeToPoliceDelegate", (JavaDelegate) execution -> calls.add("crime"));
    Mocks.register("recordInterpreterListener", (TaskListener) task -> calls.add("interpreter"));
    Mocks.register("closeVisitCaseListener",
        (ExecutionListener) execution -> calls.add("close:" + execution.getCurrentActivityId()));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    Mocks.reset();
  }

  /** The report's protection assessment is recorded, as the relay correlates it (booking due seven days on). */
  private void protectionAssessed(String reportCaseId, boolean guardiansMayBeContacted) {
    runtimeService().createMessageCorrelation(MESSAGE_PROTECTION_ASSESSED)
        .processInstanceVariableEquals(REPORT_CASE_ID, reportCaseId)
        .setVariable(GUARDIAN_CONTACT_CLEARED, guardiansMayBeContacted)
        .setVariable(BOOKING_DUE_AT, SETTINGS.bookingDue(LocalDate.of(2026, 11, 27))).correlateAll();
  }

  private ProcessInstance concern() {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey(KEY, withVariables(CASE_ID, "case-1"));
    assertThat(instance).isWaitingAt(AWAIT_PROTECTION_ASSESSMENT);
    protectionAssessed("report-case-1", true);
    return instance;
  }

  @Test
  void homeVisitWithThePoliceEndsInAnSspfReferral() {
    ProcessInstance instance = concern();
    assertThat(instance).hasPassed("RegisterConcernTask").isWaitingAt(CONTACT_GUARDIANS);
    assertThat(task()).hasCandidateGroup("socialtjanst");
    complete(task(), withVariables(VISIT_CONSENT, "ja", POLICE_PRESENCE_CONSENT, "ja"));

    assertThat(instance).isWaitingAt(HOME_VISIT, POLICE_VISIT_NOTE);
    assertThat(task(HOME_VISIT, instance)).hasCandidateGroup("socialtjanst");
    assertThat(task(POLICE_VISIT_NOTE, instance)).hasCandidateGroup("polis");
    complete(task(POLICE_VISIT_NOTE, instance));
    assertThat(instance).isWaitingAt(HOME_VISIT);
    complete(task(HOME_VISIT, instance));

    assertThat(instance).isWaitingAt(DECIDE_OUTCOME);
    complete(task(), withVariables(OUTCOME, "sspf"));
    assertThat(instance).isEnded().hasPassed("ReferToSspfTask", "ReferredToSspfEndEvent");
    assertThat(calls).containsExactly("register", "interpreter", "contact", "interpreter", "sspf",
        "close:ReferredToSspfEndEvent");
  }

  @Test
  void withoutConsentToAHomeVisitTheFamilyIsMetAtTheOffice() {
    ProcessInstance instance = runtimeService().createMessageCorrelation(MESSAGE_REQUESTED)
        .setVariable(CASE_ID, "case-2").correlateStartMessage();
    protectionAssessed("report-case-2", true);
    complete(task(CONTACT_GUARDIANS, instance), withVariables(VISIT_CONSENT, "nej", POLICE_PRESENCE_CONSENT, "nej"));

    assertThat(instance).isWaitingAt(OFFICE_MEETING).hasNotPassed(HOME_VISIT);
    complete(task(OFFICE_MEETING, instance));
    complete(task(DECIDE_OUTCOME, instance), withVariables(OUTCOME, "inom-orosanmalan"));
    assertThat(instance).isEnded().hasPassed("ContinuedInReportEndEvent");
    assertThat(calls).contains("close:ContinuedInReportEndEvent");
  }

  @Test
  void visitCanEndWithoutFurtherAction() {
    ProcessInstance instance = concern();
    complete(task(CONTACT_GUARDIANS, instance), withVariables(VISIT_CONSENT, "nej", POLICE_PRESENCE_CONSENT, "nej"));
    complete(task(OFFICE_MEETING, instance), withVariables(CHILD_DESCRIBED_CRIME, false));
    complete(task(DECIDE_OUTCOME, instance), withVariables(OUTCOME, "ingen"));
    assertThat(instance).isEnded().hasPassed("NoFurtherActionEndEvent");
  }

  @Test
  void unbookedVisitIsEscalatedToTheManagerAfterSevenDays() {
    ProcessInstance instance = concern();
    Job overdue = jobQuery().timers().activityId(BOOKING_OVERDUE_TIMER).singleResult();
    assertThat(overdue.getDuedate()).isEqualTo(Date.from(
        LocalDateTime.of(2026, 12, 4, 23, 59, 59).atZone(ZoneId.systemDefault()).toInstant()));
    assertThat(task(CONTACT_GUARDIANS, instance).getDueDate()).isEqualTo(overdue.getDuedate());

    ClockUtil.setCurrentTime(overdue.getDuedate());
    execute(overdue);

    assertThat(instance).isWaitingAt(CONTACT_GUARDIANS, ESCALATE_BOOKING);
    assertThat(task(ESCALATE_BOOKING, instance)).hasCandidateGroup("chef");
    complete(task(ESCALATE_BOOKING, instance), withVariables("escalationAction", "tilldelad"));
    assertThat(instance).hasPassed("BookingEscalatedEndEvent").isWaitingAt(CONTACT_GUARDIANS);
  }

  @Test
  void guardiansAreNotContactedBeforeTheProtectionAssessmentOfTheReport() {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey(KEY, withVariables(CASE_ID, "case-3"));
    assertThat(instance).isWaitingAt(AWAIT_PROTECTION_ASSESSMENT).hasNotPassed(CONTACT_GUARDIANS);
    assertThat(jobQuery().timers().activityId(BOOKING_OVERDUE_TIMER).count()).isZero();

    protectionAssessed("report-of-another-case", true);
    assertThat(instance).isWaitingAt(AWAIT_PROTECTION_ASSESSMENT);

    protectionAssessed("report-case-3", true);
    assertThat(instance).isWaitingAt(CONTACT_GUARDIANS);
  }

  @Test
  void visitEndsWhenTheProtectionAssessmentSaysTheGuardiansMayNotBeContacted() {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey(KEY, withVariables(CASE_ID, "case-4"));
    protectionAssessed("report-case-4", false);
    assertThat(instance).isEnded().hasPassed("GuardiansNotContactedEndEvent").hasNotPassed(CONTACT_GUARDIANS);
    assertThat(calls).containsExactly("register", "close:GuardiansNotContactedEndEvent");
  }

  @Test
  void withoutConsentToThePolicesPresenceTheHomeVisitIsMadeWithoutThePolice() {
    ProcessInstance instance = concern();
    complete(task(CONTACT_GUARDIANS, instance), withVariables(VISIT_CONSENT, "ja", POLICE_PRESENCE_CONSENT, "nej"));

    assertThat(instance).isWaitingAt(HOME_VISIT).hasPassed("PoliceMergeGateway").hasNotPassed(POLICE_VISIT_NOTE);
    complete(task(HOME_VISIT, instance));
    assertThat(instance).isWaitingAt(DECIDE_OUTCOME).hasNotPassed(POLICE_VISIT_NOTE);
  }

  @Test
  void childWhoDescribesACrimeIsReportedToThePoliceWhileSocialServicesDecideTheOutcome() {
    ProcessInstance instance = concern();
    complete(task(CONTACT_GUARDIANS, instance), withVariables(VISIT_CONSENT, "ja", POLICE_PRESENCE_CONSENT, "nej"));
    complete(task(HOME_VISIT, instance), withVariables(CHILD_DESCRIBED_CRIME, true));

    assertThat(instance).hasPassed(REPORT_CRIME_TO_POLICE).isWaitingAt(POLICE_CRIME_REPORT, DECIDE_OUTCOME);
    assertThat(task(POLICE_CRIME_REPORT, instance)).hasCandidateGroup("polis");
    complete(task(DECIDE_OUTCOME, instance), withVariables(OUTCOME, "inom-orosanmalan"));
    assertThat(instance).isWaitingAt(POLICE_CRIME_REPORT);
    complete(task(POLICE_CRIME_REPORT, instance), withVariables("policeDecision", "utredning"));
    assertThat(instance).isEnded().hasPassed("CrimeReportHandledEndEvent", "ContinuedInReportEndEvent");
    assertThat(calls).containsSubsequence("contact", "crime", "close:ContinuedInReportEndEvent");
  }
}
