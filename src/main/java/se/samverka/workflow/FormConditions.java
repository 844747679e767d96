package se.samverka.workflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The {@code conditional.hide} expressions of a form (FEEL, as form-js evaluates them), evaluated with the FEEL engine
 * Camunda ships. One rule for the submission gate and the server-rendered forms, so a field the page hides is a field
 * the gate neither requires nor accepts.
 */
public final class FormConditions {

  private final FeelEngine feel;

  public FormConditions(FeelEngine feel) {
    this.feel = feel;
  }

  /** A FEEL engine of its own (creating one takes a moment: keep the instance). */
  public FormConditions() {
    this(new ScalaFeelEngineFactory().createInstance());
  }

  /**
   * Whether {@code hideExpression} hides its component for the variables the step sees ({@code current}) and what the
   * user has entered ({@code entered}, typed as the gate types them). A condition that cannot be evaluated hides
   * nothing.
   */
  public boolean hides(String hideExpression, Map<String, Object> current, Map<String, Object> entered) {
    if (hideExpression == null || hideExpression.isBlank()) {
      return false;
    }
    String expression = hideExpression.startsWith("=") ? hideExpression.substring(1) : hideExpression;
    Map<String, Object> context = new HashMap<>();
    current.forEach((key, value) -> context.put(key, plain(value)));
    context.putAll(entered);
    try {
      Object result = feel.evaluateSimpleExpression(expression, Variables.fromMap(context).asVariableContext());
      return Boolean.TRUE.equals(result);
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Engine values as FEEL reads them: JSON lists (checklists) become lists. */
  public static Object plain(Object value) {
    if (value instanceof SpinJsonNode spin && spin.isArray()) {
      List<Object> list = new ArrayList<>();
      spin.elements().forEach(element -> list.add(element.isString() ? element.stringValue() : element.toString()));
      return list;
    }
    return value;
  }
}
