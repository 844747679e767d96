package se.samverka.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import se.samverka.agreement.AgreementSettings;
import se.samverka.agreement.Agreements;
import se.samverka.agreement.District;
import se.samverka.cases.CaseService;
import se.samverka.cases.Deadlines;
import se.samverka.homevisit.LinkopingsmodellenProcess;
import se.samverka.homevisit.StrangnasmodellenProcess;
import se.samverka.sspf.SspfArendeProcess;

/** Every code Samverka writes or offers has a Swedish word, read from the real forms, models and configuration. */
class LabelsTests {

  /** Codes written to the access log (and LASTE_…), or statuses: not events of a case, never shown as events. */
  private static final Set<String> NOT_EVENTS =
      Set.of("LASTE_ARENDE", "LASTE_ANTECKNINGAR", "LASTE_KRONOLOGI", "NEKAD", "OPPET", "PLANERAT");

  private final Labels labels = labels();

  static Labels labels() {
    try {
      StandardEnvironment environment = new StandardEnvironment();
      new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
          .forEach(environment.getPropertySources()::addLast);
      // The districts are named by the agreement, as in the application (agreement.DistrictWords).
      Agreements agreements = new Agreements(Binder.get(environment).bind("samverka.agreement",
          AgreementSettings.class).get(), environment);
      CodeWords districts = key -> "district".equals(key) ? agreements.districts().stream().collect(
          java.util.stream.Collectors.toMap(District::code, District::name, (a, b) -> a,
              java.util.LinkedHashMap::new)) : java.util.Map.of();
      return new Labels(environment, java.util.List.of(districts));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void givesTheWordOfAFormOptionAndOfADistrictOfTheAgreement() {
    assertThat(labels.label("district", "mariefred")).isEqualTo("Mariefred");
    assertThat(labels.label("district", "akers-styckebruk")).isEqualTo("Åkers styckebruk");
    assertThat(labels.label("closureReason", "mal-uppnadda")).isEqualTo("Målen är uppnådda");
    assertThat(labels.options("district")).containsKeys("strangnas", "mariefred", "stallarholmen");
  }

  @Test
  void givesWordsForGroupsAgenciesUnitsAndProcesses() {
    assertThat(labels.groupName("samordnare")).isEqualTo("SSPF-samordnare");
    assertThat(labels.groupName("enhetSkolaPaulinska")).isEqualTo("Paulinska skolan");
    assertThat(labels.agencyName("socialtjanst")).isEqualTo("socialtjänsten");
    assertThat(labels.agencyName("skola:paulinska")).isEqualTo("Paulinska skolan");
    assertThat(labels.processName("orosanmalan")).startsWith("Orosanmälan");
    assertThat(labels.label(Labels.CASE_EVENT, "OPPNAT")).isEqualTo("Ärendet öppnades");
    assertThat(labels.label(Labels.CASE_STATUS, "AVSLUTAT")).isEqualTo("Avslutat");
  }

  @Test
  void namesTheAuthorByRoleAndAgencyWithoutSayingTheSameTwice() {
    assertThat(labels.roleAndAgency(java.util.List.of("faltare"), "socialtjanst", null))
        .isEqualTo("Fältare, socialtjänsten");
    assertThat(labels.roleAndAgency(java.util.List.of("samordnare"), "sspf", null)).isEqualTo("SSPF-samordnare");
    assertThat(labels.roleAndAgency(java.util.List.of("skola", "enhetSkolaPaulinska"), "skola", "skola:paulinska"))
        .isEqualTo("Skola, Paulinska skolan");
    assertThat(labels.roleAndAgency(java.util.List.of(), "polis", null)).isEqualTo("Polisen");
  }

  @Test
  void showsAnUnknownCodeAsItselfAndNullAsNothing() {
    assertThat(labels.label("district", "okand-ort")).isEqualTo("okand-ort");
    assertThat(labels.label("district", null)).isEmpty();
  }

  @Test
  void everyOptionOfEveryFormHasAWord() {
    labels.options("district");
    for (String key : Set.of("district", "closureReason", "commitmentStatus", "consentCategories", "decision")) {
      assertThat(labels.options(key)).as(key).isNotEmpty()
          .allSatisfy((code, word) -> assertThat(word).as(key + "." + code).isNotBlank().isNotEqualTo(code));
    }
  }

  @Test
  void everyProcessGroupAndAgencyOfTheConfigurationHasAWord() throws IOException {
    try (Stream<Path> models = Files.walk(Path.of("bpmn"))) {
      models.filter(p -> p.toString().endsWith(".bpmn")).forEach(model -> {
        String key = model.getFileName().toString().replace(".bpmn", "");
        assertThat(labels.has(Labels.PROCESS, key)).as("process " + key).isTrue();
      });
    }
    for (String group : Set.of("samordnare", "skola", "socialtjanst", "socialjour", "polis", "fritid", "faltare",
        "alkoholhandlaggare", "raddningstjanst", "trygghetssamordnare", "kommunikator", "styrgrupp", "chef")) {
      assertThat(labels.has(Labels.GROUP, group)).as("group " + group).isTrue();
    }
    for (String agency : Set.of("sspf", "skola", "socialtjanst", "polis", "fritid", "miljo", "raddningstjanst",
        "kommun")) {
      assertThat(labels.has(Labels.AGENCY, agency)).as("agency " + agency).isTrue();
    }
    for (String category : CaseService.CATEGORIES) {
      assertThat(labels.has(Labels.CATEGORY, category)).as("category " + category).isTrue();
    }
  }

  @Test
  void everyStatusAndClosureReasonTheCodeWritesHasAWord() {
    for (String status : Set.of(CaseService.STATUS_OPEN, CaseService.STATUS_CLOSED)) {
      assertThat(labels.has(Labels.CASE_STATUS, status)).as(status).isTrue();
    }
    for (String status : Set.of(Deadlines.OPEN, Deadlines.EXTENDED, Deadlines.BREACHED, Deadlines.MET, "PAUSAD")) {
      assertThat(labels.has(Labels.DEADLINE_STATUS, status)).as(status).isTrue();
    }
    assertThat(labels.has(Labels.COMMITMENT_STATUS, "PLANERAT")).isTrue();
    Set<String> reasons = new TreeSet<>(SspfArendeProcess.CLOSURE_REASONS.values());
    reasons.addAll(LinkopingsmodellenProcess.CLOSURE_REASONS.values());
    reasons.addAll(StrangnasmodellenProcess.CLOSURE_REASONS.values());
    reasons.addAll(Set.of("annat", "avslutat"));
    for (String reason : reasons) {
      assertThat(labels.has(Labels.CLOSURE_REASON, reason)).as("closure reason " + reason).isTrue();
    }
  }

  /**
   * The event kinds are written as literals or constants in the classes that record events; every upper-case code in
   * such a class is an event kind unless it is an access-log action or a status.
   */
  @Test
  void everyEventKindTheCodeWritesHasAWord() throws IOException {
    Pattern code = Pattern.compile("\"([A-Z][A-Z_]{3,})\"");
    Set<String> kinds = new TreeSet<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        String text = Files.readString(source);
        if (text.contains("recordEvent(") || text.contains("recordOnReport(") || text.contains("new CaseEvent(")) {
          Matcher matcher = code.matcher(text);
          while (matcher.find()) {
            kinds.add(matcher.group(1));
          }
        }
      }
    }
    kinds.removeAll(NOT_EVENTS);
    kinds.removeIf(k -> k.startsWith("LASTE_"));
    assertThat(kinds).hasSizeGreaterThan(20);
    assertThat(kinds.stream().filter(k -> !labels.has(Labels.CASE_EVENT, k)).toList()).as("event kinds without a word")
        .isEmpty();
  }
}
