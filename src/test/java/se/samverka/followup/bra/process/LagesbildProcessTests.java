package se.samverka.followup.bra.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static se.samverka.followup.bra.LagesbildProcess.*;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import se.samverka.followup.bra.LagesbildSchedule;
import se.samverka.workflow.EngineClock;

/**
 * The lägesbild and action plan: the default timer fires on 1 February at 07:00; the municipality's and the police's
 * pictures in parallel in either order, then the joint picture, the cause analysis, the citizen dialogues and the
 * decided plan; the period (two years from 2023) runs once, so the firing in a period's second year does nothing.
 */
@Deployment(resources = "bpmn/followup/lagesbild-atgardsplan.bpmn")
class LagesbildProcessTests {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension
      .builder("process-tests.cfg.xml").assertClassCoverageAtLeast(1.0).build();

  private final LagesbildSchedule schedule = new LagesbildSchedule("0 0 7 1 2 *", 2, 2023);
  private final Set<String> claimed = new HashSet<>();
  private final List<Map<String, Object>> decided = new ArrayList<>();

  @BeforeEach
  void registerBeans() {
    ClockUtil.setCurrentTime(at(2026, 11, 30, 12));
    Mocks.register("lagesbildSchedule", schedule);
    Mocks.register("claimLagesbildPeriodDelegate", (JavaDelegate) execution -> {
      String period = schedule.periodOf(EngineClock.today());
      boolean granted = claimed.add(period);
      execution.setVariable(PERIOD, period);
      execution.setVariable(PERIOD_CLAIMED, granted);
      if (granted) {
        execution.setProcessBusinessKey(BUSINESS_KEY_PREFIX + period);
      }
    });
    Mocks.register("recordActionPlanDelegate",
        (JavaDelegate) execution -> decided.add(new HashMap<>(execution.getVariables())));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    Mocks.reset();
  }

  private static Date at(int year, int month, int day, int hour) {
    return Date.from(LocalDateTime.of(year, month, day, hour, 0).atZone(ZoneId.systemDefault()).toInstant());
  }

  private static ProcessInstance firePeriodTimer() {
    Job timer = jobQuery().timers().activityId(PERIOD_STARTED).singleResult();
    ClockUtil.setCurrentTime(timer.getDuedate());
    execute(timer);
    return processInstanceQuery().active().singleResult();
  }

  private static void municipalityPicture() {
    var picture = taskQuery().taskDefinitionKey(MUNICIPALITY_PICTURE).singleResult();
    assertThat(picture).hasCandidateGroup(COORDINATOR_GROUP);
    complete(picture, withVariables(MUNICIPALITY_MAPPING, "Skadegörelse ökar i centrum.", MUNICIPALITY_ANALYSIS,
        "Kvällar och helger.", MUNICIPALITY_CAUSES, "Få vuxna ute."));
  }

  private static void policePicture() {
    var picture = taskQuery().taskDefinitionKey(POLICE_PICTURE).singleResult();
    assertThat(picture).hasCandidateGroup(POLICE_GROUP);
    complete(picture, withVariables(POLICE_MAPPING, "Fler anmälda bostadsinbrott.", POLICE_ANALYSIS,
        "Seriebrott på landsbygden."));
  }

  private void jointWorkAndDecision(ProcessInstance period) {
    assertThat(period).isWaitingAt(JOINT_PICTURE_TASK);
    assertThat(task()).hasCandidateGroup(STEERING_GROUP);
    complete(task(), withVariables(JOINT_PICTURE, "Skadegörelse och inbrott.", JOINT_PRIORITIES,
        "Skadegörelse i centrum\nInbrott på landsbygden"));
    assertThat(period).isWaitingAt(CAUSE_ANALYSIS_TASK);
    assertThat(task()).hasCandidateGroup(COORDINATOR_GROUP);
    complete(task(), withVariables(CAUSE_ANALYSIS, "Mörka platser; få grannar hemma dagtid."));
    assertThat(period).isWaitingAt(CITIZEN_DIALOGUES);
    assertThat(task()).hasCandidateGroup(COORDINATOR_GROUP);
    complete(task(), withVariables(DIALOGUES_HELD, 3L, RESIDENTS_SAID, "Otryggt vid stationen."));
    assertThat(period).isWaitingAt(DECIDE_ACTION_PLAN);
    assertThat(task()).hasCandidateGroup(STEERING_GROUP);
    complete(task(), withVariables(
        measureField(1, "Problem"), "Skadegörelse i centrum", measureField(1, "Goal"), "Halverad skadegörelse",
        measureField(1, "Indicator"), "Anmälningar per kvartal", measureField(1, "Responsible"), "Kommunen",
        measureField(1, "Period"), "2027-2028",
        measureField(2, "Problem"), "Inbrott på landsbygden", measureField(2, "Goal"), "Fler grannsamverkansområden",
        measureField(2, "Indicator"), "Antal områden", measureField(2, "Responsible"), "Polisen",
        measureField(2, "Period"), "2027"));
  }

  @Test
  void firesOnFirstFebruaryAndDecidesAPlanWithSeveralMeasuresAfterTheMunicipalityThenThePolice() {
    ProcessInstance period = firePeriodTimer();
    assertThat(ClockUtil.getCurrentTime()).isEqualTo(at(2027, 2, 1, 7));
    assertThat(period.getBusinessKey()).isEqualTo("LB-2027-2028");
    assertThat(period).isWaitingAt(MUNICIPALITY_PICTURE, POLICE_PICTURE);
    municipalityPicture();
    assertThat(period).isWaitingAt(POLICE_PICTURE).isNotWaitingAt(JOINT_PICTURE_TASK);
    policePicture();
    jointWorkAndDecision(period);

    assertThat(period).isEnded().hasPassed(RECORD_ACTION_PLAN, ACTION_PLAN_DECIDED);
    assertThat(decided).singleElement().satisfies(variables -> {
      assertThat(variables).containsEntry(PERIOD, "2027-2028")
          .containsEntry(measureField(2, "Problem"), "Inbrott på landsbygden")
          .containsEntry(MUNICIPALITY_CAUSES, "Få vuxna ute.").containsEntry(POLICE_ANALYSIS,
              "Seriebrott på landsbygden.");
    });
  }

  @Test
  void thePolicePictureMayComeFirst() {
    ProcessInstance period = firePeriodTimer();
    policePicture();
    assertThat(period).isWaitingAt(MUNICIPALITY_PICTURE).isNotWaitingAt(JOINT_PICTURE_TASK);
    municipalityPicture();
    jointWorkAndDecision(period);
    assertThat(period).isEnded();
    assertThat(decided).hasSize(1);
  }

  @Test
  void theYearlyFiringInThePeriodsSecondYearEndsAtOnceAndTheNextPeriodStartsTwoYearsLater() {
    ProcessInstance first = firePeriodTimer();
    assertThat(first.getBusinessKey()).isEqualTo("LB-2027-2028");

    // 1 February 2028: the same period, nothing new.
    Job second = jobQuery().timers().activityId(PERIOD_STARTED).singleResult();
    assertThat(second.getDuedate()).isEqualTo(at(2028, 2, 1, 7));
    ClockUtil.setCurrentTime(second.getDuedate());
    execute(second);
    assertThat(processInstanceQuery().count()).isEqualTo(1);
    assertThat(taskQuery().taskDefinitionKey(MUNICIPALITY_PICTURE).count()).isEqualTo(1);
    assertThat(org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService()
        .createHistoricActivityInstanceQuery().activityId(PERIOD_ALREADY_STARTED).count()).isEqualTo(1);

    // 1 February 2029: the next period, beside the first, which is still being worked.
    Job third = jobQuery().timers().activityId(PERIOD_STARTED).singleResult();
    assertThat(third.getDuedate()).isEqualTo(at(2029, 2, 1, 7));
    ClockUtil.setCurrentTime(third.getDuedate());
    execute(third);
    assertThat(first).isActive();
    assertThat(processInstanceQuery().processInstanceBusinessKey("LB-2029-2030").singleResult()).isNotNull();
    assertThat(claimed).containsExactlyInAnyOrder("2027-2028", "2029-2030");
    assertThat(taskQuery().taskDefinitionKey(POLICE_PICTURE).count()).isEqualTo(2);
  }
}
