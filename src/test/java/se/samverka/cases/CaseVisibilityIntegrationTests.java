package se.samverka.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samverka.security.SamverkaProperties;
import se.samverka.sspf.SspfSteps;
import se.samverka.support.BrowserSession;
import se.samverka.support.Http;
import se.samverka.support.PostgresIntegrationTest;
import se.samverka.support.TestPersons;

/**
 * Visibility by case, from the outside: one child, three agencies' cases, every account against every read endpoint and
 * page. The police register a tip (Linköpingsmodellen) first, so the police are the person's first registrant; the tip
 * is shared with social services at once (the police's duty to report) and starts a report of concern; then
 * the school refers the child to SSPF with the guardians' agreement (a consent for the coordinator's agency), and
 * fritid reports a concern to social services (a disclosure to social services on the ground of the duty to report).
 * The table {@link #MATRIX} says exactly which cases each account sees; every case it sees it sees with the person,
 * and no other case, person or deadline reaches it.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseVisibilityIntegrationTests {

  static final String TIP = "tips (polis)";
  static final String REFERRAL = "aktualisering (skola)";
  static final String REPORT = "orosanmälan (fritid till socialtjänst)";
  /** The report of concern the police's tip starts at once (Linköpingsmodellen), owned by the police. */
  static final String TIP_REPORT = "orosanmälan (polisens tips till socialtjänst)";
  static final String FIRST_NAME = "Matrisbarn";

  /**
   * Account → the cases it sees (each with the person). Agencies: faltare and socialjour belong to socialtjanst;
   * samordnare is the SSPF function ({@code sspf}), which the referral's consent names, so social services do not see
   * the referral.
   */
  static final Map<String, Set<String>> MATRIX = new LinkedHashMap<>();

  static {
    MATRIX.put("samordnare", Set.of(REFERRAL));
    MATRIX.put("skola", Set.of(REFERRAL));
    MATRIX.put("socialtjanst", Set.of(REPORT, TIP, TIP_REPORT));
    MATRIX.put("polis", Set.of(TIP, TIP_REPORT));
    MATRIX.put("socialjour", Set.of(REPORT, TIP, TIP_REPORT));
    MATRIX.put("fritid", Set.of(REPORT));
    MATRIX.put("faltare", Set.of(REPORT, TIP, TIP_REPORT));
    MATRIX.put("alkoholhandlaggare", Set.of());
    MATRIX.put("raddningstjanst", Set.of());
    MATRIX.put("trygghetssamordnare", Set.of());
    MATRIX.put("kommunikator", Set.of());
    MATRIX.put("styrgrupp", Set.of());
    MATRIX.put("chef", Set.of());
    // The agencies' managers read their agency's cases as its caseworkers do (the access rule is per agency and unit).
    MATRIX.put("chefSocialtjanst", Set.of(REPORT, TIP, TIP_REPORT));
    MATRIX.put("chefPolis", Set.of(TIP, TIP_REPORT));
    // EST's outside reporters see nothing of any case.
    MATRIX.put("bostadsbolag", Set.of());
    MATRIX.put("vaktbolag", Set.of());
    MATRIX.put("admin", Set.of());
  }

  @Autowired
  Http http;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  SamverkaProperties properties;

  /** Case name → case id. */
  final Map<String, String> caseIds = new LinkedHashMap<>();

  @BeforeAll
  void threeAgenciesOpenCasesAboutOneChild() {
    SspfSteps steps = new SspfSteps(http);
    String number = TestPersons.identityNumber(16);

    Map<String, Object> tip = SspfSteps.person(number, FIRST_NAME, "Synlighetsson", "mariefred");
    tip.putAll(Map.of("tipSource", "anonym", "tipSpecificity", "konkret", "drugRelated", true,
        "riskEnvironment", false, "tipDisclosureGround", "polisens-anmalningsskyldighet",
        "pd_grund_beskrivning", "Tips: köper cannabis vid stationen."));
    String tipInstance = steps.start("polis", "linkopingsmodellen", tip);
    caseIds.put(TIP, steps.caseId("polis", steps.task("polis", tipInstance, "PoliceAssessmentTask").path("id").asText()));
    caseIds.put(TIP_REPORT, http.get("admin", "/engine-rest/process-instance/" + tipInstance
        + "/variables/reportCaseId").json().path("value").asText());

    String referral = steps.refer("skola", SspfSteps.referral(number, FIRST_NAME, "Aktualisering: hög frånvaro."));
    caseIds.put(REFERRAL, steps.caseId("samordnare",
        steps.task("samordnare", referral, "AssessReferralTask").path("id").asText()));

    Map<String, Object> report = SspfSteps.person(number, FIRST_NAME, "Synlighetsson", "mariefred");
    report.putAll(Map.of("reporterAgency", "fritid", "reporterMandatory", true, "violenceInvolved", false,
        "pd_grund_beskrivning", "Orosanmälan: berättar om hot på fritidsgården."));
    String reportInstance = steps.start("fritid", "orosanmalan", report);
    caseIds.put(REPORT, steps.caseId("socialtjanst",
        steps.task("socialtjanst", reportInstance, "ProtectionAssessmentTask").path("id").asText()));
  }

  static Stream<Arguments> matrix() {
    return MATRIX.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @Test
  void theMatrixCoversEveryGroupOfTheConfigurationAndTheAdministrator() {
    Set<String> accounts = new TreeSet<>(properties.groups().keySet());
    accounts.add("admin");
    assertThat(new TreeSet<>(MATRIX.keySet())).isEqualTo(accounts);
  }

  @ParameterizedTest(name = "{0} sees {1}")
  @MethodSource("matrix")
  void eachAccountReadsExactlyTheCasesItsAgencyOwnsOrIsGivenByConsentOrDisclosure(String account, Set<String> sees) {
    for (var entry : caseIds.entrySet()) {
      String caseId = entry.getValue();
      String label = account + " → " + entry.getKey();
      var view = http.get(account, "/api/cases/" + caseId);
      var notes = http.get(account, "/api/cases/" + caseId + "/notes");
      var deadlines = http.get(account, "/api/cases/" + caseId + "/deadlines");
      var chronology = http.get(account, "/api/cases/" + caseId + "/chronology");
      if (sees.contains(entry.getKey())) {
        assertThat(view.status()).as(label).isEqualTo(200);
        assertThat(view.json().path("person").path("firstName").asText()).as(label).isEqualTo(FIRST_NAME);
        assertThat(notes.status()).as(label).isEqualTo(200);
        assertThat(notes.body()).as(label).contains(descriptionOf(entry.getKey()));
        assertThat(deadlines.status()).as(label).isEqualTo(200);
        assertThat(chronology.status()).as(label).isEqualTo(200);
        assertThat(casesIn(chronology.json())).as("the chronology of " + label).isEqualTo(idsOf(sees));
      } else {
        for (var refused : List.of(view, notes, deadlines, chronology)) {
          assertThat(refused.status()).as(label).isEqualTo(404);
          assertThat(refused.body()).as(label).contains("finns inte eller så saknar du behörighet")
              .doesNotContain(FIRST_NAME);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0} lists deadlines of {1} only")
  @MethodSource("matrix")
  void deadlinesOfTheCallersGroupsAreListedOnlyForCasesItsAgencySees(String account, Set<String> sees) {
    var listed = http.get(account, "/api/deadlines");
    assertThat(listed.status()).isEqualTo(200);
    Set<String> ours = new TreeSet<>(caseIds.values());
    Set<String> listedOfOurs = new TreeSet<>();
    listed.json().forEach(d -> {
      if (ours.contains(d.path("caseId").asText())) {
        listedOfOurs.add(d.path("caseId").asText());
      }
    });
    assertThat(idsOf(sees)).as(account).containsAll(listedOfOurs);
    if (account.equals("socialtjanst")) {
      // The reports' deadlines belong to the group socialtjanst, whose agency may see the reports.
      assertThat(listedOfOurs).containsExactlyInAnyOrder(caseIds.get(REPORT), caseIds.get(TIP_REPORT));
    }
  }

  @ParameterizedTest(name = "{0} on the case page")
  @MethodSource("matrix")
  void theCasePageShowsExactlyTheSameCases(String account, Set<String> sees) throws Exception {
    var browser = new BrowserSession(http);
    browser.login(account, Http.PASSWORD);
    for (var entry : caseIds.entrySet()) {
      var page = browser.get("/arenden/" + entry.getValue());
      String label = account + " → " + entry.getKey();
      if (sees.contains(entry.getKey())) {
        assertThat(page.statusCode()).as(label).isEqualTo(200);
        assertThat(page.body()).as(label).contains(FIRST_NAME);
      } else {
        assertThat(page.statusCode()).as(label).isEqualTo(404);
        assertThat(page.body()).as(label).contains("Ärendet finns inte").doesNotContain(FIRST_NAME);
      }
    }
  }

  @Test
  void everyRefusedReadIsLogged() {
    String tip = caseIds.get(TIP);
    long before = jdbc.queryForObject("select count(*) from access_log where case_id = ? and action = 'NEKAD' "
        + "and user_id = 'skola'", Long.class, tip);
    assertThat(http.get("skola", "/api/cases/" + tip).status()).isEqualTo(404);
    assertThat(http.get("skola", "/api/cases/" + tip + "/chronology").status()).isEqualTo(404);
    assertThat(jdbc.queryForObject("select count(*) from access_log where case_id = ? and action = 'NEKAD' "
        + "and user_id = 'skola'", Long.class, tip)).isEqualTo(before + 2);
  }

  @Test
  void theFirstRegistrantOfThePersonGainsNothingFromIt() {
    String personId = jdbc.queryForObject("select person_id from sv_case where id = ?", String.class,
        caseIds.get(TIP));
    assertThat(jdbc.queryForObject("select owner_agency from person where id = ?", String.class, personId))
        .isEqualTo("polis");
    assertThat(jdbc.queryForObject("select count(*) from sv_case where person_id = ?", Long.class, personId))
        .isEqualTo(4);
    assertThat(http.get("polis", "/api/cases/" + caseIds.get(REFERRAL)).status()).isEqualTo(404);
    assertThat(http.get("polis", "/api/cases/" + caseIds.get(REPORT)).status()).isEqualTo(404);
  }

  @Test
  void thePolicesTipAndAssessmentAreShownWithThePersonToSocialServicesOnly() {
    // A tip of its own, so that the table above stays as it is.
    SspfSteps steps = new SspfSteps(http);
    String number = TestPersons.identityNumber(16);
    Map<String, Object> tip = SspfSteps.person(number, "Delad", "Tipsson", "mariefred");
    tip.putAll(Map.of("tipSource", "anonym", "tipSpecificity", "konkret", "drugRelated", true,
        "riskEnvironment", false, "tipDisclosureGround", "polisens-anmalningsskyldighet",
        "pd_grund_beskrivning", "Tips om langning."));
    String instance = steps.start("polis", "linkopingsmodellen", tip);
    String caseId = steps.caseId("polis", steps.task("polis", instance, "PoliceAssessmentTask").path("id").asText());
    // The tip is shared at registration (the police's duty to report); their assessment when they share it.
    assertThat(http.get("socialtjanst", "/api/cases/" + caseId + "/notes").body()).contains("langning")
        .doesNotContain("Setts vid stationen");

    steps.complete("polis", instance, "PoliceAssessmentTask", Map.of("concreteSuspicion", "nej",
        "policeSharesInformation", true, "policeLegalGround", "osl-10-28", "pd_polis_bedomning", "Setts vid stationen."));

    var view = http.get("socialtjanst", "/api/cases/" + caseId).json();
    assertThat(view.path("person").path("firstName").asText()).isEqualTo("Delad");
    assertThat(http.get("socialtjanst", "/api/cases/" + caseId + "/notes").body()).contains("Setts vid stationen");
    assertThat(http.get("skola", "/api/cases/" + caseId).status()).isEqualTo(404);
  }

  private String descriptionOf(String caseName) {
    return switch (caseName) {
      case TIP, TIP_REPORT -> "köper cannabis";
      case REFERRAL -> "hög frånvaro";
      default -> "hot på fritidsgården";
    };
  }

  private Set<String> idsOf(Set<String> caseNames) {
    Set<String> ids = new TreeSet<>();
    caseNames.forEach(name -> ids.add(caseIds.get(name)));
    return ids;
  }

  private static Set<String> casesIn(JsonNode chronology) {
    List<String> ids = new ArrayList<>();
    chronology.forEach(entry -> ids.add(entry.path("caseId").asText()));
    return new TreeSet<>(ids);
  }
}
