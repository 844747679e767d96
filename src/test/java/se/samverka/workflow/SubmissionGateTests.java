package se.samverka.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.samverka.cases.IdentityNumberDetector;
import se.samverka.support.TestPersons;

/**
 * The submission gate's rules, field by field, and — generated for every deployed form — the four hostile submissions
 * of the issue: a key no form has, a value outside a field's options, an over-long value and a personnummer in a plain
 * field. The gate runs inside the engine for every interface (see {@code SubmissionGateIntegrationTests}).
 */
class SubmissionGateTests {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SubmissionGate GATE = new SubmissionGate(Set.of("caseId", "year"),
      new IdentityNumberDetector(), new ScalaFeelEngineFactory().createInstance());
  private static final String PERSONNUMMER = TestPersons.identityNumber(14);

  private static FormSchema form(String components) throws Exception {
    return FormSchema.parse(JSON.readTree("{\"id\":\"test\",\"components\":[" + components + "]}"));
  }

  private static final String FIELDS = """
      {"type":"textfield","key":"reference","label":"Diarienummer","validate":{"maxLength":20,"pattern":"^[A-Z0-9-]+$"}},
      {"type":"textarea","key":"summary","label":"Sammanfattning","validate":{"maxLength":200}},
      {"type":"select","key":"district","label":"Kommundel","values":[{"value":"mariefred"},{"value":"strangnas"}],
       "validate":{"required":true}},
      {"type":"checklist","key":"parties","label":"Parter","values":[{"value":"skola"},{"value":"polis"}]},
      {"type":"checkbox","key":"acute","label":"Akut"},
      {"type":"number","key":"count","label":"Antal","validate":{"min":1,"max":12}},
      {"type":"datetime","subtype":"date","key":"decidedOn","dateLabel":"Beslutsdatum"},
      {"type":"textarea","key":"pd_skola_underlag","label":"Underlag","validate":{"maxLength":100}},
      {"type":"textfield","key":"reason","label":"Skäl","conditional":{"hide":"=acute != true"},
       "validate":{"required":true,"maxLength":20}},
      {"type":"number","key":"year","label":"År","readonly":true}
      """;

  private static List<String> check(Map<String, Object> submitted) throws Exception {
    return GATE.check(form(FIELDS), submitted, Map.of("year", 2026));
  }

  private static Map<String, Object> valid() {
    Map<String, Object> values = new HashMap<>();
    values.put("district", "mariefred");
    return values;
  }

  private static Map<String, Object> with(String key, Object value) {
    Map<String, Object> values = valid();
    values.put(key, value);
    return values;
  }

  @Test
  void acceptsWhatTheFormWouldSend() throws Exception {
    Map<String, Object> values = valid();
    values.put("reference", "MIL-2026-17");
    values.put("summary", "Två besök.\nInga anmärkningar.");
    values.put("parties", List.of("skola", "polis"));
    values.put("acute", false);
    values.put("count", 3L);
    values.put("decidedOn", "2026-11-29");
    values.put("pd_skola_underlag", "Eleven " + PERSONNUMMER + " har hög frånvaro");
    values.put("year", 2026L);
    assertThat(check(values)).isEmpty();
  }

  @Test
  void refusesAKeyThatNoFieldHasAndNamesIt() throws Exception {
    assertThat(check(with("isAdmin", true))).containsExactly("Fältet \"isAdmin\" finns inte i formuläret");
  }

  @Test
  void refusesAVariableThatAModuleOwnsEvenWhenTheFormLacksIt() throws Exception {
    assertThat(check(with("caseId", "another-agencys-case")))
        .containsExactly("Fältet \"caseId\" sätts av Samverka och kan inte skickas in");
  }

  @Test
  void aReadOnlyFieldMayComeBackUnchangedButNotChanged() throws Exception {
    assertThat(check(with("year", 2026L))).isEmpty();
    assertThat(check(with("year", 2025L))).containsExactly("Fältet \"År\" visas bara och kan inte ändras");
  }

  @Test
  void refusesAValueOutsideTheOptions() throws Exception {
    assertThat(check(with("district", "stockholm"))).containsExactly(
        "Fältet \"Kommundel\" har ett värde som inte finns bland valen");
    assertThat(check(with("parties", List.of("skola", "socialtjanst")))).containsExactly(
        "Fältet \"Parter\" har ett värde som inte finns bland valen");
  }

  @Test
  void refusesTooLongTextBeforeItReachesTheDatabase() throws Exception {
    assertThat(check(with("summary", "x".repeat(1_000_000)))).containsExactly(
        "Fältet \"Sammanfattning\" får vara högst 200 tecken (var 1000000)");
  }

  @Test
  void refusesTextOutsideThePatternAndControlCharacters() throws Exception {
    assertThat(check(with("reference", "mil 17"))).containsExactly("Fältet \"Diarienummer\" har fel format");
    assertThat(check(with("summary", "a\u0000b"))).containsExactly(
        "Fältet \"Sammanfattning\" innehåller otillåtna styrtecken");
    assertThat(check(with("reference", "A\nB"))).containsExactly(
        "Fältet \"Diarienummer\" innehåller otillåtna styrtecken");
  }

  @Test
  void refusesValuesOfTheWrongType() throws Exception {
    assertThat(check(with("acute", "true"))).containsExactly("Fältet \"Akut\" ska vara sant eller falskt");
    assertThat(check(with("count", "3"))).containsExactly("Fältet \"Antal\" ska vara ett tal");
    assertThat(check(with("district", 7L))).containsExactly("Fältet \"Kommundel\" ska vara text");
    assertThat(check(with("decidedOn", "29/11/2026"))).containsExactly(
        "Fältet \"Beslutsdatum\" ska vara ett datum (ÅÅÅÅ-MM-DD)");
    assertThat(check(with("parties", Map.of("a", "b")))).containsExactly("Fältet \"Parter\" ska vara en lista av val");
    assertThat(check(with("count", Double.NaN))).containsExactly("Fältet \"Antal\" ska vara ett tal");
  }

  @Test
  void refusesSerializedObjectsInEveryField() throws Exception {
    var object = Variables.serializedObjectValue("{\"x\":1}").serializationDataFormat("application/json")
        .objectTypeName("java.util.HashMap").create();
    assertThat(check(with("summary", object))).containsExactly("Fältet \"Sammanfattning\" har en otillåten typ");
    // As the REST API hands it over: in a variable map, never deserialized.
    var javaSerialized = Variables.serializedObjectValue("rO0AB").serializationDataFormat(
        "application/x-java-serialized-object").objectTypeName("java.util.Date").create();
    assertThat(GATE.check(form(FIELDS), Variables.createVariables().putValueTyped("district", Variables.stringValue(
        "mariefred")).putValueTyped("summary", javaSerialized), Map.of()))
        .containsExactly("Fältet \"Sammanfattning\" har en otillåten typ");
  }

  @Test
  void acceptsAChecklistSentBackWithTheTypeOfTheListItReplaces() throws Exception {
    var list = Variables.serializedObjectValue("[\"skola\"]").serializationDataFormat("application/json")
        .objectTypeName("java.util.ArrayList<java.lang.Object>").create();
    assertThat(check(with("parties", list))).isEmpty();
    var json = Variables.serializedObjectValue("[\"skola\"]").serializationDataFormat("application/json")
        .objectTypeName("java.util.ArrayList").create();
    assertThat(check(with("parties", json))).isEmpty();
    var other = Variables.serializedObjectValue("{}").serializationDataFormat("application/json")
        .objectTypeName("com.example.Gadget").create();
    assertThat(check(with("parties", other))).containsExactly("Fältet \"Parter\" har en otillåten typ");
  }

  @Test
  void refusesNumbersOutsideTheirRange() throws Exception {
    assertThat(check(with("count", 13L))).containsExactly("Fältet \"Antal\" får inte vara större än 12");
    assertThat(check(with("count", 0))).containsExactly("Fältet \"Antal\" får inte vara mindre än 1");
  }

  @Test
  void refusesAPersonnummerInAPlainFieldInEveryNotation() throws Exception {
    String twelve = TestPersons.twelveDigits(PERSONNUMMER);
    for (String notation : List.of(PERSONNUMMER, PERSONNUMMER.replace("-", ""), twelve,
        twelve.substring(0, 8) + "-" + twelve.substring(8))) {
      assertThat(check(with("summary", "Gäller " + notation))).as(notation).singleElement()
          .asString().startsWith("Fältet \"Sammanfattning\" innehåller ett personnummer");
    }
  }

  @Test
  void letsDatesAndReferenceNumbersThrough() throws Exception {
    assertThat(check(with("summary", "Beslut 2026-11-29, dnr 2026-000123, tel 08-123 456 78"))).isEmpty();
  }

  @Test
  void requiresRequiredFieldsUnlessTheFormHidesThem() throws Exception {
    assertThat(check(Map.of())).containsExactly("Fältet \"Kommundel\" är obligatoriskt");
    assertThat(check(with("acute", true))).containsExactly("Fältet \"Skäl\" är obligatoriskt");
    assertThat(check(with("acute", false))).isEmpty();
  }

  @Test
  void refusesAValueForAFieldThatTheFormHidesForTheseAnswers() throws Exception {
    Map<String, Object> values = with("acute", false);
    values.put("reason", "Förbi formuläret");
    assertThat(check(values)).containsExactly(
        "Fältet \"Skäl\" visas inte i formuläret för de här svaren och kan inte skickas in");
    values.put("acute", true);
    assertThat(check(values)).isEmpty();
  }

  @Test
  void aStepWithoutAFormTakesNoValues() {
    assertThat(GATE.check(null, Map.of(), Map.of())).isEmpty();
    assertThat(GATE.check(null, Map.of("x", 1), Map.of()))
        .containsExactly("Steget har inget formulär och tar inte emot fältet \"x\"");
  }

  @Test
  void repeatsNoMoreThanTheStartOfALongKey() throws Exception {
    String key = "k".repeat(100_000);
    assertThat(check(with(key, "v"))).singleElement().asString().hasSizeLessThan(100);
  }

  @Test
  void directWritesOfAnAdministratorCarryNoPersonalData() {
    assertThat(GATE.checkDirectWrite(Map.of("pd_grund_fornamn", "Kim"))).hasSize(1);
    assertThat(GATE.checkDirectWrite(Map.of("note", "Gäller " + PERSONNUMMER))).hasSize(1);
    assertThat(GATE.checkDirectWrite(Map.of("decidedOn", new Date(), "count", 3))).isEmpty();
  }

  // --- generated for every deployed form

  static List<Path> formFiles() throws Exception {
    return FormSchemaTests.formFiles();
  }

  @ParameterizedTest
  @MethodSource("formFiles")
  void everyFormRefusesAnUnknownKey(Path file) throws Exception {
    FormSchema form = FormSchema.parse(Files.newInputStream(file));
    assertThat(GATE.check(form, Map.of("noSuchField", "x"), Map.of()))
        .contains("Fältet \"noSuchField\" finns inte i formuläret");
  }

  @ParameterizedTest
  @MethodSource("formFiles")
  void everyFormRefusesValuesOutsideItsOptions(Path file) throws Exception {
    FormSchema form = FormSchema.parse(Files.newInputStream(file));
    for (FormSchema.Field field : editable(form)) {
      if (field.options() == null) {
        continue;
      }
      Object outside = "checklist".equals(field.type()) ? List.of("inte-ett-val") : "inte-ett-val";
      assertThat(GATE.check(form, Map.of(field.key(), outside), Map.of()))
          .as("%s: %s", file, field.key())
          .contains("Fältet \"" + field.label() + "\" har ett värde som inte finns bland valen");
    }
  }

  @ParameterizedTest
  @MethodSource("formFiles")
  void everyFormRefusesOverLongText(Path file) throws Exception {
    FormSchema form = FormSchema.parse(Files.newInputStream(file));
    for (FormSchema.Field field : editable(form)) {
      if (!field.isText()) {
        continue;
      }
      assertThat(field.maxLength()).as("%s: %s has a maxLength", file, field.key()).isNotNull();
      assertThat(GATE.check(form, Map.of(field.key(), "a".repeat(field.maxLength() + 1)), Map.of()))
          .as("%s: %s", file, field.key())
          .anySatisfy(message -> assertThat(message).startsWith("Fältet \"" + field.label() + "\" får vara högst"));
    }
  }

  @ParameterizedTest
  @MethodSource("formFiles")
  void everyFormRefusesAPersonnummerInAPlainField(Path file) throws Exception {
    FormSchema form = FormSchema.parse(Files.newInputStream(file));
    for (FormSchema.Field field : editable(form)) {
      if (!field.isText() || PersonalFields.isPersonal(field.key())) {
        continue;
      }
      String value = PERSONNUMMER.length() <= field.maxLength() ? PERSONNUMMER : PERSONNUMMER.replace("-", "");
      assertThat(GATE.check(form, Map.of(field.key(), value), Map.of()))
          .as("%s: %s", file, field.key())
          .anySatisfy(message -> assertThat(message).startsWith("Fältet \"" + field.label()
              + "\" innehåller ett personnummer"));
    }
  }

  @ParameterizedTest
  @MethodSource("formFiles")
  void noFormLetsAClientEditAVariableThatAModuleOwns(Path file) throws Exception {
    FormSchema form = FormSchema.parse(Files.newInputStream(file));
    assertThat(editable(form)).extracting(FormSchema.Field::key).as("%s", file)
        .doesNotContainAnyElementsOf(OwnedVariablesTests.allOwned());
  }

  private static List<FormSchema.Field> editable(FormSchema form) {
    List<FormSchema.Field> fields = new ArrayList<>();
    form.fields().values().stream().filter(field -> !field.readonly()).forEach(fields::add);
    return fields;
  }
}
