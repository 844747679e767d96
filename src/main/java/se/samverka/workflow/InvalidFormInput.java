package se.samverka.workflow;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Bad input in a submitted form, with a Swedish message for the person who submitted it. A form validation exception
 * to the engine, so the REST API answers 400 with the message and Tasklist shows it, and the whole submission is
 * rolled back.
 */
public class InvalidFormInput extends FormFieldValidationException {

  private final String fieldKey;

  public InvalidFormInput(String message) {
    this(null, message);
  }

  /** Bad input in the field {@code fieldKey} of the form: the pages show the message next to that field. */
  public InvalidFormInput(String fieldKey, String message) {
    super(null, message);
    this.fieldKey = fieldKey;
  }

  /** The key of the form field the message is about, or null when it is about the form as a whole. */
  public String fieldKey() {
    return fieldKey;
  }
}
