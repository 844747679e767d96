package se.samverka.workflow;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Receives the personal fields of a submitted start or task form, inside the engine's transaction, and stores them in
 * the case store. Throwing rolls the whole submission back, so nothing is half-stored.
 */
public interface PersonalDataIntake {

  /** A process instance was started with personal fields (start form, REST {@code submit-form} or start call). */
  void acceptStart(DelegateExecution processInstance, Map<String, Object> personalFields);

  /** A user task was completed with personal fields. */
  void acceptTaskCompletion(DelegateTask task, Map<String, Object> personalFields);
}
