package se.samverka.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samverka.sspf.SspfSteps;
import se.samverka.support.BrowserSession;
import se.samverka.support.Http;
import se.samverka.support.PostgresIntegrationTest;
import se.samverka.support.TestPersons;

/**
 * The case view, the case list and one supervision from the outside, for every role: words instead of codes, who wrote
 * what by role, what the case waits for, why each part is seen; what each role may see and a 404 otherwise; no name
 * where the rule forbids it; the limited view for a manager with an escalation; no dead end from a task.
 */
@PostgresIntegrationTest
public class CaseViewIntegrationTests {

  public static final List<String> ROLES = List.of("skola", "socialtjanst", "socialjour", "polis", "fritid", "samordnare",
      "chef", "styrgrupp", "alkoholhandlaggare", "raddningstjanst", "admin");
  private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Pattern CODE = Pattern.compile(">\\s*(OPPNAT|OPPET|mariefred|skolfranvaro|samordnare|sspf)\\s*<");

  @Autowired
  Http http;

  SspfSteps steps;

  @BeforeEach
  void setUp() {
    steps = new SspfSteps(http);
  }

  private BrowserSession browser(String user) throws Exception {
    BrowserSession session = new BrowserSession(http);
    assertThat(session.login(user, Http.PASSWORD).statusCode()).isEqualTo(302);
    return session;
  }

  /** An SSPF referral by the school with the guardians' consent; returns {instance, caseId}. */
  private String[] referral(String firstName) {
    String instance = steps.refer("skola", SspfSteps.referral(TestPersons.identityNumber(14), firstName,
        "Skolfrånvaro sedan januari."));
    String caseId = steps.caseId("samordnare", steps.task("samordnare", instance, "AssessReferralTask")
        .path("id").asText());
    return new String[] {instance, caseId};
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void theCoordinatorReadsTheCaseInWordsWithAuthorsByRoleWhatItWaitsForAndWhy() throws Exception {
    String caseId = referral("Wilmaord")[1];

    JsonNode sheet = http.get("samordnare", "/api/cases/" + caseId).json();
    assertThat(sheet.path("limited").asBoolean()).isFalse();
    assertThat(sheet.path("caseNumber").asText()).matches("SSPF-[0-9]{4}-[0-9]{4,}");
    assertThat(sheet.path("typeName").asText()).startsWith("SSPF");
    assertThat(sheet.path("statusName").asText()).isEqualTo("Öppet");
    assertThat(sheet.path("districtName").asText()).isEqualTo("Mariefred");
    assertThat(sheet.path("concernNames").asText()).isNotBlank().doesNotContain("skolfranvaro");
    assertThat(sheet.path("why").asText()).isNotBlank();
    assertThat(sheet.path("events").findValuesAsText("kindName")).contains("Ärendet öppnades");
    JsonNode waiting = sheet.path("waitingFor");
    assertThat(waiting).isNotEmpty();
    assertThat(waiting.get(0).path("name").asText()).isNotBlank();
    assertThat(waiting.get(0).path("groupNames").asText()).isEqualTo("SSPF-samordnare");
    assertThat(sheet.path("notes")).isNotEmpty();
    for (JsonNode note : sheet.path("notes")) {
      assertThat(note.path("author").asText()).as("a note's author by role and agency").isNotBlank()
          .doesNotContain("socialtjanst").isNotEqualTo(note.path("ownerAgency").asText());
      assertThat(note.path("why").asText()).isNotBlank();
      assertThat(note.path("categoryName").asText()).isNotEqualTo(note.path("category").asText());
    }
    assertThat(sheet.path("notes").findValuesAsText("author")).anyMatch(a -> a.startsWith("Skola"));
    for (JsonNode event : sheet.path("events")) {
      assertThat(event.path("text").asText()).as("no raw case id in an event").doesNotContainPattern(UUID);
    }

    var page = browser("samordnare").get("/arenden/" + caseId);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Väntar på", "SSPF-samordnare", "Mariefred", "Varför ser jag detta?",
        "Ärendet öppnades", "Wilmaord", sheet.path("caseNumber").asText());
    assertThat(CODE.matcher(page.body()).find()).as("a code shown where a word belongs").isFalse();
    assertThat(page.body()).doesNotContain("style=", "<script", "onclick");
  }

  @Test
  void everyRoleSeesTheCaseAndTheNameOnlyAsTheRuleAllowsAndOthersGet404() throws Exception {
    String caseId = referral("Zacharias")[1];
    String number = http.get("samordnare", "/api/cases/" + caseId).json().path("caseNumber").asText();
    assertThat(number).startsWith("SSPF-");
    Set<String> mayRead = Set.of("skola", "samordnare");
    for (String role : ROLES) {
      var byNumber = http.get(role, "/api/cases?q=" + q(number));
      assertThat(byNumber.status()).as(role).isEqualTo(200);
      assertThat(byNumber.json().path("items").findValuesAsText("id").contains(caseId)).as(role)
          .isEqualTo(mayRead.contains(role));
      var api = http.get(role, "/api/cases/" + caseId);
      var page = browser(role).get("/arenden/" + caseId);
      var byName = http.get(role, "/api/cases?q=" + q("Zacharias"));
      var all = http.get(role, "/api/cases?size=100");
      assertThat(byName.status()).as(role).isEqualTo(200);
      assertThat(all.status()).as(role).isEqualTo(200);
      var listPage = browser(role).get("/arenden?q=" + q("Zacharias"));
      assertThat(listPage.statusCode()).as(role).isEqualTo(200);
      if (mayRead.contains(role)) {
        assertThat(api.status()).as(role).isEqualTo(200);
        assertThat(api.json().path("person").path("firstName").asText()).as(role).isEqualTo("Zacharias");
        assertThat(page.statusCode()).as(role).isEqualTo(200);
        assertThat(byName.json().path("items").findValuesAsText("id")).as(role).contains(caseId);
        assertThat(byName.json().path("items").findValuesAsText("personName")).as(role)
            .contains("Zacharias Testsson");
        assertThat(listPage.body()).as(role).contains("/arenden/" + caseId);
      } else {
        assertThat(api.status()).as(role).isEqualTo(404);
        assertThat(api.body()).as(role).doesNotContain("Zacharias");
        assertThat(page.statusCode()).as(role).isEqualTo(404);
        assertThat(page.body()).as(role).doesNotContain("Zacharias", "Testsson");
        assertThat(byName.json().path("total").asInt()).as(role + " finds nobody by a name it may not see")
            .isZero();
        assertThat(all.json().path("items").findValuesAsText("id")).as(role).doesNotContain(caseId);
        assertThat(listPage.body()).as(role).doesNotContain("/arenden/" + caseId, "Testsson");
      }
    }
  }

  @Test
  void theCaseListIsNewestFirstPagedAndAMegabyteSearchIsASwedish400() throws Exception {
    String older = referral("Forsta")[1];
    String newer = referral("Andra")[1];
    JsonNode first = http.get("samordnare", "/api/cases?size=1").json();
    assertThat(first.path("items")).hasSize(1);
    assertThat(first.path("items").get(0).path("id").asText()).isEqualTo(newer);
    assertThat(first.path("total").asInt()).isGreaterThanOrEqualTo(2);
    JsonNode second = http.get("samordnare", "/api/cases?size=1&page=1").json();
    assertThat(second.path("items").get(0).path("id").asText()).isNotEqualTo(newer);
    JsonNode row = http.get("samordnare", "/api/cases?q=Forsta").json().path("items").get(0);
    assertThat(row.path("id").asText()).isEqualTo(older);
    String number = row.path("caseNumber").asText();
    assertThat(http.get("samordnare", "/api/cases?q=" + number).json().path("items").findValuesAsText("id"))
        .containsExactly(older);
    assertThat(http.get("samordnare", "/api/cases?q=" + number.substring(0, 9)).json().path("items")
        .findValuesAsText("id")).contains(older, newer);
    assertThat(row.path("typeName").asText()).startsWith("SSPF");
    assertThat(row.path("districtName").asText()).isEqualTo("Mariefred");
    assertThat(row.path("statusName").asText()).isEqualTo("Öppet");

    var tooLong = http.get("samordnare", "/api/cases?q=" + q("x".repeat(2_000)));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.body()).contains("högst 100 tecken").doesNotContain("xxxxxxxxxx");
    var badSize = http.get("samordnare", "/api/cases?size=100000");
    assertThat(badSize.status()).isEqualTo(400);
    assertThat(badSize.body()).contains("Antal per sida");
    var megabyte = http.get("samordnare", "/api/cases?q=" + "x".repeat(1_000_000));
    assertThat(megabyte.status()).as("a megabyte search").isBetween(400, 431);
    assertThat(megabyte.body()).doesNotContain("xxxxxxxxxx");
    var listPage = browser("samordnare").get("/arenden?q=" + q("y".repeat(2_000)));
    assertThat(listPage.statusCode()).isEqualTo(200);
    assertThat(listPage.body()).contains("högst 100 tecken").doesNotContain("yyyyyyyyyy");
  }

  @Test
  void aManagerWithAnEscalationSeesTheCaseNumberDeadlineAndTaskButNotTheChild() throws Exception {
    Map<String, Object> form = SspfSteps.person(TestPersons.identityNumber(9), "Eskil", "Eskaleradsson", "strangnas");
    form.put("reporterAgency", "skola");
    form.put("reporterMandatory", true);
    form.put("violenceInvolved", false);
    form.put("pd_grund_beskrivning", "Eleven berättar att det är bråk hemma.");
    String instance = steps.start("skola", "orosanmalan", form);
    String caseId = steps.caseId("socialtjanst", steps.task("socialtjanst", instance, "ProtectionAssessmentTask")
        .path("id").asText());
    assertThat(http.get("chef", "/api/cases/" + caseId).status()).as("no task, no view").isEqualTo(404);

    steps.fireTimer(instance, "ProtectionEscalationTimer");
    var limited = http.get("chef", "/api/cases/" + caseId);
    assertThat(limited.status()).as(limited.body()).isEqualTo(200);
    JsonNode sheet = limited.json();
    assertThat(sheet.path("limited").asBoolean()).isTrue();
    assertThat(sheet.path("caseNumber").asText()).startsWith("ORO-");
    assertThat(sheet.path("person").isNull() || sheet.path("person").isMissingNode()).isTrue();
    assertThat(sheet.path("notes")).isEmpty();
    assertThat(sheet.path("events")).isEmpty();
    assertThat(sheet.path("deadlines")).isNotEmpty();
    assertThat(sheet.path("deadlines").findValuesAsText("stateName")).allMatch(s -> !s.isBlank());
    assertThat(sheet.path("waitingFor").findValuesAsText("name")).contains("Eskalera skyddsbedömning");
    assertThat(sheet.path("waitingFor").findValuesAsText("mine")).containsOnly("true");
    assertThat(limited.body()).doesNotContain("Eskil", "Eskaleradsson", "bråk hemma");
    assertThat(http.get("chef", "/api/cases/" + caseId + "/notes").status()).isEqualTo(404);

    var page = browser("chef").get("/arenden/" + caseId);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Eskalera skyddsbedömning", "Tidsfrister", "Du har en uppgift i ärendet")
        .doesNotContain("Eskil", "Eskaleradsson", "bråk hemma");
    // Without a task of its own, a role the rule keeps out still gets 404.
    assertThat(http.get("styrgrupp", "/api/cases/" + caseId).status()).isEqualTo(404);
    assertThat(browser("fritid").get("/arenden/" + caseId).statusCode()).isEqualTo(404);
  }

  @Test
  void socialServicesAssessmentInLinkopingsmodellenOpensItsCasePageWhoeverRegisteredTheTip() throws Exception {
    for (String registrar : List.of("polis", "socialtjanst")) {
      Map<String, Object> form = SspfSteps.person(TestPersons.identityNumber(16), "Tipsa", "Tipsson", "mariefred");
      form.put("tipSource", "anonym");
      form.put("tipSpecificity", "konkret");
      form.put("drugRelated", true);
      form.put("riskEnvironment", false);
      form.put("tipDisclosureGround", "polis".equals(registrar) ? "polisens-anmalningsskyldighet" : "osl-10-18a");
      form.put("pd_grund_beskrivning", "Uppgift om köp vid stationen.");
      String instance = steps.start(registrar, "linkopingsmodellen", form);
      for (String[] assessment : new String[][] {{"socialtjanst", "SocialServicesAssessmentTask"},
          {"polis", "PoliceAssessmentTask"}}) {
        String caseId = steps.caseId(assessment[0], steps.task(assessment[0], instance, assessment[1])
            .path("id").asText());
        var page = browser(assessment[0]).get("/arenden/" + caseId);
        assertThat(page.statusCode()).as("%s's case page, tip by %s", assessment[0], registrar).isEqualTo(200);
        JsonNode sheet = http.get(assessment[0], "/api/cases/" + caseId).json();
        assertThat(sheet.path("waitingFor").findValuesAsText("name")).contains("Socialtjänstens bedömning");
        for (JsonNode event : sheet.path("events")) {
          assertThat(event.path("text").asText()).as("no raw case id").doesNotContainPattern(UUID);
        }
      }
    }
  }

  /** Every form's link to a case or supervision page leads to a page, for the group the task is for. */
  @Test
  void formsLinkToCaseOrSupervisionPagesThatExist() throws Exception {
    List<String> links = new ArrayList<>();
    try (var forms = java.nio.file.Files.walk(java.nio.file.Path.of("forms"))) {
      for (var form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
        var matcher = Pattern.compile("\\]\\((/[^)]*)\\)").matcher(java.nio.file.Files.readString(form));
        while (matcher.find()) {
          links.add(matcher.group(1));
        }
      }
    }
    assertThat(links).isNotEmpty().allMatch(l -> l.equals("/arenden/{{caseId}}")
        || l.equals("/tillsyn/{{supervisionId}}") || l.startsWith("/tillsyn/plan") || l.equals("/restaurangrapporter")
        || l.equals("/serveringsstallen") || l.startsWith("/aas-kurser?"), "a link to a page that exists");
  }
}
