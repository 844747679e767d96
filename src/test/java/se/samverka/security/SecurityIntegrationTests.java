package se.samverka.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samverka.cases.CaseService;
import se.samverka.sspf.SspfArendeProcess;
import se.samverka.sspf.SspfSteps;
import se.samverka.support.BrowserSession;
import se.samverka.support.DemoAccounts;
import se.samverka.support.Http;
import se.samverka.support.PostgresIntegrationTest;
import se.samverka.support.TestPersons;
import se.samverka.support.WorkApi;

/**
 * The security rules from the outside, over HTTP, for every role: who may log in, who sees which tasks, who may act on
 * a task, who may read which case data, and that nobody but {@code camunda-admin} can deploy. (That caseworkers are
 * refused by {@code /engine-rest} and the webapps at all is {@link EngineClosedIntegrationTests}.)
 */
@PostgresIntegrationTest
class SecurityIntegrationTests {

  @Autowired
  Http http;

  @Autowired
  JdbcTemplate jdbc;

  SspfSteps steps;

  @BeforeEach
  void setUp() {
    steps = new SspfSteps(http);
  }

  /** Every caseworker group, and the integration account. */
  static List<String> groups() {
    List<String> groups = new ArrayList<>(DemoAccounts.GROUPS);
    groups.add("integration");
    return groups;
  }

  static List<String> accounts() {
    List<String> accounts = new ArrayList<>(DemoAccounts.GROUPS);
    accounts.add("admin");
    return accounts;
  }

  /** A case at the input step with consent for all four parties; returns the process instance id. */
  private String caseAtPartyInput(String identityNumber) {
    String instance = steps.refer("skola", SspfSteps.referral(identityNumber, "Vide", "Oro för skolfrånvaro."));
    steps.assess(instance);
    steps.complete("samordnare", instance, "ObtainConsentTask", SspfSteps.consent(SspfArendeProcess.PARTIES,
        CaseService.CATEGORIES, true));
    steps.mapping(instance);
    return instance;
  }

  // --- anonymous and login

  @Test
  void anonymousRequestsGet401OrTheLoginPage() throws Exception {
    assertThat(http.get(null, "/engine-rest/task").status()).isEqualTo(401);
    assertThat(http.get(null, "/api/tasks").status()).isEqualTo(401);
    assertThat(http.get(null, "/api/cases/x").status()).isEqualTo(401);
    HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    for (String path : List.of("/", "/camunda/app/tasklist/default/")) {
      var response = client.send(HttpRequest.newBuilder(URI.create(http.url(path))).header("Accept", "text/html")
          .build(), BodyHandlers.ofString());
      assertThat(response.statusCode()).as(path).isEqualTo(302);
      assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }
    var health = http.get(null, "/actuator/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().path("status").asText()).isEqualTo("UP");
    assertThat(health.body()).doesNotContain("db", "diskSpace");
    assertThat(http.get(null, "/actuator/env").status()).isIn(401, 302, 404);
    var login = http.get(null, "/login");
    assertThat(login.status()).isEqualTo(200);
    assertThat(login.body()).contains("lang=\"sv\"", "Logga in", "<label for=\"username\">Användarnamn</label>");
  }

  @Test
  void wrongPasswordIsRefusedAndTheAccountIsThenDelayed() throws Exception {
    // An account of its own: after a wrong password the engine delays further attempts (brute-force protection).
    var created = http.post("admin", "/engine-rest/user/create", Map.of(
        "profile", Map.of("id", "sparrtest", "firstName", "Spärr", "lastName", "Test"),
        "credentials", Map.of("password", Http.PASSWORD)));
    assertThat(created.status()).as(created.body()).isEqualTo(204);
    var request = HttpRequest.newBuilder(URI.create(http.url("/api/tasks")))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("sparrtest:fel".getBytes())).build();
    assertThat(HttpClient.newHttpClient().send(request, BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    var session = new BrowserSession(http);
    assertThat(session.login("sparrtest", "fel").headers().firstValue("Location").orElseThrow())
        .contains("/login?error");
    assertThat(http.get("sparrtest", "/api/tasks").status()).as("right password during the delay").isEqualTo(401);
  }

  @Test
  void anAccountWithoutAPasswordIsAWrongLoginNotAServerError() throws Exception {
    // An administrator may create an account and set its password later; until then nobody logs in with it.
    jdbc.update("insert into act_id_user (id_, rev_, first_, last_) values ('utanlosen', 1, 'Utan', 'Lösenord')");
    for (String password : List.of("", "demo", "x".repeat(1000))) {
      var request = HttpRequest.newBuilder(URI.create(http.url("/api/tasks"))).header("Authorization", "Basic "
          + Base64.getEncoder().encodeToString(("utanlosen:" + password).getBytes())).build();
      var answer = HttpClient.newHttpClient().send(request, BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(401);
    }
    var session = new BrowserSession(http);
    assertThat(session.login("utanlosen", "demo").headers().firstValue("Location").orElseThrow())
        .contains("/login?error");
  }

  @ParameterizedTest
  @MethodSource("accounts")
  void everyDemoAccountLogsInThroughTheLoginPage(String account) throws Exception {
    var session = new BrowserSession(http);
    var login = session.login(account, Http.PASSWORD);
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    var start = session.get("/");
    assertThat(start.statusCode()).isEqualTo(200);
    assertThat(start.body()).contains("Välkommen, " + account);
    // The webapps are the administrator's only.
    assertThat(session.get("/camunda/app/tasklist/default/").statusCode())
        .isEqualTo(account.equals("admin") ? 200 : 403);
  }

  @Test
  void theAdministratorIsSignedIntoTheWebappsWithTheSameSession() throws Exception {
    var session = new BrowserSession(http);
    session.login("admin", Http.PASSWORD);
    // Single sign-on: opening Tasklist signs the session into the Camunda webapps with the same groups.
    assertThat(session.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
    var webappUser = session.get("/camunda/api/admin/auth/user/default", "application/json");
    assertThat(webappUser.statusCode()).as(webappUser.body()).isEqualTo(200);
    JsonNode user = new com.fasterxml.jackson.databind.ObjectMapper().readTree(webappUser.body());
    assertThat(user.path("userId").asText()).isEqualTo("admin");
    List<String> apps = new ArrayList<>();
    user.path("authorizedApps").forEach(a -> apps.add(a.asText()));
    assertThat(apps).contains("tasklist", "cockpit", "admin");
    // No caseworker group keeps a grant to Tasklist.
    assertThat(jdbc.queryForObject("select count(*) from act_ru_authorization where resource_type_ = 0 "
        + "and resource_id_ = 'tasklist' and group_id_ <> 'camunda-admin'", Long.class)).isZero();
  }

  // --- tasks

  @Test
  void everyRoleSeesOnlyTheTasksOfItsGroup() {
    caseAtPartyInput(TestPersons.identityNumber(11));
    var api = new WorkApi(http);
    for (String group : DemoAccounts.GROUPS) {
      Set<String> ids = new HashSet<>();
      for (JsonNode task : api.list(group, null, null)) {
        ids.add(task.path("id").asText());
        // The engine's own record of whom the task is routed to, read as the administrator.
        var links = http.get("admin", "/engine-rest/task/" + task.path("id").asText() + "/identity-links?type=candidate");
        List<String> candidates = links.json().findValuesAsText("groupId");
        assertThat(candidates).as("%s sees task %s", group, task.path("name").asText()).contains(group);
      }
      // Every open task routed to the group and taken by nobody is in its queue.
      Set<String> routed = new HashSet<>();
      http.get("admin", "/engine-rest/task?maxResults=5000&unassigned=true&candidateGroup=" + group).json()
          .forEach(t -> routed.add(t.path("id").asText()));
      assertThat(ids).as("the queues of %s", group).containsAll(routed);
      if (SspfArendeProcess.STARTER_GROUPS.contains(group)) {
        assertThat(ids).as("%s has SSPF work", group).isNotEmpty();
      }
    }
  }

  @Test
  void schoolCannotReadClaimOrCompleteASocialServicesTask() {
    String instance = caseAtPartyInput(TestPersons.identityNumber(13));
    String taskId = steps.task("socialtjanst", instance, "PartyInputTask").path("id").asText();

    // Another agency's task is 404 on every operation: Samverka does not say that it exists.
    var api = steps.api();
    assertThat(api.read("skola", taskId).status()).isEqualTo(404);
    assertThat(api.claim("skola", taskId).status()).isEqualTo(404);
    assertThat(api.unclaim("skola", taskId).status()).isEqualTo(404);
    assertThat(api.assign("skola", taskId, "skola").status()).isEqualTo(404);
    var written = api.complete("skola", taskId, Map.of("pd_socialtjanst_underlag",
        "Skolan skriver i socialtjänstens ärende"));
    assertThat(written.status()).isEqualTo(404);
    assertThat(written.body()).doesNotContain("socialtjänstens ärende", "PartyInputTask");
    // The school's own input task of the same case is in its queue; social services' is not.
    assertThat(api.list("skola", instance, null)).extracting(t -> t.path("id").asText()).isNotEmpty()
        .doesNotContain(taskId);

    var stillOpen = api.read("socialtjanst", taskId);
    assertThat(stillOpen.status()).isEqualTo(200);
    assertThat(stillOpen.json().path("assignee").isNull()).isTrue();
  }

  // --- case data

  @Test
  void agencyCannotReadAnotherAgencysNoteWithoutConsentOrDisclosure() {
    // Social services refer, so the case is theirs; the coordinator (agency sspf) is not social services.
    String instance = steps.refer("socialtjanst", SspfSteps.referral(TestPersons.identityNumber(12), "Mio",
        "Oro i klassen."));
    String caseId = steps.caseId("samordnare", steps.task("samordnare", instance, "AssessReferralTask").path("id").asText());
    var added = http.post("socialtjanst", "/api/cases/" + caseId + "/notes",
        Map.of("category", "socialtjanst", "text", "Pågående insats enligt SoL."));
    assertThat(added.status()).as(added.body()).isEqualTo(201);

    assertThat(http.get("polis", "/api/cases/" + caseId).status()).isEqualTo(404);
    assertThat(http.get("polis", "/api/cases/" + caseId + "/notes").json().toString()).doesNotContain("Pågående insats");
    assertThat(http.get("skola", "/api/cases/" + caseId + "/notes").json().toString()).doesNotContain("Pågående insats");

    var unknownGround = http.post("socialtjanst", "/api/cases/" + caseId + "/disclosures", Map.of("toAgency", "polis",
        "category", "socialtjanst", "legalGround", "magkansla", "justification", "Vill dela."));
    assertThat(unknownGround.status()).isEqualTo(400);
    assertThat(unknownGround.json().path("detail").asText()).contains("Okänd rättslig grund");

    var disclosed = http.post("socialtjanst", "/api/cases/" + caseId + "/disclosures", Map.of("toAgency", "polis",
        "category", "socialtjanst", "legalGround", "osl-10-18a",
        "justification", "Risk för fortsatt brottslig verksamhet; uppgiften behövs för att förebygga den."));
    assertThat(disclosed.status()).as(disclosed.body()).isEqualTo(201);
    assertThat(http.get("polis", "/api/cases/" + caseId + "/notes").json().toString()).contains("Pågående insats");
    assertThat(http.get("polis", "/api/cases/" + caseId).json().path("person").isNull()).isTrue();
    assertThat(http.get("skola", "/api/cases/" + caseId + "/notes").json().toString()).doesNotContain("Pågående insats");
  }

  @Test
  void casePageShowsEachAgencyOnlyWhatItMaySeeAndLogsTheRead() throws Exception {
    String number = TestPersons.identityNumber(12);
    String instance = steps.refer("skola", SspfSteps.referral(number, "Tindra", "Oro för frånvaro och nya vänner."));
    String caseId = steps.caseId("samordnare", steps.task("samordnare", instance, "AssessReferralTask").path("id").asText());

    var coordinator = new BrowserSession(http);
    coordinator.login("samordnare", Http.PASSWORD);
    var page = coordinator.get("/arenden/" + caseId);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("lang=\"sv\"", "Tindra Testsson", number, "Oro för frånvaro");

    var police = new BrowserSession(http);
    police.login("polis", Http.PASSWORD);
    var hidden = police.get("/arenden/" + caseId);
    assertThat(hidden.statusCode()).isEqualTo(404);
    assertThat(hidden.body()).contains("Ärendet finns inte").doesNotContain("Tindra", "frånvaro");

    assertThat(jdbc.queryForObject("select count(*) from access_log where case_id = ? and user_id = 'samordnare'",
        Long.class, caseId)).isPositive();
    assertThat(jdbc.queryForObject(
        "select count(*) from access_log where case_id = ? and user_id = 'polis' and action = 'NEKAD'", Long.class,
        caseId)).isEqualTo(1);
  }

  @Test
  void commentsAndAttachmentsCannotCarryFreeTextPastTheCaseStore() throws Exception {
    String instance = steps.refer("skola", SspfSteps.referral(TestPersons.identityNumber(12), "Kommentar", "Oro."));
    String taskId = steps.task("samordnare", instance, "AssessReferralTask").path("id").asText();
    // Not even the accounts that may use the engine's interfaces.
    for (String account : List.of("admin", "integration")) {
      for (String path : List.of("/engine-rest/task/" + taskId + "/comment/create",
          "/engine-rest/task/" + taskId + "/attachment/create",
          "/engine-rest/process-instance/" + instance + "/comment/create")) {
        var refused = http.post(account, path, Map.of("message", "Hemlig fritext om barnet"));
        assertThat(refused.status()).as(account + " " + path).isEqualTo(403);
        assertThat(refused.json().path("detail").asText()).isNotBlank().doesNotContain("integrationskonton");
      }
    }
    var session = new BrowserSession(http);
    session.login("admin", Http.PASSWORD);
    assertThat(session.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
    var viaTasklist = session.post("/camunda/api/engine/engine/default/task/" + taskId + "/comment/create",
        "{\"message\": \"Hemlig fritext om barnet\"}");
    assertThat(viaTasklist.statusCode()).isEqualTo(403);
    // The same session may otherwise write through the webapps' API (claim), so the 403 above is the rule's.
    var claim = session.post("/camunda/api/engine/engine/default/task/" + taskId + "/claim", "{\"userId\": \"samordnare\"}");
    assertThat(claim.statusCode()).as(claim.body()).isEqualTo(204);
    assertThat(http.get("admin", "/engine-rest/task/" + taskId + "/comment").json()).isEmpty();
  }

  @Test
  void logoutEndsTheSession() throws Exception {
    var session = new BrowserSession(http);
    session.login("fritid", Http.PASSWORD);
    assertThat(session.get("/").statusCode()).isEqualTo(200);
    var logout = session.logout();
    assertThat(logout.headers().firstValue("Location").orElseThrow()).endsWith("/login?utloggad");
    assertThat(session.get("/").statusCode()).isEqualTo(302);
  }

  @Test
  void eachRoleMayStartExactlyTheProcessesItsGroupMayStart() {
    for (String group : DemoAccounts.GROUPS) {
      var processes = http.get(group, "/api/processes");
      assertThat(processes.status()).as(processes.body()).isEqualTo(200);
      List<String> keys = processes.json().findValuesAsText("key");
      assertThat(keys.contains("sspf-arende")).as(group).isEqualTo(SspfArendeProcess.STARTER_GROUPS.contains(group));
      // The steering group's quarters start by themselves; nobody starts one by hand.
      assertThat(keys).as(group).doesNotContain("sspf-styrgrupp");
      assertThat(http.get(group, "/api/processes/sspf-arende/form").status()).as(group)
          .isIn(SspfArendeProcess.STARTER_GROUPS.contains(group) ? List.of(200) : List.of(403, 404));
    }
    // In the engine, the definitions are readable by those who work in them (chef only where it escalates).
    assertThat(jdbc.queryForList("select group_id_ from act_ru_authorization where resource_type_ = 6 "
        + "and resource_id_ = 'sspf-styrgrupp'", String.class)).containsExactlyInAnyOrder("samordnare", "styrgrupp");
  }

  @Test
  void steeringReportsAreForTheSteeringGroupTheCoordinatorAndManagers() {
    for (String group : DemoAccounts.GROUPS) {
      int expected = List.of("styrgrupp", "samordnare", "chef").contains(group) ? 200 : 403;
      assertThat(http.get(group, "/api/sspf/reports").status()).as(group).isEqualTo(expected);
    }
  }

  @Test
  void supervisionAndAasAreForTheGroupsThatWorkWithLicensedPremises() {
    List<String> readers = List.of("alkoholhandlaggare", "polis", "raddningstjanst", "chef");
    for (String group : DemoAccounts.GROUPS) {
      boolean reader = readers.contains(group);
      boolean officer = group.equals("alkoholhandlaggare");
      assertThat(http.get(group, "/api/supervisions").status()).as(group).isEqualTo(reader ? 200 : 403);
      assertThat(http.get(group, "/api/supervision-plans/2026").status()).as(group).isEqualTo(reader ? 200 : 403);
      assertThat(http.get(group, "/api/aas/courses").status()).as(group).isEqualTo(officer ? 200 : 403);
      // An empty report: the officer gets the Swedish reason (400), everyone else is refused before that.
      assertThat(http.post(group, "/api/restaurant-reports", Map.of()).status()).as(group)
          .isEqualTo(officer ? 400 : 403);
      assertThat(http.get(group, "/api/processes").json().findValuesAsText("key").contains("alkoholtillsyn"))
          .as(group).isEqualTo(officer || group.equals("polis"));
      if (!officer) {
        // The police may start a supervision with their findings (then the form wants them: 400); nobody else.
        assertThat(http.post(group, "/api/processes/alkoholtillsyn/start", Map.of("values",
            Map.of("premisesRef", "Ankaret"))).status()).as(group)
            .isIn(group.equals("polis") ? List.of(400) : List.of(403, 404));
        // The yearly processes: only the officer may start one by hand.
        for (String yearly : List.of("tillsynsplan", "restaurangrapport", "aas-ar", "kmk-ar")) {
          assertThat(http.post(group, "/api/processes/" + yearly + "/start", Map.of("values", Map.of())).status())
              .as("%s starts %s", group, yearly).isIn(403, 404);
        }
      }
    }
  }

  // --- deployment and administration

  @ParameterizedTest
  @MethodSource("groups")
  void noAccountButAdminCanDeployOrGrantAuthorizations(String group) {
    assertThat(deploy(group).statusCode()).as(group).isEqualTo(403);
    var grant = http.post(group, "/engine-rest/authorization/create", Map.of("type", 1, "permissions", List.of("ALL"),
        "groupId", group, "resourceType", 9, "resourceId", "*"));
    assertThat(grant.status()).as(grant.body()).isEqualTo(403);
    var user = http.post(group, "/engine-rest/user/create", Map.of("profile", Map.of("id", "inkraktare"),
        "credentials", Map.of("password", "x")));
    assertThat(user.status()).isEqualTo(403);
  }

  @Test
  void adminCanDeploy() throws Exception {
    var response = deploy("admin");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    String id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()).path("id").asText();
    assertThat(http.send("admin", "DELETE", "/engine-rest/deployment/" + id + "?cascade=true", null).status())
        .isEqualTo(204);
  }

  private HttpResponse<String> deploy(String user) {
    String boundary = "samverka" + System.nanoTime();
    String bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="test">
          <process id="intrang" isExecutable="true" camunda:historyTimeToLive="1"><startEvent id="s"/></process>
        </definitions>""";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nintrang\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"intrang.bpmn\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
    try {
      var request = HttpRequest.newBuilder(URI.create(http.url("/engine-rest/deployment/create")))
          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes()))
          .header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .POST(BodyPublishers.ofString(body)).build();
      return HttpClient.newHttpClient().send(request, BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
