package se.samverka.work;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samverka.cases.CaseService;
import se.samverka.sspf.SspfSteps;
import se.samverka.support.BrowserSession;
import se.samverka.support.Http;
import se.samverka.support.PostgresIntegrationTest;
import se.samverka.support.TestPersons;

/**
 * Working tasks and starting processes in Samverka's own pages and {@code /api}, from the outside, per role: who sees
 * which start form and task, forged, hidden, out-of-list and megabyte values refused in Swedish with the field named
 * and nothing stored, claims and hand-overs, two coordinators at once, CSRF on the pages, and the receipt's case link.
 */
@PostgresIntegrationTest
class WorkIntegrationTests {

  static final String SECOND = "samordnare2";

  @Autowired
  Http http;

  SspfSteps steps;
  ExecutorService pool;

  @BeforeEach
  void setUp() {
    steps = new SspfSteps(http);
    pool = Executors.newFixedThreadPool(2);
    if (http.get("admin", "/engine-rest/user/" + SECOND + "/profile").status() == 404) {
      var created = http.post("admin", "/engine-rest/user/create", Map.of(
          "profile", Map.of("id", SECOND, "firstName", "Andra", "lastName", "Samordnaren"),
          "credentials", Map.of("password", Http.PASSWORD)));
      assertThat(created.status()).as(created.body()).isEqualTo(204);
      var member = http.send("admin", "PUT", "/engine-rest/group/samordnare/members/" + SECOND, null);
      assertThat(member.status()).as(member.body()).isEqualTo(204);
    }
  }

  @AfterEach
  void tearDown() {
    pool.shutdownNow();
  }

  /** A referral started through the API as the school; returns the process instance id. */
  private String refer(String firstName) {
    var started = http.post("skola", "/api/processes/sspf-arende/start",
        Map.of("values", SspfSteps.referral(TestPersons.identityNumber(12), firstName, "Frånvaro sedan augusti.")));
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    return started.json().path("processInstanceId").asText();
  }

  private String assessmentTask(String instance) {
    return steps.task("samordnare", instance, "AssessReferralTask").path("id").asText();
  }

  private static Map<String, Object> assessment(String risk) {
    Map<String, Object> values = new LinkedHashMap<>(SspfSteps.assessment("samordnare"));
    values.put("riskLevel", risk);
    return values;
  }

  private static List<String> keys(JsonNode processes) {
    List<String> keys = new ArrayList<>();
    processes.forEach(process -> keys.add(process.path("key").asText()));
    return keys;
  }

  @Test
  void startFormsAreOfferedOnlyToTheGroupsThatMayStartThem() throws Exception {
    assertThat(keys(http.get("skola", "/api/processes").json())).contains("sspf-arende", "orosanmalan")
        .doesNotContain("alkoholtillsyn", "tillsynsplan", "aas-ar");
    assertThat(keys(http.get("alkoholhandlaggare", "/api/processes").json())).contains("alkoholtillsyn")
        .doesNotContain("sspf-arende");
    assertThat(http.get("skola", "/api/processes/alkoholtillsyn/form").status()).isEqualTo(404);
    var refused = http.post("skola", "/api/processes/alkoholtillsyn/start", Map.of("values", Map.of()));
    assertThat(refused.status()).isEqualTo(404);
    assertThat(refused.json().path("detail").asText()).isEqualTo(StartForms.NOT_FOUND);
    assertThat(http.get("skola", "/api/processes/sspf-arende/form").json().path("title").asText())
        .isEqualTo("Ny aktualisering till SSPF");

    BrowserSession school = new BrowserSession(http);
    school.login("skola", Http.PASSWORD);
    String list = school.get("/ny").body();
    assertThat(list).contains("Ny aktualisering till SSPF", "Ny orosanmälan").doesNotContain("Ny tillsyn");
    assertThat(school.get("/ny/alkoholtillsyn").statusCode()).isEqualTo(404);
    String form = school.get("/ny/sspf-arende").body();
    assertThat(form).contains("name=\"pd_grund_fornamn\"", "(obligatoriskt)", "aria-describedby=\"hjalp-falt-guardiansAgreed\"",
        "/js/formular.js").doesNotContain("<script>", "style=\"");
  }

  @Test
  void aStartThroughTheApiAnswers201WithTheCaseNumberAndTheLinkToTheCase() {
    var started = http.post("skola", "/api/processes/sspf-arende/start",
        Map.of("values", SspfSteps.referral(TestPersons.identityNumber(12), "Alva", "Oro.")));
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    String instance = started.json().path("processInstanceId").asText();
    assertThat(started.json().path("link").asText()).startsWith("/arenden/");
    var history = http.get("admin", "/engine-rest/history/process-instance/" + instance).json();
    assertThat(started.json().path("caseNumber").asText()).matches("SSPF-\\d{4}-\\d{4,}")
        .isEqualTo(history.path("businessKey").asText());
    assertThat(steps.tasks("samordnare", instance)).extracting(t -> t.path("taskDefinitionKey").asText())
        .containsExactly("AssessReferralTask");
    var withKey = http.post("skola", "/api/processes/sspf-arende/start",
        Map.of("values", Map.of("businessKey", "SSPF-2026-9999")));
    assertThat(withKey.status()).isEqualTo(400);
    assertThat(withKey.json().path("fields").has("businessKey")).isTrue();
  }

  @Test
  void theReceiptAfterAStartFromThePageShowsTheCaseAndOnlyToTheStarter() throws Exception {
    BrowserSession school = new BrowserSession(http);
    school.login("skola", Http.PASSWORD);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("guardiansAgreed", "ja");
    fields.put("referralConsentDate", LocalDate.now().minusDays(1).toString());
    fields.put("referralConsentReference", "Dnr EHT 2026/21");
    fields.put("referralGuardiansWithCustody", "1");
    fields.put("referralConsentBy", "vardnadshavare1");
    fields.put("pd_grund_personnummer", TestPersons.identityNumber(12));
    fields.put("pd_grund_fornamn", "Sigge");
    fields.put("pd_grund_efternamn", "Kvittosson");
    fields.put("district", "mariefred");
    fields.put("referrerAgency", "skola");
    fields.put("concernCategories", "skolfranvaro");
    fields.put("pd_grund_beskrivning", "Frånvaro.");
    fields.put("atgard", "starta");
    var posted = school.submit("/ny/sspf-arende", "/ny/sspf-arende", fields);
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
    String receipt = posted.headers().firstValue("Location").orElseThrow();
    assertThat(receipt).contains("/ny/kvitto/");
    String page = school.get(URI.create(receipt).getPath()).body();
    assertThat(page).contains("Ny aktualisering till SSPF: mottagen", "href=\"/arenden/", "Öppna ärendet");
    String instance = receipt.substring(receipt.lastIndexOf('/') + 1);
    String businessKey = http.get("admin", "/engine-rest/history/process-instance/" + instance).json()
        .path("businessKey").asText();
    assertThat(businessKey).matches("SSPF-\\d{4}-\\d{4,}");
    assertThat(page).contains("Ärendenummer", businessKey);

    BrowserSession police = new BrowserSession(http);
    police.login("polis", Http.PASSWORD);
    assertThat(police.get(URI.create(receipt).getPath()).statusCode()).isEqualTo(404);
  }

  @Test
  void anotherAgencysTaskIsNotFoundOnThePageAndInTheApi() throws Exception {
    String task = assessmentTask(refer("Nora"));
    for (String outsider : List.of("polis", "skola", "alkoholhandlaggare")) {
      assertThat(http.get(outsider, "/api/tasks/" + task).status()).as(outsider).isEqualTo(404);
      assertThat(http.post(outsider, "/api/tasks/" + task + "/claim", null).status()).as(outsider).isEqualTo(404);
      assertThat(http.post(outsider, "/api/tasks/" + task + "/complete", Map.of("values", assessment("lag")))
          .status()).as(outsider).isEqualTo(404);
    }
    BrowserSession police = new BrowserSession(http);
    police.login("polis", Http.PASSWORD);
    assertThat(police.get("/uppgifter/" + task).statusCode()).isEqualTo(404);
    var coordinator = http.get("samordnare", "/api/tasks/" + task);
    assertThat(coordinator.status()).isEqualTo(200);
    assertThat(coordinator.json().path("link").asText()).startsWith("/arenden/");
    assertThat(coordinator.json().path("subject").asText()).isEqualTo("Nora Testsson");
    assertThat(coordinator.json().path("form").path("id").asText()).isEqualTo("sspf-bedomning");
    assertThat(http.get("samordnare", "/api/tasks/unknown-id").status()).isEqualTo(404);
  }

  @Test
  void forgedHiddenOutOfListAndMegabyteValuesAreRefusedInSwedishNamingTheFieldAndNothingIsStored() {
    String task = assessmentTask(refer("Ebbe"));
    Map<String, Object> forged = assessment("lag");
    forged.put("caseId", "00000000-0000-0000-0000-000000000000");
    Map<String, Object> hidden = assessment("lag");
    hidden.put("assessmentDecision", "ej-aktuellt");
    Map<String, Object> outOfList = assessment("extrem");
    Map<String, Object> megabyte = assessment("lag");
    megabyte.put("pd_plan_bedomning", "x".repeat(1_000_000));
    Map<String, Map<String, Object>> cases = Map.of("caseId", forged, "consentObtainedBy", hidden,
        "riskLevel", outOfList, "pd_plan_bedomning", megabyte);
    cases.forEach((field, values) -> {
      var refused = http.post("samordnare", "/api/tasks/" + task + "/complete", Map.of("values", values));
      assertThat(refused.status()).as(field).isEqualTo(400);
      assertThat(refused.json().path("title").asText()).isEqualTo("Ogiltig begäran");
      assertThat(refused.json().path("fields").path(field).asText()).as(field).startsWith("Fältet");
      assertThat(refused.body().length()).as("%s: nothing long is echoed", field).isLessThan(2_000);
    });
    assertThat(http.post("samordnare", "/api/tasks/" + task + "/complete", Map.of("values", outOfList)).json()
        .path("fields").path("riskLevel").asText()).isEqualTo("Fältet \"Risknivå\" har ett värde som inte finns bland valen");
    assertThat(http.post("samordnare", "/api/tasks/" + task + "/complete", Map.of("values", megabyte)).json()
        .path("fields").path("pd_plan_bedomning").asText()).contains("högst 4000 tecken");

    var after = http.get("samordnare", "/api/tasks/" + task).json();
    assertThat(after.path("assignee").isNull()).as("not even claimed").isTrue();
    assertThat(http.get("admin", "/engine-rest/task/" + task + "/variables/riskLevel").status()).isEqualTo(404);
  }

  @Test
  void aColleaguesTaskIsReadOnlyAndIsHandedOverOnlyWithinItsGroup() throws Exception {
    String task = assessmentTask(refer("Vera"));
    var claimed = http.post("samordnare", "/api/tasks/" + task + "/claim", null);
    assertThat(claimed.status()).as(claimed.body()).isEqualTo(200);
    assertThat(http.get(SECOND, "/api/tasks/" + task).json().path("assignee").asText()).isEqualTo("samordnare");
    var taken = http.post(SECOND, "/api/tasks/" + task + "/complete", Map.of("values", assessment("lag")));
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.json().path("detail").asText()).startsWith("Uppgiften arbetas av SSPF-samordnare");
    assertThat(http.post(SECOND, "/api/tasks/" + task + "/claim", null).status()).isEqualTo(409);

    BrowserSession colleague = new BrowserSession(http);
    colleague.login(SECOND, Http.PASSWORD);
    String page = colleague.get("/uppgifter/" + task).body();
    assertThat(page).contains("Uppgiften arbetas av SSPF-samordnare").doesNotContain("name=\"riskLevel\"",
        "Slutför uppgiften", "type=\"hidden\" name=\"riskLevel\"");

    var outsider = http.post("samordnare", "/api/tasks/" + task + "/assign", Map.of("userId", "skola"));
    assertThat(outsider.status()).isEqualTo(400);
    assertThat(outsider.json().path("detail").asText()).contains("kollega i den grupp");
    assertThat(http.post("samordnare", "/api/tasks/" + task + "/assign", Map.of("userId", SECOND)).status())
        .isEqualTo(200);
    assertThat(http.get("samordnare", "/api/tasks/" + task).json().path("assignee").asText()).isEqualTo(SECOND);
    assertThat(http.post(SECOND, "/api/tasks/" + task + "/unclaim", null).status()).isEqualTo(200);
    assertThat(http.get("samordnare", "/api/tasks/" + task).json().path("assignee").isNull()).isTrue();
  }

  @Test
  void twoCoordinatorsCompletingAtOnceGetOne200AndOne409AndTheWinnersValuesAreKept() throws Exception {
    for (int trial = 0; trial < 5; trial++) {
      String instance = refer("Samtidig");
      String task = assessmentTask(instance);
      CountDownLatch start = new CountDownLatch(1);
      var a = CompletableFuture.supplyAsync(() -> await(start, () -> http.post("samordnare",
          "/api/tasks/" + task + "/complete", Map.of("values", assessment("lag")))), pool);
      var b = CompletableFuture.supplyAsync(() -> await(start, () -> http.post(SECOND,
          "/api/tasks/" + task + "/complete", Map.of("values", assessment("hog")))), pool);
      start.countDown();
      List<Http.Response> answers = List.of(a.get(), b.get());
      assertThat(answers.stream().map(Http.Response::status).sorted().toList()).as("trial %d: %s", trial, answers)
          .containsExactly(200, 409);
      Http.Response loser = answers.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
      assertThat(loser.json().path("detail").asText()).as("trial %d", trial).isNotBlank()
          .doesNotContain("Exception", "ENGINE-");
      String winnersRisk = answers.get(0).status() == 200 ? "lag" : "hog";
      var held = http.get("admin", "/engine-rest/history/variable-instance?processInstanceId=" + instance
          + "&variableName=riskLevel");
      assertThat(held.json()).hasSize(1);
      assertThat(held.json().get(0).path("value").asText()).isEqualTo(winnersRisk);
    }
  }

  private static Http.Response await(CountDownLatch start, java.util.function.Supplier<Http.Response> call) {
    try {
      start.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return call.get();
  }

  @Test
  void thePageNeedsCsrfShowsErrorsInSwedishAtTheFieldKeepsValuesAndCompletes() throws Exception {
    String task = assessmentTask(refer("Hugo"));
    BrowserSession coordinator = new BrowserSession(http);
    coordinator.login("samordnare", Http.PASSWORD);
    String page = coordinator.get("/uppgifter/" + task).body();
    assertThat(page).contains("Bedöm aktualiseringen", "Hugo Testsson", "Ta uppgiften", "href=\"/arenden/",
        "Samverka sparar inget utkast");

    var withoutCsrf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(http.url("/uppgifter/" + task)))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", coordinator.cookieHeader())
        .POST(BodyPublishers.ofString("riskLevel=lag&atgard=slutfor")).build(), BodyHandlers.ofString());
    assertThat(withoutCsrf.statusCode()).isEqualTo(403);

    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("assessmentDecision", "ej-aktuellt");
    fields.put("pd_plan_bedomning", "Min bedömning <b>utan</b> html");
    fields.put("atgard", "slutfor");
    var refused = coordinator.submit("/uppgifter/" + task, "/uppgifter/" + task, fields);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("Formuläret kunde inte skickas in", "id=\"fel-falt-riskLevel\"",
        "Fältet &quot;Risknivå&quot; är obligatoriskt", "href=\"#falt-riskLevel-0\"",
        "Min bedömning &lt;b&gt;utan&lt;/b&gt; html", "aria-describedby=\"fel-falt-riskLevel\"");
    assertThat(http.get("samordnare", "/api/tasks/" + task).json().path("assignee").isNull()).isTrue();

    var refreshed = coordinator.submit("/uppgifter/" + task, "/uppgifter/" + task,
        Map.of("assessmentDecision", "ej-aktuellt", "atgard", "uppdatera"));
    assertThat(refreshed.statusCode()).isEqualTo(200);
    assertThat(refreshed.body()).contains("data-komponent=\"Field_consentObtainedBy\" hidden")
        .doesNotContain("Formuläret kunde inte skickas in");

    var script = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(http.url("/uppgifter/" + task
            + "/villkor"))).header("Content-Type", "application/x-www-form-urlencoded")
        .header("Cookie", coordinator.cookieHeader())
        .POST(BodyPublishers.ofString("_csrf=" + csrf(coordinator, task) + "&assessmentDecision=fortsatt"))
        .build(), BodyHandlers.ofString());
    assertThat(script.statusCode()).as(script.body()).isEqualTo(200);
    assertThat(script.body()).doesNotContain("Field_consentObtainedBy");

    Map<String, String> valid = new LinkedHashMap<>();
    valid.put("riskLevel", "medel");
    valid.put("partiesNeeded", "skola");
    valid.put("assessmentDecision", "fortsatt");
    valid.put("consentObtainedBy", "samordnare");
    valid.put("pd_plan_bedomning", "Behöver samordnade insatser.");
    valid.put("atgard", "slutfor");
    var done = coordinator.submit("/uppgifter/" + task, "/uppgifter/" + task, valid);
    assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
    assertThat(done.headers().firstValue("Location").orElseThrow()).endsWith("/uppgifter/" + task + "/klar");
    assertThat(coordinator.get("/uppgifter/" + task + "/klar").body()).contains("Uppgiften är slutförd",
        "Bedöm aktualiseringen");
    assertThat(http.get("samordnare", "/api/tasks/" + task).status()).isEqualTo(404);
  }

  private static String csrf(BrowserSession session, String task) throws Exception {
    var matcher = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
        .matcher(session.get("/uppgifter/" + task).body());
    assertThat(matcher.find()).isTrue();
    return matcher.group(1);
  }

  @Test
  void theCommitmentPlanOffersOnlyThePartiesTheConsentCoversAndRefusesAnother() {
    String instance = refer("Plan");
    steps.assess(instance);
    steps.complete("samordnare", instance, "ObtainConsentTask",
        SspfSteps.consent(List.of("skola", "polis"), CaseService.CATEGORIES, false));
    steps.mapping(instance);
    steps.complete("skola", instance, "PartyInputTask", Map.of("pd_skola_underlag", "Närvaro 60 %."));
    steps.complete("polis", instance, "PartyInputTask", Map.of("pd_polis_underlag", "Inget känt."));
    String meeting = steps.task("samordnare", instance, "NetworkMeetingTask").path("id").asText();

    JsonNode form = http.get("samordnare", "/api/tasks/" + meeting).json().path("form");
    List<String> offered = new ArrayList<>();
    form.path("components").forEach(component -> {
      if ("commitmentParties".equals(component.path("key").asText())) {
        component.path("options").forEach(option -> offered.add(option.path("value").asText()));
      }
    });
    assertThat(offered).containsExactly("skola", "polis");

    Map<String, Object> plan = new HashMap<>(Map.of("meetingDate", LocalDate.now().toString(),
        "participants", List.of("skola", "polis"), "pd_plan_mal", "Närvaro över 90 %.",
        "commitmentParties", List.of("fritid"), "guardiansInformed", true,
        "commitmentResponsibleFritid", "Fritidsledare", "commitmentDueFritid", LocalDate.now().plusWeeks(4).toString(),
        "pd_plan_atagande_fritid", "Aktivitet."));
    var refused = http.post("samordnare", "/api/tasks/" + meeting + "/complete", Map.of("values", plan));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("fields").path("commitmentParties").asText()).contains("omfattar inte fritid");
  }

  @Test
  void aSupervisionStartsWithAPremisesChosenFromTheRegisterAndLinksToTheSupervision() {
    String csv = String.join(";", se.samverka.licensing.PremisesCsv.COLUMNS) + "\n"
        + "Krogen Ankaret;Storgatan 1;strangnas;Ankaret AB;556012-5790;stadigvarande;allmanheten;11:00-01:00;ja;"
        + "certifierad;4;ja;nej;ja;nej;nej\n";
    var imported = http.postCsv("alkoholhandlaggare", "/api/premises/import", csv);
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    JsonNode form = http.get("alkoholhandlaggare", "/api/processes/alkoholtillsyn/form").json().path("form");
    Map<String, String> premises = new HashMap<>();
    form.path("components").forEach(component -> {
      if ("premisesRef".equals(component.path("key").asText())) {
        assertThat(component.path("type").asText()).isEqualTo("select");
        component.path("options").forEach(option -> premises.put(option.path("label").asText(),
            option.path("value").asText()));
      }
    });
    assertThat(premises).containsKey("Krogen Ankaret, Storgatan 1");

    var typed = http.post("alkoholhandlaggare", "/api/processes/alkoholtillsyn/start", Map.of("values",
        Map.of("premisesRef", "Krogen Ankaret", "trigger", "tips", "kind", "yttre")));
    assertThat(typed.status()).isEqualTo(400);
    assertThat(typed.json().path("fields").path("premisesRef").asText()).contains("Välj serveringsstället");

    var started = http.post("alkoholhandlaggare", "/api/processes/alkoholtillsyn/start", Map.of("values",
        Map.of("premisesRef", premises.get("Krogen Ankaret, Storgatan 1"), "trigger", "tips", "kind", "yttre")));
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    assertThat(started.json().path("link").asText()).startsWith("/tillsyn/");
  }
}
