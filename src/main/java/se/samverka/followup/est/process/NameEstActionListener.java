package se.samverka.followup.est.process;

import static se.samverka.followup.est.EstVeckaProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.samverka.followup.est.EstPictures;

/** Start of each action: its unit (the task's group), its text and due date, and when the reminder comes. */
@Component("nameEstActionListener")
class NameEstActionListener implements ExecutionListener {

  private final EstPictures pictures;

  NameEstActionListener(EstPictures pictures) {
    this.pictures = pictures;
  }

  @Override
  public void notify(DelegateExecution execution) {
    var action = pictures.action((String) execution.getVariable(ACTION_ID));
    execution.setVariableLocal(ACTION_GROUP, action.unit());
    String text = action.place() + ": " + action.action() + " (problem: " + action.problem() + ")";
    execution.setVariableLocal(ACTION_TEXT, text.length() > 4000 ? text.substring(0, 3999) + "…" : text);
    execution.setVariableLocal(ACTION_DUE, action.dueDate().toString());
    execution.setVariableLocal(ACTION_REMINDER_AT, pictures.reminderAt(action));
  }
}
