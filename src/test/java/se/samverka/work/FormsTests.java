package se.samverka.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.StaticApplicationContext;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import se.samverka.cases.IdentityNumberDetector;
import se.samverka.work.FormView.Item;
import se.samverka.workflow.ComputedOptions;
import se.samverka.workflow.FormOptions;
import se.samverka.workflow.SubmissionGate;
import se.samverka.workflow.SubmissionGate.Problem;

/**
 * The server-side renderer, component by component: every type our forms use, conditions evaluated by FEEL, options
 * narrowed by a {@link FormOptions} rule, markdown text with escaped variables, errors at their fields; and every
 * {@code .form} under {@code forms/} renders through the Thymeleaf templates without error.
 */
class FormsTests {

  private static final SubmissionGate GATE = new SubmissionGate(Set.of("caseId"), new IdentityNumberDetector(),
      new ScalaFeelEngineFactory().createInstance());
  private static final FormOptions ONLY_POLICE = new FormOptions() {
    @Override
    public boolean computes(String formId, String fieldKey) {
      return "test".equals(formId) && "parties".equals(fieldKey);
    }

    @Override
    public Map<String, String> options(String formId, String fieldKey, Map<String, String> declared,
        Map<String, Object> variables) {
      Map<String, String> narrowed = new LinkedHashMap<>(declared);
      narrowed.keySet().retainAll(Set.of("polis"));
      return narrowed;
    }
  };
  private static final Forms FORMS = new Forms(() -> GATE, new ComputedOptions(List.of(ONLY_POLICE)));

  private static final String TEST_FORM = """
      {"id":"test","components":[
       {"id":"Text_intro","type":"text","text":"### Rubrik\\n\\nEtt stycke med **fetstil**, [en länk](/arenden/{{caseId}}) och\\n\\n- en\\n- lista\\n\\n{{note}}\\n\\n<script>alert(1)</script>\\n\\n[farlig](javascript:alert%281%29)"},
       {"id":"Field_name","type":"textfield","key":"name","label":"Namn","description":"Som i registret","validate":{"required":true,"maxLength":20,"minLength":2}},
       {"id":"Field_summary","type":"textarea","key":"summary","label":"Sammanfattning","validate":{"maxLength":200}},
       {"id":"Field_count","type":"number","key":"count","label":"Antal","validate":{"min":1,"max":12}},
       {"id":"Field_acute","type":"checkbox","key":"acute","label":"Akut"},
       {"id":"Field_reason","type":"textfield","key":"reason","label":"Skäl","conditional":{"hide":"=acute != true"},"validate":{"required":true,"maxLength":40}},
       {"id":"Field_parties","type":"checklist","key":"parties","label":"Parter","values":[{"label":"Skola","value":"skola"},{"label":"Polis","value":"polis"}]},
       {"id":"Field_level","type":"radio","key":"level","label":"Nivå","values":[{"label":"Låg","value":"lag"},{"label":"Hög","value":"hog"}]},
       {"id":"Field_district","type":"select","key":"district","label":"Kommundel","values":[{"label":"Mariefred","value":"mariefred"}]},
       {"id":"Field_decided","type":"datetime","subtype":"date","key":"decidedOn","dateLabel":"Beslutsdatum"},
       {"id":"Field_year","type":"number","key":"year","label":"År","readonly":true},
       {"id":"Group_more","type":"group","label":"Mer","conditional":{"hide":"=level = \\"lag\\""},"components":[
         {"id":"Field_extra","type":"textfield","key":"extra","label":"Extra","validate":{"maxLength":10}}]}
      ]}
      """;

  private static FormDefinition form(String json) {
    return FormDefinition.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static Item item(FormView view, String id) {
    return flatten(view.components()).filter(i -> id.equals(i.id())).findFirst().orElseThrow();
  }

  private static Stream<Item> flatten(List<Item> items) {
    return items.stream().flatMap(i -> Stream.concat(Stream.of(i), flatten(i.components())));
  }

  @Test
  void rendersEveryComponentTypeWithItsLabelHintLimitsAndCurrentValue() {
    Map<String, Object> variables = Map.of("name", "Kim", "count", 3L, "parties", List.of("polis"), "level", "hog",
        "district", "mariefred", "decidedOn", "2026-11-30", "year", 2026L, "acute", true);
    FormView view = FORMS.view(form(TEST_FORM), variables, null, List.of(), true);

    Item name = item(view, "Field_name");
    assertThat(name.value()).isEqualTo("Kim");
    assertThat(name.required()).isTrue();
    assertThat(name.maxLength()).isEqualTo(20);
    assertThat(name.minLength()).isEqualTo(2);
    assertThat(name.describedBy()).isEqualTo("hjalp-falt-name");
    assertThat(item(view, "Field_count").min()).isEqualTo("1");
    assertThat(item(view, "Field_count").max()).isEqualTo("12");
    assertThat(item(view, "Field_count").value()).isEqualTo("3");
    assertThat(item(view, "Field_acute").checked()).isTrue();
    assertThat(item(view, "Field_level").choices()).extracting(FormView.Choice::label, FormView.Choice::selected)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Låg", false), org.assertj.core.groups.Tuple.tuple("Hög", true));
    assertThat(item(view, "Field_district").choices()).hasSize(1).first()
        .extracting(FormView.Choice::selected).isEqualTo(true);
    assertThat(item(view, "Field_decided").label()).isEqualTo("Beslutsdatum");
    assertThat(item(view, "Field_decided").value()).isEqualTo("2026-11-30");
    Item year = item(view, "Field_year");
    assertThat(year.readonly()).isTrue();
    assertThat(year.display()).isEqualTo("2026");
    assertThat(item(view, "Group_more").components()).extracting(Item::key).containsExactly("extra");
  }

  @Test
  void rendersMarkdownTextWithVariablesAsLiteralTextAndNoRawHtmlOrScriptLinks() {
    Map<String, Object> variables = Map.of("caseId", "abc-123", "note", "*inte kursiv* <b>inte fet</b>");
    String html = item(FORMS.view(form(TEST_FORM), variables, null, List.of(), true), "Text_intro").html();
    assertThat(html).contains("<h3>Rubrik</h3>", "<strong>fetstil</strong>", "href=\"/arenden/abc-123\">en länk</a>",
        "<li>en</li>", "*inte kursiv* &lt;b&gt;inte fet&lt;/b&gt;", "&lt;script&gt;");
    assertThat(html).contains(">farlig</a>");
    assertThat(html).doesNotContain("<script>", "href=\"javascript", "<em>inte kursiv</em>", "<b>");
  }

  @Test
  void hidesAFieldWhoseConditionHoldsForTheVariablesAndWhatWasEntered() {
    FormDefinition form = form(TEST_FORM);
    assertThat(item(FORMS.view(form, Map.of(), null, List.of(), true), "Field_reason").hidden()).isTrue();
    assertThat(item(FORMS.view(form, Map.of("acute", true), null, List.of(), true), "Field_reason").hidden()).isFalse();
    Map<String, Object> entered = new HashMap<>(Map.of("acute", true));
    assertThat(item(FORMS.view(form, Map.of("acute", false), entered, List.of(), true), "Field_reason").hidden())
        .as("what the user entered counts over the stored variable").isFalse();
    assertThat(FORMS.hidden(form, Map.of(), Map.of("level", "lag"))).contains("Group_more", "extra");
    assertThat(FORMS.hidden(form, Map.of(), Map.of("level", "hog", "acute", true)))
        .doesNotContain("Group_more", "extra", "reason");
  }

  @Test
  void offersOnlyTheOptionsTheServerComputes() {
    Item parties = item(FORMS.view(form(TEST_FORM), Map.of(), null, List.of(), true), "Field_parties");
    assertThat(parties.choices()).extracting(FormView.Choice::value).containsExactly("polis");
    var problems = FORMS.check(form(TEST_FORM), new HashMap<>(Map.of("name", "Kim", "parties", List.of("skola"))),
        Map.of());
    assertThat(problems).extracting(Problem::key, Problem::message)
        .contains(org.assertj.core.groups.Tuple.tuple("parties",
            "Fältet \"Parter\" har ett värde som inte finns bland valen"));
  }

  @Test
  void placesEachErrorAtItsFieldAndListsThemAllInTheSummary() {
    FormDefinition form = form(TEST_FORM);
    Map<String, Object> entered = new HashMap<>(Map.of("name", "K".repeat(25), "level", "hog"));
    List<Problem> problems = FORMS.check(form, FORMS.submission(form, entered, Map.of()), Map.of());
    problems = new java.util.ArrayList<>(problems);
    problems.add(new Problem(null, "Samtycket omfattar inte polis"));
    FormView view = FORMS.view(form, Map.of(), entered, problems, true);
    Item name = item(view, "Field_name");
    assertThat(name.error()).isEqualTo("Fältet \"Namn\" får vara högst 20 tecken (var 25)");
    assertThat(name.describedBy()).isEqualTo("hjalp-falt-name fel-falt-name");
    assertThat(name.value()).as("the value is kept").isEqualTo("K".repeat(25));
    assertThat(view.errors()).extracting(FormView.ErrorLink::message, FormView.ErrorLink::inputId).contains(
        org.assertj.core.groups.Tuple.tuple("Fältet \"Namn\" får vara högst 20 tecken (var 25)", "falt-name"),
        org.assertj.core.groups.Tuple.tuple("Samtycket omfattar inte polis", null));
  }

  @Test
  void mapsTheEnginesRefusalToTheFieldItNames() {
    var problems = FORMS.problemsOf("Fältet \"Antal\" får inte vara större än 12; Samtycket omfattar inte polis",
        form(TEST_FORM));
    assertThat(problems).extracting(Problem::key).containsExactly("count", null);
  }

  @Test
  void putsARefusalThatNamesItsFieldNextToThatFieldWholeEvenWithSemicolonsInIt() {
    var refusal = new se.samverka.workflow.InvalidFormInput("district", "Fel kommundel; välj en av: A; B");
    assertThat(FORMS.problemsOf(refusal, form(TEST_FORM))).singleElement()
        .isEqualTo(new Problem("district", "Fel kommundel; välj en av: A; B"));
    var elsewhere = new se.samverka.workflow.InvalidFormInput("finnsInte", "Fältet \"Antal\" är fel");
    assertThat(FORMS.problemsOf(elsewhere, form(TEST_FORM))).extracting(Problem::key).containsExactly("count");
  }

  @Test
  void readsAPageSubmissionTypedPerFieldAndNamesForgedKeys() {
    Map<String, String[]> parameters = new LinkedHashMap<>();
    parameters.put("_csrf", new String[] {"x"});
    parameters.put("count", new String[] {"12,5"});
    parameters.put("parties", new String[] {"skola", "polis"});
    parameters.put("summary", new String[] {"rad ett\r\nrad två"});
    parameters.put("caseId", new String[] {"forged"});
    EnteredValues entered = EnteredValues.fromParameters(form(TEST_FORM), parameters);
    assertThat(entered.values()).containsEntry("count", 12.5).containsEntry("acute", false)
        .containsEntry("parties", List.of("skola", "polis")).containsEntry("summary", "rad ett\nrad två");
    assertThat(entered.problems()).extracting(Problem::message)
        .containsExactly("Fältet \"caseId\" finns inte i formuläret");
  }

  @Test
  void readOnlyFormsShowValuesAsWords() {
    Map<String, Object> variables = Map.of("level", "hog", "acute", true, "parties", List.of("polis"));
    FormView view = FORMS.view(form(TEST_FORM), variables, null, List.of(), false);
    assertThat(item(view, "Field_level").display()).isEqualTo("Hög");
    assertThat(item(view, "Field_acute").display()).isEqualTo("Ja");
    assertThat(item(view, "Field_parties").display()).isEqualTo("Polis");
    assertThat(item(view, "Field_name").display()).isEqualTo("Inget angivet");
  }

  static List<Path> formFiles() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("forms"))) {
      return files.filter(file -> file.toString().endsWith(".form")).sorted().toList();
    }
  }

  private static final TemplateEngine TEMPLATES = templates();

  private static TemplateEngine templates() {
    var resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setCharacterEncoding("UTF-8");
    var engine = new org.thymeleaf.spring6.SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    engine.setEnableSpringELCompiler(false);
    return engine;
  }

  @ParameterizedTest
  @MethodSource("formFiles")
  void everyDeployedFormRendersWithoutErrorEditableAndReadOnly(Path file) throws IOException {
    FormDefinition form;
    try (var json = Files.newInputStream(file)) {
      form = FormDefinition.parse(json);
    }
    for (boolean editable : List.of(true, false)) {
      FormView view = FORMS.view(form, Map.of("caseId", "abc"), null, List.of(), editable);
      Context context = new Context(java.util.Locale.forLanguageTag("sv"));
      context.setVariable("form", view);
      var spring = new StaticApplicationContext();
      spring.refresh();
      context.setVariable(org.thymeleaf.spring6.expression.ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
          new org.thymeleaf.spring6.expression.ThymeleafEvaluationContext(spring, null));
      String html = TEMPLATES.process("formular-test", context);
      for (var input : form.inputs()) {
        assertThat(html).as("%s: %s", file, input.key()).contains(editable && !input.readonly()
            ? "name=\"" + input.key() + "\"" : input.label() == null ? "" : escape(input.label()));
      }
      assertThat(html).as("%s: no inline script or style", file).doesNotContain("<script", "style=", " onclick");
    }
  }

  private static String escape(String text) {
    return org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8").replace("&quot;", "\"");
  }
}
