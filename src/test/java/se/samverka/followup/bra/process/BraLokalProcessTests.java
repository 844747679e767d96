package se.samverka.followup.bra.process;

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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static se.samverka.followup.bra.BraLokalProcess.*;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
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
import se.samverka.followup.bra.Quarters;
import se.samverka.workflow.EngineClock;

/**
 * Local BRÅ: the timer fires at 07:00 on the first day of each quarter; one meeting per district of the agreement, each
 * recorded once, held or, when the quarter ends first, as "inget möte"; a second start in the quarter does nothing.
 */
@Deployment(resources = "bpmn/followup/bra-lokal.bpmn")
class BraLokalProcessTests {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension
      .builder("process-tests.cfg.xml").assertClassCoverageAtLeast(1.0).build();

  private final Map<String, String> districts = new LinkedHashMap<>();
  private final Set<String> claimed = new HashSet<>();
  private final List<String> recorded = new ArrayList<>();

  @BeforeEach
  void registerDelegates() {
    ClockUtil.setCurrentTime(at(2026, 11, 30, 12));
    districts.put("strangnas", "Strängnäs tätort");
    districts.put("mariefred", "Mariefred");
    districts.put("akers-styckebruk", "Åkers styckebruk");
    Mocks.register("claimBraQuarterDelegate", (JavaDelegate) execution -> {
      String quarter = Quarters.of(EngineClock.today());
      boolean granted = claimed.add(quarter);
      execution.setVariable(PERIOD, quarter);
      execution.setVariable(PERIOD_CLAIMED, granted);
      if (granted) {
        execution.setProcessBusinessKey(BUSINESS_KEY_PREFIX + quarter);
        execution.setVariable(DISTRICTS, new ArrayList<>(districts.keySet()));
        execution.setVariable(DISTRICT_NAMES, new LinkedHashMap<>(districts));
        execution.setVariable(QUARTER_ENDS, Date.from(Quarters.lastDay(quarter).plusDays(1)
            .atStartOfDay(ZoneId.systemDefault()).toInstant()));
      }
    });
    Mocks.register("recordBraMeetingDelegate", (JavaDelegate) execution -> recorded.add("möte:"
        + execution.getVariable(PERIOD) + ":" + execution.getVariable(DISTRICT) + ":" + execution.getVariable(NOTES)));
    Mocks.register("recordNoBraMeetingDelegate", (JavaDelegate) execution -> recorded.add("inget möte:"
        + execution.getVariable(PERIOD) + ":" + execution.getVariable(DISTRICT)));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    Mocks.reset();
  }

  private static Date at(int year, int month, int day, int hour) {
    return Date.from(LocalDateTime.of(year, month, day, hour, 0).atZone(ZoneId.systemDefault()).toInstant());
  }

  private static Job quarterTimer() {
    return jobQuery().timers().activityId(QUARTER_STARTED).singleResult();
  }

  private static ProcessInstance fireQuarterTimer() {
    Job timer = quarterTimer();
    ClockUtil.setCurrentTime(timer.getDuedate());
    execute(timer);
    return processInstanceQuery().active().singleResult();
  }

  private static Task meeting(String district) {
    return taskQuery().taskDefinitionKey(MEETING).list().stream()
        .filter(t -> district.equals(taskService().getVariable(t.getId(), DISTRICT))).findFirst().orElseThrow();
  }

  private static void hold(String district, String notes) {
    complete(meeting(district), withVariables(MEETING_DATE, "2027-02-10", PARTICIPANTS, "[\"kommun\",\"polis\"]",
        NOTES, notes, QUESTIONS, "Belysningen vid busstationen?"));
  }

  @Test
  void opensOneMeetingPerDistrictOnTheFirstDayOfTheQuarterAndRecordsEachHeldMeetingOnce() {
    assertThat(quarterTimer().getDuedate()).isEqualTo(at(2027, 1, 1, 7));
    ProcessInstance quarter = fireQuarterTimer();
    assertThat(quarter.getBusinessKey()).isEqualTo("BRA-2027-K1");
    assertThat(taskQuery().taskDefinitionKey(MEETING).count()).isEqualTo(3);
    assertThat(meeting("mariefred")).hasCandidateGroup(GROUP);
    assertThat(taskService().getVariable(meeting("akers-styckebruk").getId(), DISTRICT_NAME))
        .isEqualTo("Åkers styckebruk");
    // The quarter's end is the boundary of every meeting: 1 April 00:00.
    assertThat(jobQuery().timers().activityId(QUARTER_ENDED).list()).hasSize(3)
        .allSatisfy(job -> assertThat(job.getDuedate()).isEqualTo(at(2027, 4, 1, 0)));

    hold("mariefred", "Skadegörelse vid hamnen.");
    hold("strangnas", "Oro kring centrum kvällstid.");
    hold("akers-styckebruk", "Lugnt kvartal.");

    assertThat(quarter).isEnded().hasPassed(RECORD_MEETING, MEETING_HELD, QUARTER_DONE).hasNotPassed(NO_MEETING);
    assertThat(recorded).containsExactlyInAnyOrder("möte:2027-K1:mariefred:Skadegörelse vid hamnen.",
        "möte:2027-K1:strangnas:Oro kring centrum kvällstid.", "möte:2027-K1:akers-styckebruk:Lugnt kvartal.");
    assertThat(jobQuery().timers().activityId(QUARTER_ENDED).count()).isZero();
    assertThat(quarterTimer().getDuedate()).isEqualTo(at(2027, 4, 1, 7));
  }

  @Test
  void aMeetingNotHeldByTheEndOfTheQuarterIsRecordedAsNoMeeting() {
    ProcessInstance quarter = fireQuarterTimer();
    hold("strangnas", "Oro kring centrum kvällstid.");

    ClockUtil.setCurrentTime(at(2027, 4, 1, 0));
    List<Job> ended = jobQuery().timers().activityId(QUARTER_ENDED).list();
    assertThat(ended).hasSize(2);
    ended.forEach(job -> execute(job));

    assertThat(quarter).isEnded().hasPassed(RECORD_NO_MEETING, NO_MEETING, MEETING_HELD, QUARTER_DONE);
    assertThat(recorded).containsExactlyInAnyOrder("möte:2027-K1:strangnas:Oro kring centrum kvällstid.",
        "inget möte:2027-K1:mariefred", "inget möte:2027-K1:akers-styckebruk");
    assertThat(taskQuery().count()).isZero();
  }

  @Test
  void noMeetingAnywhereGivesNoMeetingForEveryDistrict() {
    ProcessInstance quarter = fireQuarterTimer();
    ClockUtil.setCurrentTime(at(2027, 4, 1, 0));
    jobQuery().timers().activityId(QUARTER_ENDED).list().forEach(job -> execute(job));
    assertThat(quarter).isEnded().hasNotPassed(RECORD_MEETING);
    assertThat(recorded).containsExactlyInAnyOrder("inget möte:2027-K1:strangnas", "inget möte:2027-K1:mariefred",
        "inget möte:2027-K1:akers-styckebruk");
  }

  @Test
  void aSecondStartInTheQuarterEndsAtOnceWithoutMeetings() {
    ProcessInstance first = fireQuarterTimer();
    ProcessInstance again = runtimeService().createProcessInstanceByKey(KEY).startBeforeActivity(CLAIM_QUARTER)
        .execute();
    assertThat(again).isEnded().hasPassed(QUARTER_ALREADY_STARTED).hasNotPassed(DISTRICT_MEETING);
    assertThat(first).isActive();
    assertThat(taskQuery().taskDefinitionKey(MEETING).count()).isEqualTo(3);
    assertThat(claimed).containsExactly("2027-K1");
  }

  @Test
  void aRedeployedModelKeepsOneTimerAndItsQuarterlyFiringStartsEachQuarterOnce() {
    ProcessInstance first = fireQuarterTimer();
    hold("strangnas", "A");
    hold("mariefred", "B");
    hold("akers-styckebruk", "C");
    assertThat(first).isEnded();

    String redeployed = repositoryService().createDeployment().addClasspathResource("bpmn/followup/bra-lokal.bpmn")
        .deploy().getId();
    try {
      assertThat(jobQuery().timers().activityId(QUARTER_STARTED).count()).isEqualTo(1);
      // The redeploy in the same quarter: a start by hand of the new version does nothing.
      ProcessInstance again = runtimeService().createProcessInstanceByKey(KEY).startBeforeActivity(CLAIM_QUARTER)
          .execute();
      assertThat(again).isEnded().hasPassed(QUARTER_ALREADY_STARTED);
      // The next quarter's timer of the new version starts the next quarter.
      ProcessInstance next = fireQuarterTimer();
      assertThat(next.getBusinessKey()).isEqualTo("BRA-2027-K2");
      assertThat(taskQuery().taskDefinitionKey(MEETING).count()).isEqualTo(3);
      assertThat(claimed).containsExactly("2027-K1", "2027-K2");
      ClockUtil.setCurrentTime(at(2027, 7, 1, 0));
      jobQuery().timers().activityId(QUARTER_ENDED).list().forEach(job -> execute(job));
      assertThat(next).isEnded();
      assertThat(historyService().createHistoricActivityInstanceQuery().activityId(RECORD_NO_MEETING).count())
          .isEqualTo(3);
    } finally {
      repositoryService().deleteDeployment(redeployed, true);
    }
  }
}
