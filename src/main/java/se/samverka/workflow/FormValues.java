package se.samverka.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads form values the way they arrive from Camunda Tasklist (form-js), the REST API and Java code: a checklist is a
 * JSON array (a Spin node), a list or a JSON string; a date is an ISO string or a {@link Date}. Bad input gives a
 * {@link InvalidFormInput} with a Swedish message, which the REST API answers with 400.
 */
public final class FormValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormValues() {}

  public static List<String> stringList(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof Collection<?> collection) {
      return collection.stream().map(String::valueOf).toList();
    }
    if (value instanceof SpinJsonNode spin) {
      return fromJson(spin.toString());
    }
    String text = value.toString().trim();
    if (text.isEmpty()) {
      return List.of();
    }
    if (text.startsWith("[")) {
      return fromJson(text);
    }
    return List.of(text.split("\\s*,\\s*"));
  }

  private static List<String> fromJson(String json) {
    try {
      JsonNode node = JSON.readTree(json);
      List<String> values = new ArrayList<>();
      node.forEach(element -> values.add(element.asText()));
      return values;
    } catch (JsonProcessingException e) {
      throw new InvalidFormInput("Ogiltig lista i formuläret: " + json);
    }
  }

  /** A date from a date field; null when the field is empty. */
  public static LocalDate date(Object value, String label) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
    String text = value.toString().trim();
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new InvalidFormInput(label + ": ogiltigt datum '" + text + "', ange ÅÅÅÅ-MM-DD");
    }
  }

  public static LocalDate requiredDate(Object value, String label) {
    LocalDate date = date(value, label);
    if (date == null) {
      throw new InvalidFormInput(label + " saknas");
    }
    return date;
  }

  public static boolean flag(Object value) {
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }

  public static String text(Object value) {
    return value == null ? null : value.toString().trim();
  }

  /** A required choice that must be one of the allowed codes. */
  public static String choice(Object value, String label, Collection<String> allowed) {
    String code = text(value);
    if (code == null || code.isEmpty()) {
      throw new InvalidFormInput(label + " saknas");
    }
    if (!allowed.contains(code)) {
      throw new InvalidFormInput(label + ": okänt värde '" + code + "'");
    }
    return code;
  }
}
