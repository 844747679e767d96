package se.samverka.work;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.samverka.workflow.FormSchema;

/**
 * A deployed Camunda Form (form-js JSON) as the server renders it: its components in order, groups with their own
 * components, and the {@link FormSchema} the submission gate checks it by.
 */
public record FormDefinition(String id, List<Component> components, FormSchema schema) {

  private static final ObjectMapper JSON = new ObjectMapper();
  static final Set<String> INPUTS =
      Set.of("textfield", "textarea", "number", "checkbox", "checklist", "radio", "select", "datetime");

  /** One component: a text block, an input or a group. Absent properties are null. */
  public record Component(String id, String type, String key, String label, String description, boolean required,
      boolean readonly, String hide, Integer minLength, Integer maxLength, Double min, Double max,
      Map<String, String> options, String text, List<Component> components) {

    public boolean isInput() {
      return INPUTS.contains(type) && key != null;
    }

    public boolean isGroup() {
      return "group".equals(type);
    }

    public boolean hasOptions() {
      return "select".equals(type) || "radio".equals(type) || "checklist".equals(type);
    }
  }

  public static FormDefinition parse(InputStream json) {
    try {
      JsonNode form = JSON.readTree(json);
      return new FormDefinition(form.path("id").asText(), components(form),
          FormSchema.parse(form));
    } catch (IOException e) {
      throw new IllegalStateException("Formuläret kan inte läsas", e);
    }
  }

  private static List<Component> components(JsonNode parent) {
    List<Component> components = new ArrayList<>();
    int index = 0;
    for (JsonNode node : parent.path("components")) {
      index++;
      String type = node.path("type").asText();
      String key = INPUTS.contains(type) ? textOrNull(node.path("key")) : null;
      String id = textOrNull(node.path("id"));
      if (id == null || !id.matches("[A-Za-z0-9_-]{1,80}")) {
        id = (key != null ? key : type) + "-" + index;
      }
      JsonNode validate = node.path("validate");
      Map<String, String> options = null;
      if (node.has("values")) {
        options = new LinkedHashMap<>();
        for (JsonNode option : node.path("values")) {
          String value = option.path("value").asText();
          options.put(value, option.path("label").asText(value));
        }
        options = Collections.unmodifiableMap(options);
      } else if (node.has("valuesKey")) {
        options = Map.of();
      }
      String label = textOrNull(node.path("datetime".equals(type) ? "dateLabel" : "label"));
      components.add(new Component(id, type, key, label == null && key != null ? key : label,
          textOrNull(node.path("description")), validate.path("required").asBoolean(false),
          node.path("readonly").asBoolean(false) || node.path("disabled").asBoolean(false),
          textOrNull(node.path("conditional").path("hide")), intOrNull(validate.path("minLength")),
          intOrNull(validate.path("maxLength")), doubleOrNull(validate.path("min")), doubleOrNull(validate.path("max")),
          options, textOrNull(node.path("text")), node.has("components") ? components(node) : List.of()));
    }
    return Collections.unmodifiableList(components);
  }

  /** Every input of the form, groups flattened, in form order. */
  public List<Component> inputs() {
    List<Component> inputs = new ArrayList<>();
    collect(components, inputs);
    return inputs;
  }

  private static void collect(List<Component> components, List<Component> inputs) {
    for (Component component : components) {
      if (component.isInput()) {
        inputs.add(component);
      }
      collect(component.components(), inputs);
    }
  }

  public Component input(String key) {
    return inputs().stream().filter(input -> input.key().equals(key)).findFirst().orElse(null);
  }

  private static String textOrNull(JsonNode node) {
    return node.isTextual() && !node.asText().isEmpty() ? node.asText() : null;
  }

  private static Integer intOrNull(JsonNode node) {
    return node.isNumber() ? node.asInt() : null;
  }

  private static Double doubleOrNull(JsonNode node) {
    return node.isNumber() ? node.asDouble() : null;
  }
}
