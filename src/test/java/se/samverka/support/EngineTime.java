package se.samverka.support;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The engine's clock in process and integration tests of the timer-started cycles: a local time in the JVM's zone
 * (the zone the engine evaluates cron in), a timer fired at its due date, and a model deployed again as a restart
 * would. The caller resets the clock ({@link ClockUtil#reset()}) after each test.
 */
public final class EngineTime {

  private EngineTime() {}

  /** The instant of a local time (whole hour) in the JVM's zone. */
  public static Date at(int year, int month, int day, int hour) {
    return Date.from(LocalDateTime.of(year, month, day, hour, 0).atZone(ZoneId.systemDefault()).toInstant());
  }

  /** Moves the engine's clock to the timer's due date and executes it, as the job executor would then. */
  public static void fire(Job timer) {
    ClockUtil.setCurrentTime(timer.getDuedate());
    execute(timer);
  }

  /** The one timer of a start event (or any timer activity with one job). */
  public static Job timer(String activityId) {
    return jobQuery().timers().activityId(activityId).singleResult();
  }

  /** Fires the start event's timer at its due date; returns the instance it started, found by its business key. */
  public static ProcessInstance fireStart(String activityId, String businessKey) {
    fire(timer(activityId));
    return processInstanceQuery().processInstanceBusinessKey(businessKey).singleResult();
  }

  /** Deploys a model from the classpath again, as a restart with a changed file does; returns the deployment's id. */
  public static String redeploy(String resource) {
    return repositoryService().createDeployment().addClasspathResource(resource).deploy().getId();
  }
}
