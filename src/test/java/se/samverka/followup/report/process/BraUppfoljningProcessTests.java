package se.samverka.followup.report.process;

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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static se.samverka.followup.report.BraUppfoljningProcess.*;

import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
import se.samverka.followup.report.BraUppfoljningSchedule;
import se.samverka.followup.report.BraUppfoljningSettings;
import se.samverka.followup.report.ReportPeriod;
import se.samverka.workflow.EngineClock;

/**
 * The half-yearly follow-up: the default timer fires at 07:00 on 1 January and 1 July; each start claims the half-year
 * that ended and compiles its report once; the coordinator comments, the steering group approves (archive) or returns
 * it with a reason (back to the comment); each task is reminded once after 21 days. A second start in the same
 * half-year, and a redeploy, do nothing.
 */
@Deployment(resources = {"bpmn/followup/bra-uppfoljning.bpmn", "forms/followup/bra-uppfoljning-kommentar.form",
    "forms/followup/bra-uppfoljning-beslut.form"})
class BraUppfoljningProcessTests {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension
      .builder("process-tests.cfg.xml").assertClassCoverageAtLeast(1.0).build();

  private final Set<String> claimed = new HashSet<>();
  private final List<String> recorded = new ArrayList<>();

  @BeforeEach
  void registerBeans() {
    ClockUtil.setCurrentTime(at(2026, 11, 30, 12));
    Mocks.register("braUppfoljningSchedule", new BraUppfoljningSchedule(new BraUppfoljningSettings("0 0 7 1 1,7 *",
        Period.ofDays(21))));
    // As ClaimHalfYearDelegate, with a set for PeriodRuns.
    Mocks.register("claimBraUppfoljningPeriodDelegate", (JavaDelegate) execution -> {
      ReportPeriod period = ReportPeriod.halfYearBefore(EngineClock.today());
      boolean granted = claimed.add(period.code());
      execution.setVariable(PERIOD, period.code());
      execution.setVariable(PERIOD_CLAIMED, granted);
      if (granted) {
        execution.setProcessBusinessKey("BRAU-" + period.code());
        execution.setVariable(LABEL, "Uppföljning av " + period.label());
        execution.setVariable(PAGE, "/uppfoljning/" + period.code());
      }
    });
    Mocks.register("compileBraUppfoljningDelegate", (JavaDelegate) execution -> recorded.add("sammanställd:"
        + execution.getVariable(PERIOD)));
    Mocks.register("recordBraUppfoljningCommentListener", (TaskListener) task -> recorded.add("kommentar:"
        + task.getVariable(COMMENT)));
    Mocks.register("recordBraUppfoljningDecisionListener", (TaskListener) task -> {
      recorded.add("beslut:" + task.getVariable(DECISION));
      if (APPROVED.equals(task.getVariable(DECISION))) {
        task.setVariable(APPROVED_BY, "styrgrupp");
      }
    });
    Mocks.register("archiveBraUppfoljningDelegate", (JavaDelegate) execution -> recorded.add("arkiverad:"
        + execution.getVariable(PERIOD) + ":" + execution.getVariable(APPROVED_BY)));
    Mocks.register("remindBraUppfoljningDelegate", (JavaDelegate) execution -> recorded.add("påmind:"
        + execution.getCurrentActivityId()));
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

  private static void comment(ProcessInstance instance, String text) {
    assertThat(instance).isWaitingAt(COMMENT_TASK);
    assertThat(task(COMMENT_TASK, instance)).hasCandidateGroup(COORDINATOR_GROUP).hasName("Kommentera uppföljningen");
    complete(task(COMMENT_TASK, instance), withVariables(COMMENT, text));
  }

  private static void decide(ProcessInstance instance, String decision, String reason) {
    assertThat(instance).isWaitingAt(APPROVAL_TASK);
    assertThat(task(APPROVAL_TASK, instance)).hasCandidateGroup(STEERING_GROUP).hasName("Godkänn uppföljningen");
    complete(task(APPROVAL_TASK, instance), withVariables(DECISION, decision, RETURN_REASON, reason));
  }

  @Test
  void theJanuaryStartCompilesTheSecondHalfYearWhichIsCommentedApprovedAndArchived() {
    assertThat(startTimer().getDuedate()).isEqualTo(at(2027, 1, 1, 7));
    ProcessInstance january = fireStartTimer("BRAU-2026-H2");
    assertThat(january).isActive().hasPassed(CLAIM_PERIOD, COMPILE);
    assertThat(taskService().getVariable(task(COMMENT_TASK, january).getId(), LABEL))
        .isEqualTo("Uppföljning av andra halvåret 2026");
    assertThat(taskService().getVariable(task(COMMENT_TASK, january).getId(), PAGE)).isEqualTo("/uppfoljning/2026-H2");
    comment(january, "Ett bra halvår.");
    decide(january, APPROVED, null);

    assertThat(january).isEnded().hasPassed(ARCHIVE, ARCHIVED).hasNotPassed(ALREADY_STARTED, REMIND_COORDINATOR);
    assertThat(recorded).containsExactly("sammanställd:2026-H2", "kommentar:Ett bra halvår.", "beslut:godkand",
        "arkiverad:2026-H2:styrgrupp");
    // The next start: 1 July 07:00, for the first half-year.
    assertThat(startTimer().getDuedate()).isEqualTo(at(2027, 7, 1, 7));
    ProcessInstance july = fireStartTimer("BRAU-2027-H1");
    assertThat(july).isWaitingAt(COMMENT_TASK);
    assertThat(claimed).containsExactlyInAnyOrder("2026-H2", "2027-H1");
  }

  @Test
  void aReturnedReportGoesBackToTheCoordinatorWithTheReasonAndIsCompiledOnlyOnce() {
    ProcessInstance january = fireStartTimer("BRAU-2026-H2");
    comment(january, "Första utkastet.");
    decide(january, RETURNED, "Trygghetsmätningen saknas.");

    assertThat(january).isWaitingAt(COMMENT_TASK).hasPassed(APPROVAL_TASK).hasNotPassed(ARCHIVE);
    String again = task(COMMENT_TASK, january).getId();
    assertThat(taskService().getVariable(again, RETURN_REASON)).isEqualTo("Trygghetsmätningen saknas.");
    assertThat(taskService().getVariable(again, COMMENT)).isEqualTo("Första utkastet.");
    comment(january, "Trygghetsmätningen uppladdad.");
    decide(january, APPROVED, null);

    assertThat(january).isEnded().hasPassed(ARCHIVED);
    assertThat(recorded).containsExactly("sammanställd:2026-H2", "kommentar:Första utkastet.", "beslut:aterforvisad",
        "kommentar:Trygghetsmätningen uppladdad.", "beslut:godkand", "arkiverad:2026-H2:styrgrupp");
    assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(january.getId())
        .activityId(COMPILE).count()).isEqualTo(1);
  }

  @Test
  void aCommentAndAnApprovalThatWaitThreeWeeksAreRemindedOnceAndTheTasksStay() {
    ProcessInstance january = fireStartTimer("BRAU-2026-H2");
    Job commentReminder = jobQuery().timers().activityId(COMMENT_REMINDER).singleResult();
    assertThat(commentReminder.getDuedate()).isEqualTo(at(2027, 1, 22, 7));
    fire(commentReminder);
    assertThat(january).isWaitingAt(COMMENT_TASK).hasPassed(REMIND_COORDINATOR, COORDINATOR_REMINDED);
    assertThat(jobQuery().timers().activityId(COMMENT_REMINDER).count()).isZero();

    comment(january, "Sent men klart.");
    Job approvalReminder = jobQuery().timers().activityId(APPROVAL_REMINDER).singleResult();
    assertThat(approvalReminder.getDuedate()).isEqualTo(at(2027, 2, 12, 7));
    fire(approvalReminder);
    assertThat(january).isWaitingAt(APPROVAL_TASK).hasPassed(REMIND_STEERING_GROUP, STEERING_GROUP_REMINDED);
    decide(january, APPROVED, null);

    assertThat(january).isEnded().hasPassed(ARCHIVED);
    assertThat(recorded).containsExactly("sammanställd:2026-H2", "påmind:" + REMIND_COORDINATOR,
        "kommentar:Sent men klart.", "påmind:" + REMIND_STEERING_GROUP, "beslut:godkand",
        "arkiverad:2026-H2:styrgrupp");
  }

  @Test
  void aSecondStartInTheSameHalfYearEndsAtRedanStartad() {
    ProcessInstance first = fireStartTimer("BRAU-2026-H2");
    ProcessInstance again = runtimeService().createProcessInstanceByKey(KEY).startBeforeActivity(CLAIM_PERIOD)
        .execute();
    assertThat(again).isEnded().hasPassed(ALREADY_STARTED).hasNotPassed(COMPILE);
    assertThat(first).isWaitingAt(COMMENT_TASK);
    assertThat(taskQuery().taskDefinitionKey(COMMENT_TASK).count()).isEqualTo(1);
    assertThat(recorded).containsExactly("sammanställd:2026-H2");
  }

  @Test
  void aRedeployedModelKeepsOneTimerAndStartsTheNextHalfYearOnce() {
    ProcessInstance january = fireStartTimer("BRAU-2026-H2");
    String redeployed = redeploy("bpmn/followup/bra-uppfoljning.bpmn");
    try {
      assertThat(jobQuery().timers().activityId(STARTED).count()).isEqualTo(1);
      ProcessInstance again = runtimeService().createProcessInstanceByKey(KEY).startBeforeActivity(CLAIM_PERIOD)
          .execute();
      assertThat(again).isEnded().hasPassed(ALREADY_STARTED);
      assertThat(january).isActive();
      ProcessInstance july = fireStartTimer("BRAU-2027-H1");
      assertThat(july).isActive();
      assertThat(claimed).containsExactlyInAnyOrder("2026-H2", "2027-H1");
      assertThat(processInstanceQuery().processDefinitionKey(KEY).active().count()).isEqualTo(2);
    } finally {
      repositoryService().deleteDeployment(redeployed, true);
    }
  }
}
