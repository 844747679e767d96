package se.samverka.followup.est.process;

import static se.samverka.followup.est.EstVeckaProcess.*;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.followup.est.EstPictures;

/**
 * {@code RemindActionTask}: the action's due date is near; the reminder is recorded with the action (shown on the
 * actions page) and the unit's task gets high priority, so it stands first in the unit's list.
 */
@Component("remindEstActionDelegate")
class RemindEstActionDelegate implements JavaDelegate {

  static final int REMINDED_PRIORITY = 80;

  private final EstPictures pictures;
  private final TaskService tasks;

  RemindEstActionDelegate(EstPictures pictures, TaskService tasks) {
    this.pictures = pictures;
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String actionId = (String) execution.getVariable(ACTION_ID);
    pictures.remind(actionId);
    for (var task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(PERFORM_ACTION).list()) {
      if (actionId.equals(tasks.getVariable(task.getId(), ACTION_ID))) {
        task.setPriority(REMINDED_PRIORITY);
        tasks.saveTask(task);
      }
    }
  }
}
