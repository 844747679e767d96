package se.samverka.workflow;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.jobexecutor.TimerStartEventJobHandler;
import org.camunda.bpm.engine.management.JobDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Starts, once, a recurring process whose start timer was due and was replaced before it ran. When a release deploys
 * a changed model of a timer-started process, the engine deletes the old version's start timer and schedules the new
 * version's at the cron's next firing after now; if the old timer was due and had not run (the application was down
 * over the due time, or started at it), that period would never start. The engine's job log keeps the deleted timer
 * with its due date: a timer deleted at or after its due date, with no instance of the process started since, is such
 * a missed start, and the process is started now (its claim step takes the period, or ends at "Redan startad" when
 * another node was first). A restart with unchanged models deletes no timer and starts nothing here.
 */
@Component
public class MissedStarts {

  private static final Logger log = LoggerFactory.getLogger(MissedStarts.class);

  private final ManagementService managementService;
  private final HistoryService historyService;
  private final RuntimeService runtimeService;

  MissedStarts(ManagementService managementService, HistoryService historyService, RuntimeService runtimeService) {
    this.managementService = managementService;
    this.historyService = historyService;
    this.runtimeService = runtimeService;
  }

  /** After the deployment at start-up, before the demo data and the job executor's first round matter. */
  @EventListener(ApplicationReadyEvent.class)
  @Order(0)
  public void atStart() {
    startMissed();
  }

  /** Starts every missed start once; returns the keys of the processes started. */
  public List<String> startMissed() {
    List<String> started = new ArrayList<>();
    List<String> keys = managementService.createJobDefinitionQuery().jobType(TimerStartEventJobHandler.TYPE).active()
        .list().stream().map(JobDefinition::getProcessDefinitionKey).distinct().sorted().toList();
    for (String key : keys) {
      missedDue(key).ifPresent(due -> {
        runtimeService.startProcessInstanceByKey(key);
        log.warn("Starttimern för {} var förfallen {} men ersattes av en ny version innan den kördes: processen "
            + "startades nu i stället", key, due.toInstant());
        started.add(key);
      });
    }
    return started;
  }

  /** The due date of the process's latest start timer that was deleted when due, if no instance started since. */
  private java.util.Optional<Date> missedDue(String key) {
    Date now = Date.from(EngineClock.now());
    // The few start-timer deletions of a process (one per release), newest due date first.
    for (HistoricJobLog deleted : historyService.createHistoricJobLogQuery().deletionLog().processDefinitionKey(key)
        .jobDefinitionType(TimerStartEventJobHandler.TYPE).orderByJobDueDate().desc().listPage(0, 5)) {
      Date due = deleted.getJobDueDate();
      if (due == null || due.after(now) || deleted.getTimestamp().before(due)) {
        continue;
      }
      boolean startedSince = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(key)
          .startedAfter(new Date(due.getTime() - 1)).count() > 0;
      return startedSince ? java.util.Optional.empty() : java.util.Optional.of(due);
    }
    return java.util.Optional.empty();
  }
}
