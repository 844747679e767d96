package se.samverka.work;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import se.samverka.work.FormDefinition.Component;
import se.samverka.workflow.SubmissionGate.Problem;

/**
 * What a user entered into a form, typed per field as the engine and the gate expect it: text, choices and dates
 * ({@code 2026-11-30}) as strings, numbers as {@link Long} or {@link Double}, a checkbox as a boolean and a checklist as a
 * list of strings. Keys the form does not have are problems, named but cut short.
 */
public record EnteredValues(Map<String, Object> values, List<Problem> problems) {

  /** Parameters of our own pages that are not form fields. */
  static final Set<String> PAGE_PARAMETERS = Set.of("_csrf", "atgard");
  private static final int KEY_ECHO = 40;

  /** From an HTML form post. An input absent from the post is empty (an unticked checkbox: false). */
  public static EnteredValues fromParameters(FormDefinition form, Map<String, String[]> parameters) {
    Map<String, Object> values = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (Component input : form.inputs()) {
      String[] sent = parameters.get(input.key());
      String first = sent == null || sent.length == 0 ? null : sent[0];
      switch (input.type()) {
        case "checkbox" -> values.put(input.key(), first != null && !first.isEmpty() && !"false".equals(first));
        case "checklist" -> values.put(input.key(), sent == null ? List.of()
            : Arrays.stream(sent).filter(value -> !value.isEmpty()).toList());
        case "number" -> {
          Object number = number(first);
          if (number == INVALID) {
            problems.add(new Problem(input.key(), "Fältet \"" + input.label() + "\" ska vara ett tal"));
            values.put(input.key(), null);
          } else {
            values.put(input.key(), number);
          }
        }
        case "textfield", "textarea" -> values.put(input.key(), first == null ? null : first.replace("\r\n", "\n"));
        default -> values.put(input.key(), first == null || first.isEmpty() ? null : first);
      }
    }
    for (String name : parameters.keySet()) {
      if (!PAGE_PARAMETERS.contains(name) && form.input(name) == null) {
        problems.add(unknown(name));
      }
    }
    return new EnteredValues(values, problems);
  }

  /** From the JSON API: {@code {"key": jsonValue}}; only the keys sent. */
  public static EnteredValues fromJson(FormDefinition form, JsonNode sent) {
    Map<String, Object> values = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    if (sent == null || sent.isNull() || sent.isMissingNode()) {
      return new EnteredValues(values, problems);
    }
    if (!sent.isObject()) {
      problems.add(new Problem(null, "\"values\" ska vara ett objekt med fältens nycklar och värden"));
      return new EnteredValues(values, problems);
    }
    sent.fields().forEachRemaining(entry -> {
      if (form.input(entry.getKey()) == null) {
        problems.add(unknown(entry.getKey()));
      } else {
        values.put(entry.getKey(), plain(entry.getValue()));
      }
    });
    return new EnteredValues(values, problems);
  }

  private static Problem unknown(String name) {
    return new Problem(cut(name), "Fältet \"" + cut(name) + "\" finns inte i formuläret");
  }

  static String cut(String text) {
    String printable = text.replaceAll("\\p{Cntrl}", "?");
    return printable.length() > KEY_ECHO ? printable.substring(0, KEY_ECHO) + "…" : printable;
  }

  private static Object plain(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isTextual()) {
      return node.asText();
    }
    if (node.isBoolean()) {
      return node.asBoolean();
    }
    if (node.isIntegralNumber()) {
      return node.canConvertToLong() ? (Object) node.asLong() : (Object) node.asDouble();
    }
    if (node.isNumber()) {
      return node.asDouble();
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      node.forEach(element -> list.add(plain(element)));
      return list;
    }
    // An object is no value of any field; the gate refuses it by type.
    return Map.of();
  }

  private static final Object INVALID = new Object();

  /** A number as typed in Swedish ({@code 12,5}) or as the browser sends it ({@code 12.5}); null when empty. */
  private static Object number(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String normalized = text.trim().replace('\u2212', '-').replace(" ", "").replace('\u00a0', ' ').replace(" ", "")
        .replace(',', '.');
    if (normalized.length() > 30) {
      return INVALID;
    }
    try {
      if (normalized.matches("-?\\d+")) {
        return Long.parseLong(normalized);
      }
      double value = Double.parseDouble(normalized);
      return Double.isFinite(value) && normalized.matches("-?\\d*\\.?\\d+") ? (Object) value : INVALID;
    } catch (NumberFormatException e) {
      return INVALID;
    }
  }

  /** The values as engine variables: a checklist as JSON (as Tasklist sends it), an empty value as null. */
  static VariableMap toEngine(Map<String, Object> values) {
    VariableMap variables = Variables.createVariables();
    values.forEach((key, value) -> {
      if (value == null) {
        variables.putValueTyped(key, Variables.untypedNullValue());
      } else if (value instanceof Collection<?> list) {
        variables.putValueTyped(key, SpinValues.jsonValue(json(list)).create());
      } else {
        variables.put(key, value);
      }
    });
    return variables;
  }

  private static String json(Collection<?> list) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(list);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
