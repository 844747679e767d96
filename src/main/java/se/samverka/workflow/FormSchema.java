package se.samverka.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The input fields of one deployed Camunda Form ({@code .form}, form-js JSON) as the submission gate checks them: key,
 * type, options and the {@code validate} rules of each field, and the FEEL condition that hides it.
 */
public record FormSchema(String formId, Map<String, Field> fields) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> INPUT_TYPES =
      Set.of("textfield", "textarea", "number", "checkbox", "checklist", "radio", "select", "datetime");

  public FormSchema {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** One input of the form. Absent rules are null. */
  public record Field(String key, String label, String type, String subtype, boolean required, Integer minLength,
      Integer maxLength, Pattern pattern, Double min, Double max, Set<String> options, boolean readonly,
      String hideExpression) {

    public boolean isText() {
      return "textfield".equals(type) || "textarea".equals(type);
    }

    public boolean isChoice() {
      return "select".equals(type) || "radio".equals(type);
    }
  }

  public Optional<Field> field(String key) {
    return Optional.ofNullable(fields.get(key));
  }

  public static FormSchema parse(InputStream json) {
    try {
      return parse(JSON.readTree(json));
    } catch (IOException e) {
      throw new IllegalStateException("Formuläret kan inte läsas", e);
    }
  }

  public static FormSchema parse(JsonNode form) {
    Map<String, Field> fields = new LinkedHashMap<>();
    collect(form, fields);
    return new FormSchema(form.path("id").asText(), fields);
  }

  private static void collect(JsonNode parent, Map<String, Field> fields) {
    for (JsonNode component : parent.path("components")) {
      String type = component.path("type").asText();
      if (INPUT_TYPES.contains(type) && component.hasNonNull("key")) {
        Field field = field(component, type);
        fields.put(field.key(), field);
      }
      if (component.has("components")) {
        collect(component, fields);
      }
    }
  }

  private static Field field(JsonNode component, String type) {
    JsonNode validate = component.path("validate");
    Set<String> options = null;
    if (component.has("values")) {
      options = new LinkedHashSet<>();
      for (JsonNode option : component.path("values")) {
        options.add(option.path("value").asText());
      }
    }
    String label = component.path("datetime".equals(type) ? "dateLabel" : "label").asText(component.path("key").asText());
    String hide = component.path("conditional").path("hide").asText(null);
    return new Field(component.path("key").asText(), label, type, component.path("subtype").asText(null),
        validate.path("required").asBoolean(false), intOrNull(validate.path("minLength")),
        intOrNull(validate.path("maxLength")), pattern(validate.path("pattern")), doubleOrNull(validate.path("min")),
        doubleOrNull(validate.path("max")), options == null ? null : Collections.unmodifiableSet(options),
        component.path("readonly").asBoolean(false), hide);
  }

  private static Integer intOrNull(JsonNode node) {
    return node.isNumber() ? node.asInt() : null;
  }

  private static Double doubleOrNull(JsonNode node) {
    return node.isNumber() ? node.asDouble() : null;
  }

  /** form-js patterns are JavaScript regular expressions matched against the whole value; ours are Java-compatible. */
  private static Pattern pattern(JsonNode node) {
    if (!node.isTextual() || node.asText().isEmpty()) {
      return null;
    }
    try {
      return Pattern.compile(node.asText());
    } catch (PatternSyntaxException e) {
      throw new IllegalStateException("Ogiltigt mönster i formuläret: " + node.asText(), e);
    }
  }

  /** The keys of all inputs, in form order. */
  public List<String> keys() {
    return new ArrayList<>(fields.keySet());
  }
}
