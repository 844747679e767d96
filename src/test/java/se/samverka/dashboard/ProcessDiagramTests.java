package se.samverka.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The process picture: every deployed BPMN file draws as well-formed SVG with a shape per placed step and a path per
 * flow, texts from the model come out inert, the heat classes and their Swedish legend follow from known durations, a
 * step with figures links to its case numbers and says its figures, and a model without a diagram gives a Swedish note.
 */
class ProcessDiagramTests {

  private static final Function<String, String> LINK = step -> "/oversikt/steg/" + step;
  private final ProcessDiagram diagram = new ProcessDiagram();

  static Stream<Path> models() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("bpmn"))) {
      return files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyProcessFileDrawsAShapePerPlacedStepAndAPathPerFlowAsWellFormedSvg(Path file) throws Exception {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    Map<String, StepFigure> figures = figuresForEveryTask(model);

    String svg = diagram.svg(model, figures, LINK);

    Document document = parse(svg);
    Set<String> placedSteps = new HashSet<>();
    Set<String> placedFlows = new HashSet<>();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      if (shape.getBpmnElement() instanceof FlowNode node) {
        placedSteps.add(node.getId());
      }
    }
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      if (edge.getBpmnElement() instanceof SequenceFlow flow && edge.getWaypoints().size() >= 2) {
        placedFlows.add(flow.getId());
      }
    }
    assertThat(placedSteps).isNotEmpty();
    assertThat(dataBpmn(document, "g")).containsExactlyInAnyOrderElementsOf(placedSteps);
    assertThat(dataBpmn(document, "path")).containsExactlyInAnyOrderElementsOf(placedFlows);
    assertThat(document.getDocumentElement().getAttribute("role")).isEqualTo("group");
    assertThat(document.getDocumentElement().getAttribute("viewBox")).matches("-?\\d+ -?\\d+ \\d+ \\d+");
    assertThat(svg).doesNotContain("style=").doesNotContainIgnoringCase("<script");
    assertThat(attributeNames(document)).noneMatch(name -> name.equals("style") || name.startsWith("on"));
    assertThat(document.getElementsByTagName("a").getLength()).isEqualTo(figures.size());
  }

  @Test
  void namesWithMarkupQuotesAndAmpersandsComeOutAsInertText() throws Exception {
    String hostile = "<script>alert(1)</script> & \"citat\" 'enkla'";
    BpmnModelInstance model = Bpmn.createExecutableProcess("farlig").name(hostile)
        .startEvent("Start").name(hostile)
        .userTask("Farlig").name(hostile)
        .endEvent("Slut").done();
    Function<String, String> hostileLink = step -> "/steg/" + step + "?a=1&b=\"><script>alert(2)</script>";

    String svg = diagram.svg(model, Map.of("Farlig", new StepFigure(3, Duration.ofDays(2), Duration.ofDays(4), 1)),
        hostileLink);

    assertThat(svg).doesNotContainIgnoringCase("<script").doesNotContain("\"citat\"").doesNotContain("'enkla'")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;citat&quot; &#39;enkla&#39;");
    Document document = parse(svg);
    assertThat(document.getElementsByTagName("script").getLength()).isZero();
    Element link = (Element) document.getElementsByTagName("a").item(0);
    assertThat(link.getAttribute("href")).isEqualTo("/steg/Farlig?a=1&b=\"><script>alert(2)</script>");
    assertThat(link.getTextContent()).contains("<script>alert(1)</script>");

    String scripted = diagram.svg(model, Map.of("Farlig", StepFigure.of(3, null, null)),
        step -> " JavaScript:alert(3)");
    assertThat(parse(scripted).getElementsByTagName("a").getLength()).isZero();
    assertThat(ProcessDiagram.safeLink("/oversikt/steg/A?fran=2026-01-01T00:00")).isNotNull();
    assertThat(ProcessDiagram.safeLink("https://samverka.example/steg")).isNotNull();
    assertThat(ProcessDiagram.safeLink("data:text/html,x")).isNull();
    assertThat(ProcessDiagram.safeLink("java\tscript:alert(4)")).isNull();
  }

  @Test
  void aStepWithFiguresLinksToItsCaseNumbersAndSaysItsFiguresInItsTitle() throws Exception {
    BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("bpmn/sspf/sspf-arende.bpmn").toFile());
    Map<String, StepFigure> figures = Map.of("AssessReferralTask",
        new StepFigure(12, Duration.ofDays(3), Duration.ofDays(9), 4));

    Document document = parse(diagram.svg(model, figures, LINK));

    NodeList links = document.getElementsByTagName("a");
    assertThat(links.getLength()).isEqualTo(1);
    Element link = (Element) links.item(0);
    assertThat(link.getAttribute("href")).isEqualTo("/oversikt/steg/AssessReferralTask");
    Element title = (Element) link.getElementsByTagName("title").item(0);
    assertThat(title.getTextContent())
        .isEqualTo("Bedöm aktualiseringen: 12 väntar, median 3 dagar, 90:e percentilen 9 dagar");
    Element step = (Element) link.getElementsByTagName("g").item(0);
    assertThat(step.getAttribute("data-bpmn")).isEqualTo("AssessReferralTask");
    assertThat(step.getAttribute("class")).contains("pd-varme-4");
    assertThat(link.getTextContent()).contains("12");
    assertThat(elementsWithFill(step, HeatScale.fill(4))).isPositive();
  }

  @Test
  void forAggregatesOnlyWithoutLinksNoStepIsALinkAndCountsBelowFiveAreSuppressed() throws Exception {
    BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("bpmn/sspf/sspf-arende.bpmn").toFile());
    Map<String, StepFigure> figures = Map.of("AssessReferralTask", StepFigure.of(2, null, null));

    String svg = diagram.svg(model, figures, step -> null, true);

    Document document = parse(svg);
    assertThat(document.getElementsByTagName("a").getLength()).isZero();
    assertThat(svg).contains("Bedöm aktualiseringen: färre än 5 väntar, ingen tid uppmätt ännu").contains("&lt;5");
  }

  @Test
  void knownMediansGiveKnownHeatLevelsAndSwedishLegendTexts() {
    Map<String, Duration> medians = new LinkedHashMap<>();
    medians.put("a", Duration.ofHours(6));
    medians.put("b", Duration.ofDays(1));
    medians.put("c", Duration.ofDays(3));
    medians.put("d", Duration.ofDays(5));
    medians.put("e", Duration.ofDays(10));
    medians.put("f", null);

    assertThat(StepFigure.heatLevels(medians))
        .containsExactly(Map.entry("a", 1), Map.entry("b", 2), Map.entry("c", 3), Map.entry("d", 4),
            Map.entry("e", 5), Map.entry("f", 0));
    HeatScale scale = HeatScale.of(medians.values());
    assertThat(scale.legend()).extracting(HeatScale.Entry::text)
        .containsExactly("under 1 dag", "1–3 dagar", "3–5 dagar", "5–10 dagar", "10 dagar eller mer",
            "ingen uppgift om tid");
    assertThat(scale.level(Duration.ofHours(23))).isEqualTo(1);
    assertThat(scale.level(Duration.ofDays(2))).isEqualTo(2);
    assertThat(scale.level(Duration.ofDays(400))).isEqualTo(5);
  }

  @Test
  void cutsRoundToWholeHoursOrDaysAndMixedUnitsAreWrittenOut() {
    HeatScale scale = HeatScale.of(List.of(Duration.ofMinutes(20), Duration.ofMinutes(190), Duration.ofHours(14),
        Duration.ofHours(30), Duration.ofDays(12)));

    assertThat(scale.cuts()).containsExactly(Duration.ofHours(3), Duration.ofHours(14), Duration.ofDays(1),
        Duration.ofDays(12));
    assertThat(scale.legend()).extracting(HeatScale.Entry::text)
        .containsExactly("under 3 timmar", "3–14 timmar", "14 timmar–1 dag", "1–12 dagar", "12 dagar eller mer",
            "ingen uppgift om tid");
  }

  @Test
  void stepsThatTakeMuchTheSameTimeShareFewerClassesSpreadOverThePalette() {
    HeatScale same = HeatScale.of(List.of(Duration.ofDays(2), Duration.ofDays(2), Duration.ofDays(2)));
    assertThat(same.classes()).isEqualTo(1);
    assertThat(same.level(Duration.ofDays(2))).isEqualTo(1);
    assertThat(same.legend()).extracting(HeatScale.Entry::text).containsExactly("2 dagar", "ingen uppgift om tid");

    HeatScale two = HeatScale.of(List.of(Duration.ofDays(1), Duration.ofDays(1), Duration.ofDays(1),
        Duration.ofDays(8), Duration.ofDays(8)));
    assertThat(two.level(Duration.ofDays(1))).isEqualTo(1);
    assertThat(two.level(Duration.ofDays(8))).isEqualTo(5);
    assertThat(two.legend()).extracting(HeatScale.Entry::text)
        .containsExactly("under 8 dagar", "8 dagar eller mer", "ingen uppgift om tid");

    HeatScale none = HeatScale.of(List.of());
    assertThat(none.level(null)).isZero();
    assertThat(none.legend()).extracting(HeatScale.Entry::text).containsExactly("ingen uppgift om tid");
  }

  @Test
  void figuresAreWrittenInSwedish() {
    assertThat(DiagramTexts.count(1234)).isEqualTo("1\u00a0234");
    assertThat(DiagramTexts.duration(Duration.ofSeconds(20))).isEqualTo("under 1 minut");
    assertThat(DiagramTexts.duration(Duration.ofMinutes(1))).isEqualTo("1 minut");
    assertThat(DiagramTexts.duration(Duration.ofMinutes(40))).isEqualTo("40 minuter");
    assertThat(DiagramTexts.duration(Duration.ofMinutes(70))).isEqualTo("1 timme");
    assertThat(DiagramTexts.duration(Duration.ofHours(5))).isEqualTo("5 timmar");
    assertThat(DiagramTexts.duration(Duration.ofHours(24))).isEqualTo("1 dag");
    assertThat(DiagramTexts.duration(Duration.ofHours(60))).isEqualTo("2,5 dagar");
    assertThat(DiagramTexts.duration(Duration.ofDays(1234))).isEqualTo("1\u00a0234 dagar");
    assertThat(DiagramTexts.duration(null)).isEqualTo("ingen uppgift");
    assertThat(DiagramTexts.waiting(4, true)).isEqualTo("färre än 5");
    assertThat(DiagramTexts.waiting(4, false)).isEqualTo("4");
    assertThat(DiagramTexts.waiting(5, true)).isEqualTo("5");
  }

  @Test
  void aStepWithoutItsShapeIsLeftOutOfThePictureButNotOutOfTheTable() throws Exception {
    BpmnModelInstance model = Bpmn.createExecutableProcess("utan").name("Utan ritning för ett steg")
        .startEvent("Start").userTask("Synlig").name("Synlig uppgift").userTask("Osynlig").name("Osynlig uppgift")
        .endEvent("Slut").done();
    BpmnShape hidden = model.getModelElementsByType(BpmnShape.class).stream()
        .filter(s -> "Osynlig".equals(s.getBpmnElement().getId())).findFirst().orElseThrow();
    hidden.getParentElement().removeChildElement(hidden);
    Map<String, StepFigure> figures = new LinkedHashMap<>();
    figures.put("Synlig", StepFigure.of(7, Duration.ofDays(1), Duration.ofDays(2)));
    figures.put("Osynlig", StepFigure.of(9, Duration.ofDays(3), Duration.ofDays(5)));
    figures.put("Borttagen", StepFigure.of(1, null, null));
    StepFigure.Heated heated = StepFigure.withHeat(figures);

    DiagramView view = diagram.view(model, heated.figures(), LINK, heated.scale(), false);

    Document document = parse(view.svg());
    assertThat(dataBpmn(document, "g")).containsExactlyInAnyOrder("Start", "Synlig", "Slut");
    assertThat(view.rows()).extracting(DiagramView.StepRow::name)
        .containsExactly("Synlig uppgift", "Osynlig uppgift", "Steg som inte finns i ritningen");
    assertThat(view.rows()).extracting(DiagramView.StepRow::waiting).containsExactly("7", "9", "1");
    assertThat(view.rows().get(0).href()).isEqualTo("/oversikt/steg/Synlig");
    assertThat(view.message()).isNull();
  }

  @Test
  void aModelWithoutADiagramGivesASwedishNoteAndStillTheTable() {
    String xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="https://samverka.se">
          <process id="ritningslos" name="Utan ritning" isExecutable="true">
            <startEvent id="Start"/>
            <userTask id="Uppgift" name="Gör något"/>
            <sequenceFlow id="F1" sourceRef="Start" targetRef="Uppgift"/>
          </process>
        </definitions>
        """;
    BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    Map<String, StepFigure> figures = Map.of("Uppgift", new StepFigure(2, Duration.ofHours(3), Duration.ofHours(8), 1));

    assertThatCode(() -> diagram.svg(model, figures, LINK)).doesNotThrowAnyException();
    DiagramView view = diagram.view(model, figures, LINK, HeatScale.of(List.of(Duration.ofHours(3))), false);

    assertThat(diagram.svg(model, figures, LINK)).isEmpty();
    assertThat(view.hasPicture()).isFalse();
    assertThat(view.message()).startsWith("Processen saknar ritning");
    assertThat(view.title()).isEqualTo("Utan ritning");
    assertThat(view.rows()).singleElement().satisfies(row -> {
      assertThat(row.name()).isEqualTo("Gör något");
      assertThat(row.median()).isEqualTo("3 timmar");
      assertThat(row.p90()).isEqualTo("8 timmar");
      assertThat(row.heatText()).isEqualTo("3 timmar");
    });
  }

  @Test
  void theFragmentShowsThePictureTheLegendAndTheTableWithCaptionAndScopes() throws Exception {
    BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("bpmn/sspf/sspf-arende.bpmn").toFile());
    StepFigure.Heated heated = StepFigure.withHeat(figuresForEveryTask(model));
    DiagramView view = diagram.view(model, heated.figures(), LINK, heated.scale(), false);
    String html = render(view);

    assertThat(html).contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pd\"")
        .contains("aria-label=\"Processbild: SSPF-ärende\"").contains("tabindex=\"0\"")
        .contains("<caption id=\"sspf-tabell\">SSPF-ärende: väntande ärenden och tid per steg</caption>")
        .contains("<th scope=\"col\" class=\"tal\">Väntar nu</th>")
        .contains("<th scope=\"row\">Bedöm aktualiseringen</th>")
        .contains("href=\"/oversikt/steg/AssessReferralTask\">Visa")
        .contains("Teckenförklaring").doesNotContain("style=")
        .contains("<th scope=\"row\">Registrera att orosanmälan krävs</th>")
        .contains("<th scope=\"row\">Registrera att orosanmälan krävs (i Akut oro under ärendet)</th>");
    for (HeatScale.Entry entry : heated.scale().legend()) {
      assertThat(html).contains(entry.text());
    }
    assertThat(html).contains("<title>Registrera att orosanmälan krävs (i Akut oro under ärendet): ");
  }

  /** The fragment as the dashboard page would include it. */
  private static String render(DiagramView view) {
    ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
    files.setPrefix("templates/");
    files.setSuffix(".html");
    files.setCharacterEncoding("UTF-8");
    files.setCheckExistence(true);
    files.setOrder(1);
    StringTemplateResolver page = new StringTemplateResolver();
    page.setOrder(2);
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.addTemplateResolver(files);
    engine.addTemplateResolver(page);
    Context context = new Context();
    context.setVariable("vy", view);

    return engine.process("<main th:replace=\"~{fragments/diagram :: processbild(${vy}, 'sspf')}\"></main>",
        context);
  }

  @Test
  void longNamesBreakAtTheirOwnHyphensAndElseBetweenConsonantsBeforeAVowel() {
    assertThat(ProcessDiagram.wrap("Lex Sarah-rapport?", 90, 3)).containsExactly("Lex Sarah-", "rapport?");
    assertThat(ProcessDiagram.wrap("Kontrollera restaurangrapporter", 94, 4, 10))
        .containsExactly("Kontrollera", "restaurangrap-", "porter");
    assertThat(ProcessDiagram.wrap("Ett två tre fyra fem sex sju åtta nio tio", 60, 2)).hasSize(2)
        .last().asString().endsWith("…");
    ProcessDiagram.TextBlock fitted = ProcessDiagram.fitted("Bedöm aktualiseringen", 0, 0, 94, 40, "middle");
    assertThat(fitted.fontSize()).isLessThan(ProcessDiagram.FONT_SIZE);
    assertThat(fitted.lines()).containsExactly("Bedöm", "aktualiseringen");
    assertThat(fitted.width()).isLessThanOrEqualTo(94);
  }

  @Test
  void aSampleWithFiguresIsWrittenForPeopleToLookAt() throws Exception {
    BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("bpmn/sspf/sspf-arende.bpmn").toFile());
    StepFigure.Heated heated = StepFigure.withHeat(figuresForEveryTask(model));

    String svg = diagram.svg(model, heated.figures(), LINK);

    Path sample = Path.of("target/diagram-sample.svg");
    Files.createDirectories(sample.getParent());
    Files.writeString(sample, svg);
    assertThat(parse(Files.readString(sample)).getDocumentElement().getLocalName()).isEqualTo("svg");
    // The same inside the fragment, with the page's style sheet, for a browser.
    DiagramView view = diagram.view(model, heated.figures(), LINK, heated.scale(), false);
    String html = "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
        + "content=\"width=device-width, initial-scale=1\"><title>Processbild</title><link rel=\"stylesheet\" "
        + "href=\"../src/main/resources/static/css/samverka.css\"></head><body><main class=\"bred\">"
        + render(view) + "</main></body></html>";
    Files.writeString(Path.of("target/diagram-sample.html"), html);
    assertThat(html).contains(svg);
  }

  /** Figures for every task of the model: varied counts and times, every fourth task without history. */
  private static Map<String, StepFigure> figuresForEveryTask(BpmnModelInstance model) {
    Map<String, StepFigure> figures = new LinkedHashMap<>();
    int i = 0;
    for (Task task : model.getModelElementsByType(Task.class)) {
      i++;
      Duration median = i % 4 == 0 ? null : Duration.ofHours(5L * i * i);
      Duration p90 = median == null ? null : median.multipliedBy(3);
      figures.put(task.getId(), StepFigure.of(i * 7L % 23, median, p90));
    }
    return StepFigure.withHeat(figures).figures();
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> dataBpmn(Document document, String tag) {
    List<String> ids = new ArrayList<>();
    NodeList elements = document.getElementsByTagName(tag);
    for (int i = 0; i < elements.getLength(); i++) {
      Element element = (Element) elements.item(i);
      if (element.hasAttribute("data-bpmn")) {
        ids.add(element.getAttribute("data-bpmn"));
      }
    }
    return ids;
  }

  private static Set<String> attributeNames(Document document) {
    Set<String> names = new HashSet<>();
    NodeList all = document.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      var attributes = all.item(i).getAttributes();
      for (int j = 0; j < attributes.getLength(); j++) {
        names.add(attributes.item(j).getNodeName().toLowerCase(java.util.Locale.ROOT));
      }
    }
    return names;
  }

  private static long elementsWithFill(Element parent, String fill) {
    long count = 0;
    NodeList all = parent.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      if (fill.equals(((Element) all.item(i)).getAttribute("fill"))) {
        count++;
      }
    }
    return count;
  }
}
