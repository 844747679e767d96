package se.samverka.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import se.samverka.workflow.FormSchema.Field;

/**
 * The rules every start and task completion must pass, whatever interface it comes through: only the keys of the
 * deployed form, of the type its field declares, within its options, lengths and pattern, required fields present
 * (unless the form hides them), no variable a module owns, and no personnummer outside a personal ({@code pd_}) field.
 * Returns Swedish messages that name the field; an empty list means the submission may pass.
 */
public final class SubmissionGate {

  /** The longest piece of client input a message repeats (a key), so that answers and logs stay small. */
  static final int ECHO_LIMIT = 40;
  private static final int MAX_MESSAGES = 10;
  private static final ObjectMapper JSON = new ObjectMapper();
  /** C0 control characters and DEL; a text area may hold tab and line breaks. */
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1F\\x7F]");
  private static final Pattern CONTROL_IN_TEXTAREA = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

  private final Set<String> owned;
  private final PersonalDataDetector personalData;
  private final FormConditions conditions;

  public SubmissionGate(Set<String> owned, PersonalDataDetector personalData, FeelEngine feel) {
    this.owned = Set.copyOf(owned);
    this.personalData = personalData;
    this.conditions = new FormConditions(feel);
  }

  /** One refusal: the field it is about (null when it is about the whole submission) and the Swedish message. */
  public record Problem(String key, String message) {}

  /**
   * Checks a submission against its form. {@code form} is null when the step has no form: then nothing may be sent.
   * {@code current} are the variables the step already sees (read-only fields and the form's conditions use them).
   */
  public List<String> check(FormSchema form, Map<String, ?> submittedValues, Map<String, Object> current) {
    return checkFields(form, submittedValues, current).stream().map(Problem::message).toList();
  }

  /** As {@link #check}, with the key of the field each message is about (for showing it next to the field). */
  public List<Problem> checkFields(FormSchema form, Map<String, ?> submittedValues, Map<String, Object> current) {
    Map<String, Object> submitted = typed(submittedValues);
    List<Problem> problems = new ArrayList<>();
    Map<String, Object> values = new HashMap<>();
    Set<String> invalid = new java.util.HashSet<>();
    for (var entry : submitted.entrySet()) {
      String key = entry.getKey();
      Field field = form == null ? null : form.field(key).orElse(null);
      if (owned.contains(key) && !(field != null && field.readonly())) {
        problems.add(new Problem(null, "Fältet " + quote(key) + " sätts av Samverka och kan inte skickas in"));
        continue;
      }
      if (field == null) {
        problems.add(new Problem(null, form == null ? "Steget har inget formulär och tar inte emot fältet " + quote(key)
            : "Fältet " + quote(key) + " finns inte i formuläret"));
        continue;
      }
      try {
        Object value = normalize(field, entry.getValue());
        values.put(key, value);
        List<String> errors = new ArrayList<>();
        checkValue(field, value, current.get(key), errors);
        errors.forEach(message -> problems.add(new Problem(key, message)));
      } catch (InvalidValue e) {
        invalid.add(key);
        problems.add(new Problem(key, e.getMessage()));
      }
    }
    if (form != null) {
      for (var entry : values.entrySet()) {
        Field field = form.fields().get(entry.getKey());
        if (!isEmpty(field, entry.getValue()) && !field.readonly() && hidden(field, current, values)) {
          // form-js leaves hidden fields out of what it submits: a value here was not typed into this form.
          problems.add(new Problem(field.key(),
              name(field) + " visas inte i formuläret för de här svaren och kan inte skickas in"));
        }
      }
      for (Field field : form.fields().values()) {
        if (field.required() && !field.readonly() && !invalid.contains(field.key())
            && isEmpty(field, values.get(field.key()))
            && !hidden(field, current, values)) {
          problems.add(new Problem(field.key(), name(field) + " är obligatoriskt"));
        }
      }
    }
    return problems.size() > MAX_MESSAGES ? problems.subList(0, MAX_MESSAGES) : problems;
  }

  /** A business key sent by a client: none for caseworkers (Samverka numbers the cases), and never personal data. */
  public List<String> checkBusinessKey(String businessKey) {
    if (businessKey == null || businessKey.isEmpty()) {
      return List.of();
    }
    return List.of("Ärendenummer (business key) sätts av Samverka och kan inte skickas in");
  }

  /**
   * Variables written outside a form (an administrator's direct write): no personal field, no personnummer in any
   * value, no serialized objects. Caseworkers may not write variables at all; that is refused before this.
   */
  public List<String> checkDirectWrite(Map<String, ?> variableValues) {
    Map<String, Object> variables = typed(variableValues);
    List<String> errors = new ArrayList<>();
    for (var entry : variables.entrySet()) {
      String key = entry.getKey();
      if (PersonalFields.isPersonal(key)) {
        errors.add("Personuppgifter (" + quote(key) + ") tas bara emot genom ett formulär och sparas i ärendet");
        continue;
      }
      Object raw = entry.getValue();
      if (raw instanceof TypedValue typed) {
        if (typed instanceof SerializableValue && !isJson(typed)) {
          errors.add("Fältet " + quote(key) + " har en otillåten typ (" + typed.getType().getName() + ")");
          continue;
        }
        raw = typed instanceof SerializableValue serializable ? serialized(serializable) : typed.getValue();
      }
      if (raw != null && containsIdentityNumber(raw)) {
        errors.add("Fältet " + quote(key) + " innehåller ett personnummer. Personuppgifter hör hemma i ärendet");
      }
    }
    return errors;
  }

  // --- values

  /**
   * The submitted values with their types: a {@link VariableMap} hands out plain values, and asking a serialized object
   * that was never deserialized for its plain value fails.
   */
  private static Map<String, Object> typed(Map<String, ?> values) {
    Map<String, Object> typed = new java.util.LinkedHashMap<>();
    for (String key : values.keySet()) {
      typed.put(key, values instanceof VariableMap map ? map.getValueTyped(key) : values.get(key));
    }
    return typed;
  }

  private Object normalize(Field field, Object submitted) {
    Object raw = submitted;
    if (raw instanceof TypedValue typed) {
      if (typed.getType() != null && typed.getType().getName().equals("null")) {
        return null;
      }
      if (typed instanceof SerializableValue serializable) {
        if (!"checklist".equals(field.type()) || !(isJson(typed) || isJsonList(typed))) {
          throw new InvalidValue(name(field) + " har en otillåten typ");
        }
        raw = serializable.isDeserialized() ? serializable.getValue() : serializable.getValueSerialized();
      } else {
        raw = typed.getValue();
      }
    }
    if (raw == null) {
      return null;
    }
    return switch (field.type()) {
      case "textfield", "textarea", "select", "radio" -> {
        if (!(raw instanceof String text)) {
          throw new InvalidValue(name(field) + " ska vara text");
        }
        yield text;
      }
      case "number" -> number(field, raw);
      case "checkbox" -> {
        if (!(raw instanceof Boolean flag)) {
          throw new InvalidValue(name(field) + " ska vara sant eller falskt");
        }
        yield flag;
      }
      case "checklist" -> list(field, raw);
      case "datetime" -> date(field, raw);
      default -> throw new InvalidValue(name(field) + " har en okänd fälttyp");
    };
  }

  private static Object number(Field field, Object raw) {
    if (raw instanceof Integer || raw instanceof Long || raw instanceof Short) {
      return ((Number) raw).longValue();
    }
    if (raw instanceof Double || raw instanceof Float || raw instanceof BigDecimal) {
      double value = ((Number) raw).doubleValue();
      if (Double.isNaN(value) || Double.isInfinite(value)) {
        throw new InvalidValue(name(field) + " ska vara ett tal");
      }
      return value;
    }
    throw new InvalidValue(name(field) + " ska vara ett tal");
  }

  private static List<String> list(Field field, Object raw) {
    if (raw instanceof Collection<?> collection) {
      List<String> values = new ArrayList<>();
      for (Object element : collection) {
        if (!(element instanceof String text)) {
          throw new InvalidValue(name(field) + " ska vara en lista av val");
        }
        values.add(text);
      }
      return values;
    }
    String json = raw instanceof SpinJsonNode spin ? spin.toString() : raw instanceof String text ? text : null;
    if (json == null) {
      throw new InvalidValue(name(field) + " ska vara en lista av val");
    }
    try {
      JsonNode node = JSON.readTree(json);
      if (!node.isArray()) {
        throw new InvalidValue(name(field) + " ska vara en lista av val");
      }
      List<String> values = new ArrayList<>();
      for (JsonNode element : node) {
        if (!element.isTextual()) {
          throw new InvalidValue(name(field) + " ska vara en lista av val");
        }
        values.add(element.asText());
      }
      return values;
    } catch (JsonProcessingException e) {
      throw new InvalidValue(name(field) + " ska vara en lista av val");
    }
  }

  private static String date(Field field, Object raw) {
    if (raw instanceof Date || raw instanceof LocalDate) {
      return raw instanceof LocalDate local ? local.toString()
          : FormValues.date(raw, field.label()).toString();
    }
    if (!(raw instanceof String text)) {
      throw new InvalidValue(name(field) + " ska vara ett datum (ÅÅÅÅ-MM-DD)");
    }
    if (text.isEmpty()) {
      return null;
    }
    if (text.length() > 30) {
      throw new InvalidValue(name(field) + " ska vara ett datum (ÅÅÅÅ-MM-DD)");
    }
    try {
      // Tasklist sends the date alone; an API client may send a date-time, of which the date counts.
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text).toString();
    } catch (DateTimeParseException e) {
      throw new InvalidValue(name(field) + " ska vara ett datum (ÅÅÅÅ-MM-DD)");
    }
  }

  private void checkValue(Field field, Object value, Object currentValue, List<String> errors) {
    if (value == null) {
      return;
    }
    if (field.readonly()) {
      if (!sameValue(value, currentValue)) {
        errors.add(name(field) + " visas bara och kan inte ändras");
      }
      return;
    }
    if (value instanceof String text) {
      checkText(field, text, errors);
    }
    if (value instanceof List<?> list && field.options() != null) {
      for (Object element : list) {
        if (!field.options().contains(element)) {
          errors.add(name(field) + " har ett värde som inte finns bland valen");
          break;
        }
      }
    }
    if (value instanceof Number number) {
      if (field.min() != null && number.doubleValue() < field.min()) {
        errors.add(name(field) + " får inte vara mindre än " + format(field.min()));
      }
      if (field.max() != null && number.doubleValue() > field.max()) {
        errors.add(name(field) + " får inte vara större än " + format(field.max()));
      }
    }
    if (!PersonalFields.isPersonal(field.key()) && containsIdentityNumber(value)) {
      errors.add(name(field) + " innehåller ett personnummer. Personuppgifter får bara skrivas i fälten för "
          + "personuppgifter, som sparas i ärendet och inte i processmotorn");
    }
  }

  private static void checkText(Field field, String text, List<String> errors) {
    if (field.isChoice() && !text.isEmpty()) {
      if (field.options() != null && !field.options().contains(text)) {
        errors.add(name(field) + " har ett värde som inte finns bland valen");
      }
      return;
    }
    if (!field.isText()) {
      return;
    }
    int length = text.codePointCount(0, text.length());
    if (field.maxLength() != null && length > field.maxLength()) {
      errors.add(name(field) + " får vara högst " + field.maxLength() + " tecken (var " + length + ")");
      return;
    }
    if (field.minLength() != null && !text.isEmpty() && length < field.minLength()) {
      errors.add(name(field) + " ska vara minst " + field.minLength() + " tecken");
    }
    Pattern control = "textarea".equals(field.type()) ? CONTROL_IN_TEXTAREA : CONTROL;
    if (control.matcher(text).find()) {
      errors.add(name(field) + " innehåller otillåtna styrtecken");
      return;
    }
    if (field.pattern() != null && !text.isEmpty() && !field.pattern().matcher(text).matches()) {
      errors.add(name(field) + " har fel format");
    }
  }

  private boolean containsIdentityNumber(Object value) {
    if (value instanceof String text) {
      return personalData.containsIdentityNumber(text);
    }
    if (value instanceof Collection<?> list) {
      return list.stream().anyMatch(this::containsIdentityNumber);
    }
    return false;
  }

  /** Whether the form hides the field for these values (form-js then neither shows nor requires it). */
  private boolean hidden(Field field, Map<String, Object> current, Map<String, Object> submitted) {
    return conditions.hides(field.hideExpression(), current, submitted);
  }

  private static Object plain(Object value) {
    return FormConditions.plain(value);
  }

  private static boolean sameValue(Object submitted, Object current) {
    Object plainCurrent = plain(current);
    if (submitted instanceof Number a && plainCurrent instanceof Number b) {
      return a.doubleValue() == b.doubleValue();
    }
    if (plainCurrent instanceof Date || plainCurrent instanceof LocalDate) {
      return submitted.equals(FormValues.date(plainCurrent, "").toString());
    }
    return plainCurrent != null && String.valueOf(submitted).equals(String.valueOf(plainCurrent))
        || plainCurrent != null && submitted.equals(plainCurrent);
  }

  /** Missing as form-js sees it; a required checkbox must be ticked. */
  private static boolean isEmpty(Field field, Object value) {
    return value == null || "checkbox".equals(field.type()) && !Boolean.TRUE.equals(value) || value instanceof String text && text.isBlank()
        || value instanceof Collection<?> list && list.isEmpty();
  }

  private static boolean isJson(TypedValue typed) {
    return typed.getType() != null && "json".equals(typed.getType().getName());
  }

  /**
   * Tasklist sends a checklist back with the type of the variable it replaces; a list that a delegate stored is an
   * {@code Object} of a {@code java.util} list type in JSON. Nothing else of type {@code Object} is accepted.
   */
  private static boolean isJsonList(TypedValue typed) {
    return typed instanceof ObjectValue object && "application/json".equals(object.getSerializationDataFormat())
        && object.getObjectTypeName() != null && object.getObjectTypeName().matches("java\\.util\\.[A-Za-z]*List.*");
  }

  private static String serialized(SerializableValue value) {
    if (!value.isDeserialized()) {
      return value.getValueSerialized();
    }
    return value.getValue() == null ? null : value.getValue().toString();
  }

  /** The field as the form names it (our own text, so it is not cut). */
  private static String name(Field field) {
    return "Fältet \"" + field.label() + "\"";
  }

  /** A key or label as a message may repeat it: printable, and cut at {@link #ECHO_LIMIT} characters. */
  public static String quote(String text) {
    String printable = text == null ? "" : CONTROL.matcher(text).replaceAll("?");
    if (printable.length() > ECHO_LIMIT) {
      printable = printable.substring(0, ECHO_LIMIT) + "…";
    }
    return "\"" + printable + "\"";
  }

  private static String format(double number) {
    return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number).replace('.', ',');
  }

  private static final class InvalidValue extends RuntimeException {
    InvalidValue(String message) {
      super(message, null, false, false);
    }
  }
}
