package se.samverka.annualwork.process;

import static se.samverka.support.EngineTime.at;
import static se.samverka.support.EngineTime.fire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static se.samverka.annualwork.KmkArProcess.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import se.samverka.workflow.AnnualSchedule;
import se.samverka.workflow.EngineClock;

/**
 * The yearly KMK cycle: the timer fires on 15 January at 06:00, once per year; each participating bar gets a day and a
 * night round and a policy check, and only a bar that meets every criterion is certified.
 */
@Deployment(resources = "bpmn/annualwork/kmk-ar.bpmn")
class KmkArProcessTests {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension
      .builder("process-tests.cfg.xml").assertClassCoverageAtLeast(1.0).build();

  private final Set<Integer> claimedYears = new HashSet<>();
  private final Map<String, String> bars = new LinkedHashMap<>();
  private final List<String> certified = new ArrayList<>();

  @BeforeEach
  void registerBeans() {
    ClockUtil.setCurrentTime(at(2026, 11, 27, 12));
    bars.put("bar-a", "Krogen Ankaret");
    bars.put("bar-b", "Stadsbaren");
    Mocks.register("annualSchedule", new AnnualSchedule());
    Mocks.register("claimKmkYearDelegate", (JavaDelegate) execution -> {
      int year = EngineClock.today().getYear();
      execution.setVariable(YEAR, year);
      execution.setVariable(YEAR_CLAIMED, claimedYears.add(year));
    });
    Mocks.register("selectBarsDelegate", (JavaDelegate) execution -> {
      execution.setVariable(BAR_IDS, new ArrayList<>(bars.keySet()));
      execution.setVariable(BAR_NAMES, new LinkedHashMap<>(bars));
    });
    Mocks.register("certifyBarDelegate",
        (JavaDelegate) execution -> certified.add((String) execution.getVariable(PREMISES_ID)));
    Mocks.register("compileAnnualReportDelegate", (JavaDelegate) execution -> execution.setVariable(ANNUAL_REPORT,
        "KMK-krogar i år: " + bars.size() + ", varav certifierade: " + certified.size()));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    Mocks.reset();
  }

  private static Job yearTimer() {
    return jobQuery().timers().activityId(YEAR_STARTED).singleResult();
  }

  private static ProcessInstance fireYearTimer() {
    Job timer = yearTimer();
    fire(timer);
    return processInstanceQuery().list().stream().filter(instance -> !instance.isEnded()).findFirst().orElse(null);
  }

  private static Task barTask(String taskKey, String premisesId) {
    return taskQuery().taskDefinitionKey(taskKey).list().stream()
        .filter(t -> premisesId.equals(taskService().getVariable(t.getId(), PREMISES_ID))).findFirst().orElseThrow();
  }

  private static void trainKeyStaff(ProcessInstance year) {
    assertThat(year).isWaitingAt(KEY_STAFF_TRAINING);
    assertThat(task()).hasCandidateGroup(GROUP).hasCandidateGroup(POLICE_GROUP);
    complete(task(), withVariables(TRAINING_DATE, "2027-02-10", KEY_PERSONS_TRAINED, 14L, POLICE_TOOK_PART, true));
  }

  private static void meetAndReport(ProcessInstance year) {
    assertThat(year).isWaitingAt(BAR_MEETING);
    assertThat(task()).hasCandidateGroup(GROUP);
    complete(task(), withVariables(MEETING_DATE, "2027-11-20", BARS_AT_MEETING, 9L, POLICE_AT_MEETING, true));
    assertThat(year).isWaitingAt(ANNUAL_REPORT_TASK);
    assertThat(task()).hasCandidateGroup(STEERING_GROUP);
    complete(task(), withVariables(REPORT_NOTED, true));
  }

  @Test
  void firesOnFifteenthOfJanuaryAndCertifiesOnlyTheBarsThatMeetEveryCriterion() {
    assertThat(yearTimer().getDuedate()).isEqualTo(at(2027, 1, 15, 6));
    ProcessInstance year = fireYearTimer();
    trainKeyStaff(year);

    // Each bar has its day and night round in parallel; its name is shown in its own tasks.
    assertThat(taskQuery().taskDefinitionKey(DAY_ROUND).count()).isEqualTo(2);
    assertThat(taskQuery().taskDefinitionKey(NIGHT_ROUND).count()).isEqualTo(2);
    assertThat(taskService().getVariable(barTask(DAY_ROUND, "bar-b").getId(), PREMISES_NAME)).isEqualTo("Stadsbaren");
    assertThat(barTask(NIGHT_ROUND, "bar-a")).hasCandidateGroup(GROUP);
    complete(barTask(DAY_ROUND, "bar-a"), withVariables(DAY_ROUND_DATE, "2027-03-02", DAY_ROUND_RESULT, ROUND_APPROVED));
    complete(barTask(NIGHT_ROUND, "bar-b"), withVariables(NIGHT_ROUND_DATE, "2027-03-06", NIGHT_ROUND_RESULT, "brister"));
    complete(barTask(NIGHT_ROUND, "bar-a"),
        withVariables(NIGHT_ROUND_DATE, "2027-03-05", NIGHT_ROUND_RESULT, ROUND_APPROVED));
    complete(barTask(DAY_ROUND, "bar-b"), withVariables(DAY_ROUND_DATE, "2027-03-03", DAY_ROUND_RESULT, ROUND_APPROVED));

    // Both received the policy, but the night round of bar-b had shortcomings: bar-a alone is certified.
    assertThat(taskService().getVariable(barTask(DRUG_POLICY, "bar-b").getId(), NIGHT_ROUND_RESULT))
        .isEqualTo("brister");
    complete(barTask(DRUG_POLICY, "bar-b"), withVariables(DRUG_POLICY_RECEIVED, YES));
    complete(barTask(DRUG_POLICY, "bar-a"), withVariables(DRUG_POLICY_RECEIVED, YES));
    assertThat(certified).containsExactly("bar-a");
    assertThat(year).hasPassed(CERTIFY_BAR, BAR_CERTIFIED, NOT_CERTIFIED);

    meetAndReport(year);
    assertThat(year).isEnded().hasPassed(COMPILE_REPORT, YEAR_DONE)
        .variables().containsEntry(ANNUAL_REPORT, "KMK-krogar i år: 2, varav certifierade: 1");
    assertThat(yearTimer().getDuedate()).isEqualTo(at(2028, 1, 15, 6));
  }

  @Test
  void barWithoutDrugPolicyIsNotCertifiedThisYear() {
    bars.remove("bar-b");
    ProcessInstance year = fireYearTimer();
    trainKeyStaff(year);
    complete(barTask(DAY_ROUND, "bar-a"), withVariables(DAY_ROUND_DATE, "2027-03-02", DAY_ROUND_RESULT, ROUND_APPROVED));
    complete(barTask(NIGHT_ROUND, "bar-a"),
        withVariables(NIGHT_ROUND_DATE, "2027-03-05", NIGHT_ROUND_RESULT, ROUND_APPROVED));
    complete(barTask(DRUG_POLICY, "bar-a"), withVariables(DRUG_POLICY_RECEIVED, "nej"));
    assertThat(certified).isEmpty();
    assertThat(year).hasPassed(NOT_CERTIFIED).hasNotPassed(CERTIFY_BAR);
    meetAndReport(year);
    assertThat(year).isEnded();
  }

  @Test
  void withoutParticipatingBarsTheYearGoesStraightToTheBarOwnersMeeting() {
    bars.clear();
    ProcessInstance year = fireYearTimer();
    trainKeyStaff(year);
    assertThat(year).isWaitingAt(BAR_MEETING);
    meetAndReport(year);
    assertThat(year).isEnded().hasNotPassed(DAY_ROUND);
  }

  @Test
  void secondStartInTheSameYearEndsAtOnce() {
    ProcessInstance first = fireYearTimer();
    ProcessInstance byHand = runtimeService().startProcessInstanceByKey(KEY);
    assertThat(byHand).isEnded().hasPassed(CLAIM_YEAR, YEAR_ALREADY_STARTED).hasNotPassed(KEY_STAFF_TRAINING);
    assertThat(first).isWaitingAt(KEY_STAFF_TRAINING);
    assertThat(claimedYears).containsExactly(2027);
  }
}
