package se.samverka.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import se.samverka.agreement.Agreement.Source;

/**
 * The agreement files: the Strängnäs agreement as shipped, and every kind of mistake in a file, each reported in
 * Swedish with its file and line, all at once, so that the application refuses to start.
 */
class AgreementFilesTests {

  static final String FILE = "agreements/strangnas-2023-2026.yaml";
  static final String TEXT = read(FILE);
  static final Set<String> GROUPS = groups();
  static final AgreementReader.Known KNOWN = new AgreementReader.Known(GROUPS, known());

  @Test
  void theStrangnasAgreementLoadsWithItsAreasForumsDistrictsAndInputs() {
    Agreements agreements = new Agreements("0486", AgreementFiles.load(settings("classpath:agreements/"), GROUPS),
        () -> LocalDate.of(2026, 11, 30));
    Agreement a = agreements.current();
    assertThat(a.municipality()).isEqualTo(new Agreement.Municipality("0486", "Strängnäs kommun"));
    assertThat(a.policeArea()).isEqualTo("Lokalpolisområde Eskilstuna");
    assertThat(a.from()).isEqualTo(LocalDate.of(2023, 6, 21));
    assertThat(a.to()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(a.signatories()).extracting(Agreement.Signatory::role)
        .containsExactly("Kommunstyrelsens ordförande", "Lokalpolisområdeschef", "Kommundirektör");
    assertThat(a.priorityAreas()).extracting(Agreement.PriorityArea::number).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(a.priorityAreas()).allSatisfy(area -> assertThat(area.activities()).isNotEmpty()
        .allSatisfy(act -> assertThat(act.responsible()).isNotEmpty()));
    assertThat(a.priorityArea(6).orElseThrow().activities()).hasSize(7);
    assertThat(a.forums()).extracting(Agreement.Forum::code).containsExactly("est", "bra-lokal", "bra-central", "sspf");
    assertThat(a.forums().get(0).interval()).isEqualTo(Period.ofWeeks(1));
    assertThat(agreements.districts()).containsExactly(new District("strangnas", "Strängnäs tätort"),
        new District("mariefred", "Mariefred"), new District("stallarholmen", "Stallarholmen"),
        new District("akers-styckebruk", "Åkers styckebruk"), new District("landsbygd", "Landsbygd"));
    assertThat(agreements.district("akers-styckebruk")).contains(new District("akers-styckebruk", "Åkers styckebruk"));
    assertThat(agreements.district("stockholm")).isEmpty();
    assertThat(agreements.district(null)).isEmpty();
    assertThat(a.supplementaryInputs()).hasSize(7);
    assertThat(a.supplementaryInputs().stream().filter(i -> i.source() == Source.SAMVERKA).map(i -> i.code()))
        .containsExactly("orosanmalningar", "est-rapportering");
    assertThat(a.lagesbild()).isEqualTo(new Agreement.Lagesbild("lagesbild-atgardsplan", Period.ofYears(2)));
    assertThat(a.followUp().processes()).containsExactly("bra-uppfoljning");
  }

  @Test
  void everyProcessInstanceCountsTowardTheActivitiesItsProcessCarries() {
    Agreements agreements = new Agreements("0486", List.of(strangnas()), () -> LocalDate.of(2026, 11, 30));
    LocalDate day = LocalDate.of(2025, 3, 1);
    assertThat(agreements.activitiesOf("sspf-arende", day))
        .extracting(x -> x.area().number() + "/" + x.activity().code()).containsExactly("1/sspf");
    assertThat(agreements.activitiesOf("est-vecka", day))
        .extracting(x -> x.area().number() + "/" + x.activity().code()).containsExactly("1/evenemang", "2/evenemang");
    assertThat(agreements.activitiesOf("tillsynsplan", day))
        .extracting(x -> x.activity().code()).containsExactly("gemensam-tillsyn");
    assertThat(agreements.activitiesOf("loggkontroll", day)).isEmpty();
  }

  // --- the mistakes, each with its file and line

  @Test
  void aPriorityAreaWithoutANameIsNamedByItsNumberAndLine() {
    String bad = TEXT.replace("    name: Genom kommunikation öka medvetenheten om att förebygga brott och stärka "
        + "tryggheten\n", "");
    assertThat(problems(bad)).containsExactly(
        "agreements/x.yaml rad " + line(TEXT, "  - number: 3") + ": prioriteringsområde 3 saknar namn");
  }

  @Test
  void aPeriodThatEndsBeforeItBeginsIsRefusedAtItsEnd() {
    String bad = TEXT.replace("  to: 2026-12-31", "  to: 2023-01-01");
    assertThat(problems(bad)).containsExactly("agreements/x.yaml rad " + line(TEXT, "  to: 2026-12-31")
        + ": perioden slutar 2023-01-01, inte efter att den börjar 2023-06-21");
    assertThat(problems(TEXT.replace("  to: 2026-12-31", "  to: 2026-13-01"))).singleElement().asString()
        .contains("slutdatum i perioden ska vara ett datum (ÅÅÅÅ-MM-DD)");
  }

  @Test
  void requiredFieldsAreNamedInSwedish() {
    String bad = TEXT.replace("police-area: Lokalpolisområde Eskilstuna\n", "")
        .replace("  - role: Kommundirektör\n    party: Strängnäs kommun\n", "  - role: Kommundirektör\n");
    assertThat(problems(bad)).containsExactly(
        "agreements/x.yaml rad 6: överenskommelsen saknar polisområde",
        // One line up: the police area's line is gone.
        "agreements/x.yaml rad " + (line(TEXT, "  - role: Kommundirektör") - 1) + ": undertecknare 3 saknar part");
  }

  @Test
  void codesMustBeUniqueAndWellFormed() {
    String bad = TEXT.replace("  - code: stallarholmen", "  - code: mariefred")
        .replace("  - code: landsbygd", "  - code: Landsbygd Öst")
        .replace("    code: trafik\n", "    code: miljoer\n");
    assertThat(problems(bad)).containsExactly(
        "agreements/x.yaml rad " + line(TEXT, "    code: trafik") + ": koden miljoer finns redan: "
            + "prioriteringsområdet ska ha en egen kod",
        "agreements/x.yaml rad " + line(TEXT, "  - code: stallarholmen") + ": koden mariefred finns redan: "
            + "kommundelen ska ha en egen kod",
        "agreements/x.yaml rad " + line(TEXT, "  - code: landsbygd") + ": koden \"Landsbygd Öst\" i kommundel 5 ska "
            + "vara små bokstäver a–z, siffror och - (t.ex. akers-styckebruk)");
  }

  @Test
  void aPriorityAreaNumberAppearsOnce() {
    String bad = TEXT.replace("  - number: 5", "  - number: 4");
    assertThat(problems(bad)).containsExactly(
        "agreements/x.yaml rad " + line(TEXT, "  - number: 5") + ": prioriteringsområde 4 finns två gånger");
  }

  @Test
  void aProcessKeyMustBeTheIdOfAModelOrWellFormed() {
    String bad = TEXT.replace("processes: [sspf-arende]", "processes: [sspf-arnde]")
        .replace("processes: [kmk-ar]", "processes: [KMK år]");
    int sspf = line(TEXT, "processes: [sspf-arende]");
    int kmk = line(TEXT, "processes: [kmk-ar]");
    assertThat(problems(bad)).containsExactly(
        "agreements/x.yaml rad " + sspf + ": processen sspf-arnde i aktivitet 1 i prioriteringsområde 1 finns inte "
            + "bland Samverkas processmodeller (bpmn/)",
        "agreements/x.yaml rad " + kmk + ": processnyckeln \"KMK år\" i aktivitet 6 i prioriteringsområde 6 ska vara "
            + "små bokstäver a–z, siffror och -");
  }

  @Test
  void aResponsiblePartyMustBeAKnownGroup() {
    String bad = TEXT.replace("responsible: [polis, skola]", "responsible: [polis, trafikverket]");
    assertThat(problems(bad)).containsExactly("agreements/x.yaml rad " + line(TEXT, "responsible: [polis, skola]")
        + ": gruppen \"trafikverket\" i aktivitet 3 i prioriteringsområde 5 är ingen känd grupp (samverka.groups)");
  }

  @Test
  void aTypoInAFieldNameAnUnknownSourceAndABadIntervalAreCaught() {
    String bad = TEXT.replace("    cadence: Varje vecka; analys", "    cadense: Varje vecka; analys")
        .replace("    source: csv\n  - code: underrattelsebild", "    source: pdf\n  - code: underrattelsebild")
        .replace("  interval: P2Y", "  interval: vartannat år");
    assertThat(problems(bad)).containsExactly(
        "agreements/x.yaml rad " + line(TEXT, "    cadence: Varje vecka; analys") + ": okänt fält \"cadense\" i forum 1",
        "agreements/x.yaml rad " + line(TEXT, "  - code: est") + ": forum 1 saknar mötesintervall i ord",
        "agreements/x.yaml rad " + (line(TEXT, "  - code: polisanmalningar") + 2) + ": källan för underlag 1 ska "
            + "vara samverka (finns i Samverka) eller csv (laddas upp per period)",
        "agreements/x.yaml rad " + line(TEXT, "  interval: P2Y") + ": intervall i lägesbilden och åtgärdsplanen ska "
            + "vara en tidsperiod som P1W (varje vecka), P3M eller P2Y, inte \"vartannat år\"");
  }

  @Test
  void aFileThatIsNoYamlOrIsEmptyIsSaidSo() {
    assertThat(problems("municipality:\n  code: \"0486\n  name: x\n")).singleElement().asString()
        .startsWith("agreements/x.yaml rad ").contains("filen är ingen giltig YAML");
    assertThat(problems("")).containsExactly("agreements/x.yaml rad 1: filen är tom");
    assertThat(problems("- a\n- b\n")).containsExactly(
        "agreements/x.yaml rad 1: överenskommelsen ska vara en samling fält (namn: värde)");
  }

  @Test
  void overlappingPeriodsOfOneMunicipalityAreRefusedAndAnotherMunicipalitysAreNot() {
    String next = TEXT.replace("  from: 2023-06-21", "  from: 2026-06-01").replace("  to: 2026-12-31", "  to: 2030-12-31");
    List<String> problems = new ArrayList<>();
    assertThatThrownBy(() -> AgreementFiles.check(List.of(new AgreementFiles.File("agreements/a.yaml", TEXT),
        new AgreementFiles.File("agreements/b.yaml", next)), KNOWN, "0486", problems))
        .isInstanceOf(InvalidAgreement.class);
    int period = line(TEXT, "  from: 2023-06-21");
    assertThat(problems).containsExactly("agreements/b.yaml rad " + period + ": perioden 2026-06-01 – 2030-12-31 "
        + "överlappar perioden 2023-06-21 – 2026-12-31 i agreements/a.yaml rad " + period + " för samma kommun "
        + "(Strängnäs kommun); en ny period ska börja efter att den förra slutat");
    String eskilstuna = next.replace("  code: \"0486\"", "  code: \"0484\"");
    assertThat(AgreementFiles.check(List.of(new AgreementFiles.File("agreements/a.yaml", TEXT),
        new AgreementFiles.File("agreements/b.yaml", eskilstuna)), KNOWN, "0486", new ArrayList<>())).hasSize(2);
  }

  @Test
  void everyProblemOfEveryFileIsListedAtOnceAndTheApplicationDoesNotStart() {
    String bad = TEXT.replace("  to: 2026-12-31", "  to: 2020-12-31")
        .replace("responsible: [polis, skola]", "responsible: [polis, trafikverket]");
    var error = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidAgreement.class,
        () -> AgreementFiles.check(List.of(new AgreementFiles.File("agreements/a.yaml", bad),
            new AgreementFiles.File("agreements/b.yaml", "")), KNOWN, "0486", new ArrayList<>()));
    assertThat(error.problems()).hasSize(3);
    assertThat(error.getMessage()).startsWith("Samverkansöverenskommelsen kan inte läsas (3 fel):")
        .contains("agreements/a.yaml rad " + line(TEXT, "  to: 2026-12-31") + ": perioden slutar")
        .contains("trafikverket").contains("agreements/b.yaml rad 1: filen är tom");
  }

  @Test
  void theBadFilesUnderTestResourcesStopTheStartWithTheirLines() {
    var error = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidAgreement.class,
        () -> AgreementFiles.load(settings("classpath:agreements-bad/"), GROUPS));
    assertThat(error.problems()).containsExactly(
        "agreements-bad/saknar-namn.yaml rad 12: prioriteringsområde 1 saknar namn",
        "agreements-bad/saknar-namn.yaml rad 22: kommundelen Mariefred finns två gånger",
        "agreements-bad/saknar-namn.yaml rad 23: okänt fält \"namn\" i kommundel 3",
        "agreements-bad/saknar-namn.yaml rad 23: kommundel 3 saknar namn");
  }

  @Test
  void aDeploymentWithoutAnAgreementForItsMunicipalityOrWithAMissingDirectoryDoesNotStart() {
    assertThatThrownBy(() -> AgreementFiles.load(new AgreementSettings(List.of("classpath:agreements/"), "0484",
        settings().pendingProcesses()), GROUPS)).isInstanceOf(InvalidAgreement.class).hasMessageContaining(
        "samverka.agreement.municipality: ingen av överenskommelserna gäller kommunen 0484");
    assertThatThrownBy(() -> AgreementFiles.load(settings("classpath:agreements/", "file:/finns/inte/"), GROUPS))
        .isInstanceOf(InvalidAgreement.class).hasMessageContaining("file:/finns/inte/: katalogen finns inte");
  }

  // --- several periods and municipalities

  @Test
  void aNewPeriodInAnOperatorsDirectoryLoadsBesideTheOldWhichStaysQueryable(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("strangnas-2027-2030.yaml"), TEXT
        .replace("  from: 2023-06-21", "  from: 2027-03-01").replace("  to: 2026-12-31", "  to: 2030-12-31")
        .replace("title: Samverkansöverenskommelse mellan Lokalpolisområde Eskilstuna och Strängnäs kommun 2023–2026",
            "title: Samverkansöverenskommelse 2027–2030")
        .replace("  - code: landsbygd\n    name: Landsbygd\n", "  - code: landsbygd\n    name: Landsbygd\n"
            + "  - code: harad\n    name: Härad\n"));
    Files.writeString(dir.resolve("eskilstuna-2024-2027.yml"), TEXT.replace("  code: \"0486\"", "  code: \"0484\"")
        .replace("  name: Strängnäs kommun\npolice", "  name: Eskilstuna kommun\npolice"));
    var loaded = AgreementFiles.load(settings("classpath:agreements/", dir.toUri().toString()), GROUPS);
    assertThat(loaded).hasSize(3);
    LocalDate[] today = {LocalDate.of(2026, 11, 30)};
    Agreements agreements = new Agreements("0486", loaded, () -> today[0]);
    assertThat(agreements.all()).extracting(Agreement::from)
        .containsExactly(LocalDate.of(2023, 6, 21), LocalDate.of(2027, 3, 1));
    assertThat(agreements.all().get(1).source()).endsWith("/strangnas-2027-2030.yaml");
    assertThat(agreements.current().from()).isEqualTo(LocalDate.of(2023, 6, 21));
    assertThat(agreements.forPeriodContaining(LocalDate.of(2024, 1, 1)).orElseThrow().to())
        .isEqualTo(LocalDate.of(2026, 12, 31));
    // Between the periods the old agreement is followed until the new one begins.
    assertThat(agreements.forPeriodContaining(LocalDate.of(2027, 1, 15))).isEmpty();
    assertThat(agreements.inForce(LocalDate.of(2027, 1, 15)).from()).isEqualTo(LocalDate.of(2023, 6, 21));
    assertThat(agreements.inForce(LocalDate.of(2020, 1, 1)).from()).isEqualTo(LocalDate.of(2023, 6, 21));
    today[0] = LocalDate.of(2027, 3, 1);
    assertThat(agreements.current().title()).isEqualTo("Samverkansöverenskommelse 2027–2030");
    assertThat(agreements.districts()).extracting(District::code).endsWith("harad");
    assertThat(agreements.startingOn(LocalDate.of(2023, 6, 21))).isPresent();
    // Eskilstuna's agreement is read and checked, and serves a deployment set to Eskilstuna.
    assertThat(new Agreements("0484", loaded, () -> today[0]).current().municipality().name())
        .isEqualTo("Eskilstuna kommun");
  }

  // --- helpers

  static Agreement strangnas() {
    return AgreementFiles.check(List.of(new AgreementFiles.File(FILE, TEXT)), KNOWN, "0486", new ArrayList<>()).get(0);
  }

  private static List<String> problems(String text) {
    List<String> problems = new ArrayList<>();
    assertThat(AgreementReader.read("agreements/x.yaml", text, KNOWN, problems)).isNull();
    return problems;
  }

  /** The line (from 1) of the first line of the text that starts with the given one. */
  static int line(String text, String start) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith(start) || !start.startsWith(" ") && lines[i].contains(start)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line " + start);
  }

  static AgreementSettings settings(String... locations) {
    return new AgreementSettings(List.of(locations), "0486",
        List.of("est-vecka", "est-analys", "bra-lokal", "bra-uppfoljning", "lagesbild-atgardsplan"));
  }

  private static Set<String> known() {
    Set<String> processes = new java.util.HashSet<>(AgreementFiles.deployedProcesses());
    processes.addAll(settings().pendingProcesses());
    return processes;
  }

  private static Set<String> groups() {
    try {
      StandardEnvironment environment = new StandardEnvironment();
      new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
          .forEach(environment.getPropertySources()::addLast);
      Map<String, String> groups = Binder.get(environment).bind("samverka.groups",
          Bindable.mapOf(String.class, String.class)).get();
      return AgreementFiles.groups(groups);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(String resource) {
    try (var in = new ClassPathResource(resource).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
