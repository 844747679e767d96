package se.samverka.homevisit.process;

import static se.samverka.homevisit.StrangnasmodellenProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.samverka.cases.CaseService;
import se.samverka.security.Agencies;
import se.samverka.workflow.FormValues;

/**
 * Completion of a step where the guardians or the child are contacted or met: an interpreter needed, and the language,
 * is recorded as an event of the case for that step (FL 13 §); the variable alone would be overwritten by the next step.
 */
@Component("recordInterpreterListener")
class RecordInterpreterListener implements TaskListener {

  private final CaseService cases;
  private final Agencies agencies;

  RecordInterpreterListener(CaseService cases, Agencies agencies) {
    this.cases = cases;
    this.agencies = agencies;
  }

  @Override
  public void notify(DelegateTask task) {
    if (FormValues.flag(task.getVariable(INTERPRETER_NEEDED))) {
      cases.recordEvent((String) task.getVariable(CASE_ID), "TOLK_BEHOVS", task.getName() + ": "
          + FormValues.text(task.getVariable(INTERPRETER_LANGUAGE)), agencies.actingUserId());
    }
  }
}
