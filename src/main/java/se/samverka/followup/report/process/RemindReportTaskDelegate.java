package se.samverka.followup.report.process;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code RemindCoordinatorTask}, {@code RemindSteeringGroupTask}: the comment or the approval has waited longer than
 * {@code samverka.bra.uppfoljning.reminder}; the waiting task gets high priority, so it stands first in the list.
 */
@Component("remindBraUppfoljningDelegate")
class RemindReportTaskDelegate implements JavaDelegate {

  static final int REMINDED_PRIORITY = 80;

  private final TaskService tasks;

  RemindReportTaskDelegate(TaskService tasks) {
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    for (var task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
      task.setPriority(REMINDED_PRIORITY);
      tasks.saveTask(task);
    }
  }
}
