package se.samverka.workflow;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Bad input in a submitted form, with a Swedish message for the person who submitted it. A form validation exception
 * to the engine, so the REST API answers 400 with the message and Tasklist shows it, and the whole submission is
 * rolled back.
 */
public class InvalidFormInput extends FormFieldValidationException {

  public InvalidFormInput(String message) {
    super(null, message);
  }
}
