package se.samverka.homevisit.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static se.samverka.homevisit.LinkopingsmodellenProcess.*;

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

/** Every path of {@code linkopingsmodellen}; the four-week follow-up fires by moving the engine clock. */
@Deployment(resources = "bpmn/homevisit/linkopingsmodellen.bpmn")
class LinkopingsmodellenProcessTests {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension
      .builder("process-tests.cfg.xml").assertClassCoverageAtLeast(1.0).build();

  private static final HomevisitSettings SETTINGS = new HomevisitSettings(15, 18, 7, "P4W", "P3M", null, null);
  private final List<String> calls = new ArrayList<>();
  private String ageGroup = AGE_WITHIN;

  @BeforeEach
  void registerDelegates() {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 11, 27, 10, 0).atZone(ZoneId.systemDefault()).toInstant()));
    Mocks.register("registerTipDelegate", (JavaDelegate) execution -> execution.setVariable(AGE_GROUP, ageGroup));
    for (String name : List.of("routeToStrangnasDelegate", "recordJointAssessmentDelegate", "recordVisitPlanDelegate",
        "referVisitToSspfDelegate", "shareTipDelegate")) {
      Mocks.register(name, (JavaDelegate) execution -> calls.add(name));
    }
    Mocks.register("reportConcernDelegate", (JavaDelegate) execution -> {
      calls.add("reportOfConcern");
      execution.setVariable(REPORT_CASE_ID, "report-1");
    });
    Mocks.register("recordVisitOutcomeDelegate", (JavaDelegate) execution -> {
      calls.add("visitOutcome");
      execution.setVariable(FOLLOW_UP_AT, SETTINGS.followUpAfter(ClockUtil.getCurrentTime().toInstant()));
    });
    Mocks.register("recordPoliceDisclosureListener", (TaskListener) task -> calls.add("policeDisclosure"));
    Mocks.register("recordInterpreterListener", (TaskListener) task -> calls.add("interpreter:" + task.getTaskDefinitionKey()));
    Mocks.register("closeVisitCaseListener",
        (ExecutionListener) execution -> calls.add("close:" + execution.getCurrentActivityId()));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    Mocks.reset();
  }

  private ProcessInstance tip() {
    return runtimeService().startProcessInstanceByKey(KEY, withVariables(CASE_ID, "case-1"));
  }

  private ProcessInstance assessed(String suspicion, String visitDecision) {
    ProcessInstance instance = tip();
    assertThat(instance).isWaitingAt(SOCIAL_SERVICES_ASSESSMENT, POLICE_ASSESSMENT);
    assertThat(task(SOCIAL_SERVICES_ASSESSMENT, instance)).hasCandidateGroup("socialtjanst");
    assertThat(task(POLICE_ASSESSMENT, instance)).hasCandidateGroup("polis");
    complete(task(POLICE_ASSESSMENT, instance), withVariables(CONCRETE_SUSPICION, suspicion));
    complete(task(SOCIAL_SERVICES_ASSESSMENT, instance), withVariables(VISIT_DECISION, visitDecision));
    return instance;
  }

  private ProcessInstance visited(String stoppedForInterrogation) {
    ProcessInstance instance = assessed("nej", "hembesok");
    assertThat(instance).isWaitingAt(PLAN_VISIT);
    assertThat(task()).hasCandidateGroup("polis");
    complete(task(), withVariables(GUARDIAN_CONTACT_ATTEMPTED, true));
    assertThat(instance).isWaitingAt(SOCIAL_SERVICES_VISIT_NOTE, POLICE_VISIT_NOTE);
    complete(task(SOCIAL_SERVICES_VISIT_NOTE, instance), withVariables(CONSENT_TO_ENTER, "ja"));
    complete(task(POLICE_VISIT_NOTE, instance), withVariables(STOPPED_FOR_INTERROGATION, stoppedForInterrogation));
    return instance;
  }

  @Test
  void childUnderFifteenGoesToStrangnasmodellen() {
    ageGroup = AGE_UNDER;
    ProcessInstance instance = tip();
    assertThat(instance).isEnded().hasPassed("RouteToStrangnasTask", "RoutedToStrangnasEndEvent")
        .hasNotPassed(SHARE_TIP, REPORT_CONCERN);
    assertThat(calls).containsExactly("routeToStrangnasDelegate", "close:RoutedToStrangnasEndEvent");
  }

  @Test
  void personOfEighteenOrMoreIsOutsideTheTargetGroupWithoutAReportOfConcern() {
    ageGroup = AGE_OVER;
    assertThat(tip()).isEnded().hasPassed("OutsideTargetGroupEndEvent")
        .hasNotPassed(SOCIAL_SERVICES_ASSESSMENT, REPORT_CONCERN);
  }

  @Test
  void tipIsSharedWithTheOtherAgencyAndReportedAsAConcernBeforeTheJointAssessment() {
    ProcessInstance instance = tip();
    assertThat(instance).hasPassed(SHARE_TIP, REPORT_CONCERN).isWaitingAt(SOCIAL_SERVICES_ASSESSMENT, POLICE_ASSESSMENT)
        .variables().containsEntry(REPORT_CASE_ID, "report-1");
    assertThat(calls).containsExactly("shareTipDelegate", "reportOfConcern");
  }

  @Test
  void concreteSuspicionOfCrimeLeavesForACriminalInvestigationWithoutAVisit() {
    ProcessInstance instance = assessed("ja", "hembesok");
    assertThat(instance).isEnded().hasPassed("CriminalInvestigationEndEvent").hasNotPassed(PLAN_VISIT);
    assertThat(calls).contains("policeDisclosure", "recordJointAssessmentDelegate");
  }

  @Test
  void noVisitWhenSocialServicesProposeNone() {
    assertThat(assessed("nej", "ingen")).isEnded().hasPassed("NoVisitEndEvent");
  }

  @Test
  void visitStoppedForAConcreteCrimeLeavesForAFormalInterrogationAfterTheReport() {
    ProcessInstance instance = visited("ja");
    assertThat(instance).isEnded().hasPassed(RECORD_VISIT_OUTCOME, "FormalInterrogationEndEvent");
    assertThat(calls).containsSubsequence("reportOfConcern", "interpreter:" + PLAN_VISIT,
        "interpreter:" + SOCIAL_SERVICES_VISIT_NOTE, "visitOutcome", "close:FormalInterrogationEndEvent");
    assertThat(calls).containsOnlyOnce("reportOfConcern");
  }

  @Test
  void visitIsFollowedUpAfterFourWeeksAndReferredToSspf() {
    ProcessInstance instance = visited("nej");
    assertThat(instance).isWaitingAt(WAIT_FOR_FOLLOW_UP);
    Job followUp = jobQuery().timers().activityId(WAIT_FOR_FOLLOW_UP).singleResult();
    assertThat(followUp.getDuedate()).isEqualTo(
        Date.from(LocalDateTime.of(2026, 12, 25, 10, 0).atZone(ZoneId.systemDefault()).toInstant()));
    ClockUtil.setCurrentTime(followUp.getDuedate());
    execute(followUp);

    assertThat(instance).isWaitingAt(FOLLOW_UP_CONTACT);
    assertThat(task()).hasCandidateGroup("socialtjanst");
    complete(task(), withVariables(REFER_TO_SSPF, "ja"));
    assertThat(instance).isEnded().hasPassed("ReferToSspfTask", "ReferredToSspfEndEvent");
    assertThat(calls).contains("interpreter:" + FOLLOW_UP_CONTACT);
  }

  @Test
  void followUpWithoutReferralCompletesTheVisit() {
    ProcessInstance instance = visited("nej");
    execute(jobQuery().timers().activityId(WAIT_FOR_FOLLOW_UP).singleResult());
    complete(task(FOLLOW_UP_CONTACT, instance), withVariables(REFER_TO_SSPF, "nej"));
    assertThat(instance).isEnded().hasPassed("VisitCompletedEndEvent");
  }
}
