package se.samverka.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks every Camunda Form under {@code forms/} against the rules the application depends on: only field types that
 * Tasklist's form-js renders, bounded free text, and free text about a person under a key {@code pd_<category>_<name>},
 * so that {@link PersonalFields} keeps it out of the engine.
 */
class FormSchemaTests {

  private static final Path FORMS = Path.of("forms");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> INPUT_TYPES =
      Set.of("textfield", "textarea", "number", "checkbox", "checklist", "radio", "select", "datetime");
  private static final Set<String> OPTION_TYPES = Set.of("checklist", "radio", "select");
  private static final Set<String> TEXT_TYPES = Set.of("textfield", "textarea");
  /**
   * Free text that is not about a person: aggregate steering-group text, and supervision findings about a licensed
   * premises (a company; protocols are public records and the forms say to name no guests or staff), and the yearly
   * AAS/KMK report to the steering group ({@code annualReport}: counts compiled by the system, read-only in the form).
   */
  private static final Set<String> NON_PERSONAL_TEXTAREAS = Set.of("reportSummary", "reportComment", "decisionText",
      "taxFindings", "environmentFindings", "protocolRemarks", "policeFindings", "rescueFindings", "otherStatements",
      "responseSummary", "deviationReason", "planSummary", "annualReport", "policeReport",
      // EST is about places, never persons: the gate refuses a personnummer in these (forms/followup/est-*.form).
      "estUnitIncidents", "estFigures", "estSummary", "estMeetingNote", "estActionText", "estActionResultText");
  /** Choice fields whose options the server computes ({@code FormOptions}): the premises from the register. */
  private static final Set<String> SERVER_OPTIONS = Set.of("premisesRef", "district");
  private static final Pattern PERSONAL_KEY =
      Pattern.compile("pd_(grund|skola|socialtjanst|polis|fritid|plan)_[a-z_]+");

  static List<Path> formFiles() throws IOException {
    try (Stream<Path> files = Files.walk(FORMS)) {
      return files.filter(file -> file.getFileName().toString().endsWith(".form")).sorted().toList();
    }
  }

  @Test
  void everyFormOfTheSspfProcessesIsPresent() throws IOException {
    assertThat(formFiles()).as("forms under %s", FORMS.toAbsolutePath()).hasSizeGreaterThanOrEqualTo(13);
  }

  @ParameterizedTest
  @MethodSource("formFiles")
  void formIsJsonForCamunda7WithTheIdOfItsFileName(Path file) throws IOException {
    JsonNode form = read(file);
    String name = file.getFileName().toString();
    String expectedId = name.substring(0, name.length() - ".form".length());
    assertThat(form.path("id").asText()).as("%s: id", file).isEqualTo(expectedId);
    assertThat(form.path("executionPlatform").asText()).as("%s: executionPlatform", file).isEqualTo("Camunda Platform");
    assertThat(form.path("components").isArray()).as("%s: components is an array", file).isTrue();
  }

  @ParameterizedTest
  @MethodSource("formFiles")
  void componentsUseOnlyFieldTypesThatTasklistRenders(Path file) throws IOException {
    for (JsonNode component : components(read(file))) {
      String type = component.path("type").asText();
      assertThat("text".equals(type) || INPUT_TYPES.contains(type))
          .as("%s: component %s has the allowed type '%s'", file, component.path("id").asText(), type)
          .isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("formFiles")
  void componentIdsAndInputKeysAreUnique(Path file) throws IOException {
    List<JsonNode> components = components(read(file));
    List<String> ids = components.stream().map(component -> component.path("id").asText()).toList();
    List<String> keys = components.stream().filter(FormSchemaTests::isInput).map(FormSchemaTests::key).toList();
    assertThat(ids).as("%s: component ids", file).doesNotContain("").doesNotHaveDuplicates();
    assertThat(keys).as("%s: input keys", file).doesNotContain("").doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @MethodSource("formFiles")
  void everyInputHasALabel(Path file) throws IOException {
    for (JsonNode input : inputs(read(file))) {
      String labelProperty = "datetime".equals(input.path("type").asText()) ? "dateLabel" : "label";
      assertThat(input.path(labelProperty).asText())
          .as("%s: %s of key %s", file, labelProperty, key(input))
          .isNotBlank();
    }
  }

  @ParameterizedTest
  @MethodSource("formFiles")
  void freeTextHasAMaximumLength(Path file) throws IOException {
    for (JsonNode input : inputs(read(file))) {
      if (TEXT_TYPES.contains(input.path("type").asText())) {
        JsonNode maxLength = input.path("validate").path("maxLength");
        assertThat(maxLength.isInt()).as("%s: key %s has validate.maxLength", file, key(input)).isTrue();
        assertThat(maxLength.asInt()).as("%s: validate.maxLength of key %s", file, key(input)).isBetween(1, 4000);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("formFiles")
  void freeTextIsPersonalDataUnderAKnownCategory(Path file) throws IOException {
    for (JsonNode input : inputs(read(file))) {
      String key = key(input);
      // The follow-up forms (EST, BRÅ, lägesbild) hold no personal data at all: the gate refuses a personnummer there.
      if ("textarea".equals(input.path("type").asText()) && !NON_PERSONAL_TEXTAREAS.contains(key)
          && !file.startsWith(FORMS.resolve("followup"))) {
        assertThat(key).as("%s: textarea key %s is personal data", file, key).startsWith(PersonalFields.PREFIX);
      }
      if (key.startsWith(PersonalFields.PREFIX)) {
        assertThat(key).as("%s: personal key %s names a known category", file, key).matches(PERSONAL_KEY);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("formFiles")
  void choiceFieldsOfferDistinctValues(Path file) throws IOException {
    for (JsonNode input : inputs(read(file))) {
      if (OPTION_TYPES.contains(input.path("type").asText()) && input.has("valuesKey")) {
        // Options the server computes (FormOptions): the form lists none, and says where they come from.
        assertThat(key(input)).as("%s: key %s with options from the server", file, key(input))
            .isIn(SERVER_OPTIONS);
        assertThat(input.has("values")).as("%s: key %s lists no options of its own", file, key(input)).isFalse();
        continue;
      }
      if (OPTION_TYPES.contains(input.path("type").asText())) {
        List<String> values = new ArrayList<>();
        input.path("values").forEach(option -> values.add(option.path("value").asText()));
        assertThat(values).as("%s: values of key %s", file, key(input)).isNotEmpty().doesNotHaveDuplicates();
      }
    }
  }

  private static JsonNode read(Path file) throws IOException {
    try {
      JsonNode form = JSON.readTree(file.toFile());
      assertThat(form.isObject()).as("%s: a JSON object", file).isTrue();
      return form;
    } catch (JsonProcessingException e) {
      throw new AssertionError(file + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** All components, including those nested in the {@code components} of a container. */
  private static List<JsonNode> components(JsonNode parent) {
    List<JsonNode> all = new ArrayList<>();
    for (JsonNode component : parent.path("components")) {
      all.add(component);
      all.addAll(components(component));
    }
    return all;
  }

  private static List<JsonNode> inputs(JsonNode form) {
    return components(form).stream().filter(FormSchemaTests::isInput).toList();
  }

  private static boolean isInput(JsonNode component) {
    return INPUT_TYPES.contains(component.path("type").asText());
  }

  private static String key(JsonNode component) {
    return component.path("key").asText();
  }
}
