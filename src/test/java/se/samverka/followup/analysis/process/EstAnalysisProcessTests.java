package se.samverka.followup.analysis.process;

import static se.samverka.support.EngineTime.at;
import static se.samverka.support.EngineTime.fire;
import static se.samverka.support.EngineTime.fireStart;
import static se.samverka.support.EngineTime.timer;
import static se.samverka.support.EngineTime.redeploy;
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
import static se.samverka.followup.analysis.EstAnalysisProcess.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
import se.samverka.followup.analysis.AnalysisPeriod;
import se.samverka.followup.analysis.EstAnalysisSchedule;
import se.samverka.followup.analysis.EstAnalysisSettings;
import se.samverka.workflow.EngineClock;

/**
 * The EST analyses: the default timer fires at 07:00 on 1 January, 1 May and 1 September; each start claims the tertial
 * that ended (in January also the year) and analyses each claimed period once: the coordinator and the police write the
 * analysis ("Tertialanalys" or "Årsanalys"), the steering group approves or asks for changes (back to the analysis).
 * A second start in the same tertial, and a redeploy, do nothing.
 */
@Deployment(resources = "bpmn/followup/est-analys.bpmn")
class EstAnalysisProcessTests {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension
      .builder("process-tests.cfg.xml").assertClassCoverageAtLeast(1.0).build();

  private final Set<String> claimed = new HashSet<>();
  private final List<String> recorded = new ArrayList<>();

  @BeforeEach
  void registerBeans() {
    ClockUtil.setCurrentTime(at(2026, 11, 30, 12));
    Mocks.register("estAnalysisSchedule", new EstAnalysisSchedule(new EstAnalysisSettings("0 0 7 1 1,5,9 *", 3)));
    // As ClaimEstAnalysisPeriodDelegate, with a set for PeriodRuns.
    Mocks.register("claimEstAnalysisPeriodDelegate", (JavaDelegate) execution -> {
      AnalysisPeriod tertial = AnalysisPeriod.lastTertialBefore(EngineClock.today());
      boolean granted = claimed.add(tertial.key());
      execution.setVariable(PERIOD, tertial.key());
      execution.setVariable(PERIOD_CLAIMED, granted);
      if (granted) {
        execution.setProcessBusinessKey(tertial.businessKey());
        var periods = new ArrayList<String>(List.of(tertial.key()));
        if (tertial.tertial() == 3 && claimed.add(String.valueOf(tertial.year()))) {
          periods.add(String.valueOf(tertial.year()));
        }
        execution.setVariable(PERIODS, periods);
      }
    });
    Mocks.register("computeEstAnalysisFiguresDelegate", (JavaDelegate) execution -> {
      AnalysisPeriod period = AnalysisPeriod.parse((String) execution.getVariable(ANALYSIS_PERIOD)).orElseThrow();
      recorded.add("siffror:" + period.key());
      execution.setVariable(KIND, period.kind());
      execution.setVariable(LABEL, period.title() + ", " + period.label());
      execution.setVariable(FIGURES, "Händelser " + period.label() + ": 12");
    });
    Mocks.register("recordEstAnalysisListener", (TaskListener) task -> recorded.add("analys:"
        + task.getVariable(ANALYSIS_PERIOD) + ":" + task.getVariable(MEASURES)));
    Mocks.register("recordEstAnalysisDecisionListener", (TaskListener) task -> recorded.add("beslut:"
        + task.getVariable(ANALYSIS_PERIOD) + ":" + task.getVariable(DECISION)));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    Mocks.reset();
  }

  private static Job startTimer() {
    return timer(STARTED);
  }

  private static ProcessInstance fireStartTimer(String businessKey) {
    return fireStart(STARTED, businessKey);
  }

  private static Task task(String activity, String period) {
    return taskQuery().taskDefinitionKey(activity).list().stream()
        .filter(t -> period.equals(taskService().getVariable(t.getId(), ANALYSIS_PERIOD))).findFirst().orElseThrow();
  }

  private static void analyse(String activity, String period, String measures) {
    Task analysis = task(activity, period);
    assertThat(analysis).hasCandidateGroup(COORDINATOR_GROUP).hasCandidateGroup(POLICE_GROUP);
    complete(analysis, withVariables(PLACES, "Torget i Mariefred", CAUSES, "Mörkt och få vuxna ute.", MEASURES,
        measures));
  }

  private static void decide(String period, String decision, String reason) {
    Task decide = task(STEERING_DECISION, period);
    assertThat(decide).hasCandidateGroup(STEERING_GROUP);
    complete(decide, withVariables(DECISION, decision, CHANGE_REASON, reason));
  }

  @Test
  void theJanuaryStartAnalysesTheThirdTertialAndTheYearInOneInstanceEachDecidedOnce() {
    assertThat(startTimer().getDuedate()).isEqualTo(at(2027, 1, 1, 7));
    ProcessInstance january = fireStartTimer("ESTA-2026-T3");
    assertThat(january).isActive();
    assertThat(taskQuery().taskDefinitionKey(TERTIAL_ANALYSIS).count()).isEqualTo(1);
    assertThat(taskQuery().taskDefinitionKey(YEARLY_ANALYSIS).count()).isEqualTo(1);
    assertThat(task(TERTIAL_ANALYSIS, "2026-T3").getName()).isEqualTo("Tertialanalys");
    assertThat(task(YEARLY_ANALYSIS, "2026").getName()).isEqualTo("Årsanalys");
    assertThat(taskService().getVariable(task(YEARLY_ANALYSIS, "2026").getId(), LABEL))
        .isEqualTo("Årsanalys, året 2026");
    assertThat(taskService().getVariable(task(TERTIAL_ANALYSIS, "2026-T3").getId(), FIGURES))
        .isEqualTo("Händelser tertial 3 2026 (september–december): 12");

    analyse(YEARLY_ANALYSIS, "2026", "Belysning vid stationen");
    analyse(TERTIAL_ANALYSIS, "2026-T3", "Kameror vid torget");
    assertThat(taskQuery().taskDefinitionKey(STEERING_DECISION).count()).isEqualTo(2);
    decide("2026-T3", APPROVED, null);
    assertThat(january).isActive();
    decide("2026", APPROVED, null);

    assertThat(january).isEnded().hasPassed(TERTIAL_ANALYSIS, YEARLY_ANALYSIS, ANALYSIS_DECIDED, ANALYSES_DONE)
        .hasNotPassed(ALREADY_STARTED);
    assertThat(recorded).containsExactlyInAnyOrder("siffror:2026-T3", "siffror:2026",
        "analys:2026:Belysning vid stationen", "analys:2026-T3:Kameror vid torget", "beslut:2026-T3:godkand",
        "beslut:2026:godkand");
    assertThat(claimed).containsExactlyInAnyOrder("2026-T3", "2026");
    // The next start: 1 May 07:00.
    assertThat(startTimer().getDuedate()).isEqualTo(at(2027, 5, 1, 7));
  }

  @Test
  void theMayStartAnalysesTheFirstTertialOnly() {
    fireStartTimer("ESTA-2026-T3");
    ProcessInstance may = fireStartTimer("ESTA-2027-T1");
    assertThat(may).isActive();
    assertThat(taskQuery().processInstanceId(may.getId()).taskDefinitionKey(TERTIAL_ANALYSIS).count()).isEqualTo(1);
    assertThat(taskQuery().processInstanceId(may.getId()).taskDefinitionKey(YEARLY_ANALYSIS).count()).isZero();
    analyse(TERTIAL_ANALYSIS, "2027-T1", "Fler vuxna ute på kvällarna");
    decide("2027-T1", APPROVED, null);
    assertThat(may).isEnded().hasPassed(TERTIAL_ANALYSIS, ANALYSES_DONE).hasNotPassed(YEARLY_ANALYSIS);
    assertThat(claimed).containsExactlyInAnyOrder("2026-T3", "2026", "2027-T1");
    assertThat(startTimer().getDuedate()).isEqualTo(at(2027, 9, 1, 7));
  }

  @Test
  void changesAskedByTheSteeringGroupGoBackToTheAnalysisWithTheReasonThenAreApproved() {
    fireStartTimer("ESTA-2026-T3");
    ProcessInstance may = fireStartTimer("ESTA-2027-T1");
    analyse(TERTIAL_ANALYSIS, "2027-T1", "Kameror");
    decide("2027-T1", CHANGES, "Kostnaden för kamerorna saknas.");

    assertThat(may).isWaitingAt(TERTIAL_ANALYSIS);
    Task again = task(TERTIAL_ANALYSIS, "2027-T1");
    assertThat(taskService().getVariable(again.getId(), CHANGE_REASON)).isEqualTo("Kostnaden för kamerorna saknas.");
    // What was written stays in the form for the second round.
    assertThat(taskService().getVariable(again.getId(), MEASURES)).isEqualTo("Kameror");
    analyse(TERTIAL_ANALYSIS, "2027-T1", "Kameror, 40 000 kr");
    decide("2027-T1", APPROVED, null);

    assertThat(may).isEnded().hasPassed(ANALYSIS_DECIDED);
    assertThat(recorded.stream().filter(r -> r.contains("2027-T1")).toList()).containsExactly("siffror:2027-T1",
        "analys:2027-T1:Kameror", "beslut:2027-T1:andringar", "analys:2027-T1:Kameror, 40 000 kr",
        "beslut:2027-T1:godkand");
    // The figures are computed once per analysis, not again for the second round.
    assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(may.getId())
        .activityId(COMPUTE_FIGURES).count()).isEqualTo(1);
  }

  @Test
  void aSecondStartInTheSameTertialEndsAtOnce() {
    ProcessInstance first = fireStartTimer("ESTA-2026-T3");
    ProcessInstance again = runtimeService().createProcessInstanceByKey(KEY).startBeforeActivity(CLAIM_PERIOD)
        .execute();
    assertThat(again).isEnded().hasPassed(ALREADY_STARTED).hasNotPassed(ANALYSIS);
    assertThat(first).isActive();
    assertThat(taskQuery().taskDefinitionKey(TERTIAL_ANALYSIS).count()).isEqualTo(1);
    assertThat(taskQuery().taskDefinitionKey(YEARLY_ANALYSIS).count()).isEqualTo(1);
    assertThat(claimed).containsExactlyInAnyOrder("2026-T3", "2026");
  }

  @Test
  void aRedeployedModelKeepsOneTimerAndStartsTheNextTertialOnce() {
    ProcessInstance january = fireStartTimer("ESTA-2026-T3");
    String redeployed = redeploy("bpmn/followup/est-analys.bpmn");
    try {
      assertThat(jobQuery().timers().activityId(STARTED).count()).isEqualTo(1);
      ProcessInstance again = runtimeService().createProcessInstanceByKey(KEY).startBeforeActivity(CLAIM_PERIOD)
          .execute();
      assertThat(again).isEnded().hasPassed(ALREADY_STARTED);
      assertThat(january).isActive();
      ProcessInstance may = fireStartTimer("ESTA-2027-T1");
      assertThat(may).isActive();
      assertThat(claimed).containsExactlyInAnyOrder("2026-T3", "2026", "2027-T1");
      assertThat(processInstanceQuery().processDefinitionKey(KEY).active().count()).isEqualTo(2);
    } finally {
      repositoryService().deleteDeployment(redeployed, true);
    }
  }
}
