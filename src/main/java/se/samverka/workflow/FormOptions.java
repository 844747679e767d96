package se.samverka.workflow;

import java.util.Map;

/**
 * Options of a choice field that the server computes for the step at hand, narrowing (or, for a field that declares
 * none, supplying) the options of the deployed form: only the parties a valid consent covers, the premises of the
 * register. A module publishes one bean per rule; the server-rendered form offers only these options, and the
 * submission gate refuses any other value, whatever interface it comes through.
 */
public interface FormOptions {

  /** Whether this bean computes the options of the field {@code fieldKey} of the form {@code formId}. */
  boolean computes(String formId, String fieldKey);

  /**
   * The options (value → Swedish label, in display order) for a step that sees these process variables (empty for a
   * start form); {@code declared} are the options the form itself lists.
   */
  Map<String, String> options(String formId, String fieldKey, Map<String, String> declared,
      Map<String, Object> variables);

  /**
   * The Swedish refusal of a value outside the options, naming the field by its {@code label}; {@code value} is the
   * client's, already cut short.
   */
  default String refusal(String label, String value) {
    return "Fältet \"" + label + "\" har ett värde som inte finns bland valen";
  }
}
