package se.samverka.annualwork.process;

import static se.samverka.support.EngineTime.at;
import static se.samverka.support.EngineTime.fire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static se.samverka.annualwork.AasArProcess.*;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
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
import se.samverka.workflow.InvalidFormInput;

/** The yearly AAS courses: the timer fires on 10 January at 06:00, once per year, and each course is worked alone. */
@Deployment(resources = "bpmn/annualwork/aas-ar.bpmn")
class AasArProcessTests {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension
      .builder("process-tests.cfg.xml").assertClassCoverageAtLeast(1.0).build();

  private final Set<Integer> claimedYears = new HashSet<>();
  private final Set<String> coursesMissingResults = new HashSet<>();
  private final List<String> calls = new ArrayList<>();
  private final AnnualSchedule schedule = new AnnualSchedule();

  /** Runs before the deployment of {@code @Deployment}, so the timer start reads the mocked schedule. */
  @BeforeEach
  void registerBeans() {
    ClockUtil.setCurrentTime(at(2026, 11, 27, 12));
    Mocks.register("annualSchedule", schedule);
    Mocks.register("claimAasYearDelegate", (JavaDelegate) execution -> {
      int year = EngineClock.today().getYear();
      boolean granted = claimedYears.add(year);
      execution.setVariable(YEAR, year);
      execution.setVariable(YEAR_CLAIMED, granted);
      if (granted) {
        execution.setVariable(COURSE_COUNT, 2);
      }
    });
    Mocks.register("createCoursesDelegate", (JavaDelegate) execution -> {
      int count = ((Number) execution.getVariable(COURSE_COUNT)).intValue();
      List<String> ids = new ArrayList<>();
      for (int i = 1; i <= count; i++) {
        ids.add("kurs-" + i);
      }
      execution.setVariable(COURSE_IDS, ids);
    });
    Mocks.register("recordCourseDelegate", (JavaDelegate) execution -> calls.add("kurs " + execution.getVariable(
        COURSE_NUMBER) + " " + execution.getVariable(COURSE_ID) + " " + execution.getVariable(COURSE_DATE)));
    Mocks.register("checkResultsDelegate", (JavaDelegate) execution -> {
      if (coursesMissingResults.contains((String) execution.getVariable(COURSE_ID))) {
        throw new InvalidFormInput("1 deltagare i kursen saknar provresultat");
      }
    });
    Mocks.register("summariseAasYearDelegate", (JavaDelegate) execution -> {
      execution.setVariable(PARTICIPANT_TOTAL, 18);
      execution.setVariable(PASSED_TOTAL, 16);
    });
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
    return processInstanceQuery().list().stream()
        .filter(instance -> !instance.isEnded()).findFirst().orElse(null);
  }

  private static Task courseTask(String taskKey, String courseId) {
    return taskQuery().taskDefinitionKey(taskKey).list().stream()
        .filter(t -> courseId.equals(taskService().getVariable(t.getId(), COURSE_ID))).findFirst().orElseThrow();
  }

  @Test
  void firesOnTenthOfJanuaryAndWorksEachPlannedCourseOnItsOwn() {
    assertThat(yearTimer().getDuedate()).isEqualTo(at(2027, 1, 10, 6));

    ProcessInstance year = fireYearTimer();
    assertThat(year).isWaitingAt(PLAN_COURSES).variables()
        .containsEntry(YEAR, 2027).containsEntry(YEAR_CLAIMED, true).containsEntry(COURSE_COUNT, 2);
    assertThat(task()).hasCandidateGroup(GROUP);
    complete(task(), withVariables(COURSE_COUNT, 2L, COURSE_PROVIDER, "STAD", POLICE_LECTURER, true));

    // One course subprocess per course, each with its own id, number and form values.
    List<Task> registrations = taskQuery().taskDefinitionKey(REGISTER_PARTICIPANTS).list();
    assertThat(registrations).hasSize(2);
    assertThat(registrations).allSatisfy(t -> assertThat(t).hasCandidateGroup(GROUP));
    complete(courseTask(REGISTER_PARTICIPANTS, "kurs-2"),
        withVariables(COURSE_DATE, "2027-10-05", COURSE_VENUE, "Stadshuset", PARTICIPANTS_REGISTERED, true));
    complete(courseTask(REGISTER_PARTICIPANTS, "kurs-1"),
        withVariables(COURSE_DATE, "2027-03-16", COURSE_VENUE, "Stadshuset", PARTICIPANTS_REGISTERED, true));
    assertThat(calls).containsExactly("kurs 2 kurs-2 2027-10-05", "kurs 1 kurs-1 2027-03-16");
    assertThat(taskService().getVariable(courseTask(REGISTER_RESULTS, "kurs-1").getId(), COURSE_DATE))
        .isEqualTo("2027-03-16");

    // A course with a participant without a test result cannot be completed.
    coursesMissingResults.add("kurs-1");
    Task results = courseTask(REGISTER_RESULTS, "kurs-1");
    assertThatThrownBy(() -> taskService().complete(results.getId(), Map.of(RESULTS_REGISTERED, true)))
        .isInstanceOf(InvalidFormInput.class).hasMessageContaining("saknar provresultat");
    assertThat(taskQuery().taskDefinitionKey(REGISTER_RESULTS).count()).isEqualTo(2);
    coursesMissingResults.clear();
    complete(courseTask(REGISTER_RESULTS, "kurs-1"), withVariables(RESULTS_REGISTERED, true));
    assertThat(year).isWaitingAt(REGISTER_RESULTS);
    complete(courseTask(REGISTER_RESULTS, "kurs-2"), withVariables(RESULTS_REGISTERED, true));

    assertThat(year).isEnded().hasPassed(CHECK_RESULTS, SUMMARISE_YEAR, YEAR_DONE)
        .variables().containsEntry(PASSED_TOTAL, 16);
    assertThat(yearTimer().getDuedate()).isEqualTo(at(2028, 1, 10, 6));
  }

  @Test
  void secondStartInTheSameYearEndsAtOnceAndTheNextYearRunsAgain() {
    ProcessInstance first = fireYearTimer();
    assertThat(first).isWaitingAt(PLAN_COURSES);

    ProcessInstance byHand = runtimeService().startProcessInstanceByKey(KEY);
    assertThat(byHand).isEnded().hasPassed(CLAIM_YEAR, YEAR_ALREADY_STARTED).hasNotPassed(PLAN_COURSES)
        .variables().containsEntry(YEAR_CLAIMED, false);
    assertThat(first).isWaitingAt(PLAN_COURSES);

    Job next = yearTimer();
    assertThat(next.getDuedate()).isEqualTo(at(2028, 1, 10, 6));
    fire(next);
    assertThat(claimedYears).containsExactlyInAnyOrder(2027, 2028);
    assertThat(taskQuery().taskDefinitionKey(PLAN_COURSES).count()).isEqualTo(2);
  }

  @Test
  void startsOnTheConfiguredDateWhenTheScheduleIsSet() {
    // The deployment of this test already read the default; a changed setting takes effect with the next deployment.
    schedule.setCron(Map.of(KEY, "0 30 7 1 2 *"));
    var deployment = repositoryService().createDeployment()
        .name("aas-ar").addClasspathResource("bpmn/annualwork/aas-ar.bpmn").deploy();
    try {
      assertThat(yearTimer().getDuedate()).isEqualTo(Date.from(at(2027, 2, 1, 7).toInstant().plusSeconds(1800)));
      assertThat(fireYearTimer()).isWaitingAt(PLAN_COURSES);
    } finally {
      repositoryService()
          .deleteDeployment(deployment.getId(), true);
    }
  }
}
