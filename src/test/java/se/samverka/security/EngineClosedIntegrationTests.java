package se.samverka.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samverka.sspf.SspfSteps;
import se.samverka.support.BrowserSession;
import se.samverka.support.DemoAccounts;
import se.samverka.support.Http;
import se.samverka.support.PostgresIntegrationTest;
import se.samverka.support.TestPersons;

/**
 * The engine's own interfaces from the outside: {@code /engine-rest} and the Camunda webapps ({@code /camunda/**})
 * refuse every caseworker role in Swedish, and serve the administrator and the integration account; the integration
 * account stays inside the engine's authorizations and the submission gate.
 */
@PostgresIntegrationTest
class EngineClosedIntegrationTests {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String INTEGRATION = "integration";

  @Autowired
  Http http;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  IdentityService identityService;

  @Autowired
  FormService formService;

  @Autowired
  RepositoryService repositoryService;

  static List<String> caseworkers() {
    return DemoAccounts.GROUPS;
  }

  /** An SSPF referral by the school, started inside the engine as the school's account; returns the instance id. */
  private String referralBySchool(String firstName) {
    List<String> groups = identityService.createGroupQuery().groupMember("skola").list().stream().map(Group::getId)
        .toList();
    String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey("sspf-arende")
        .latestVersion().singleResult().getId();
    identityService.setAuthentication("skola", groups);
    try {
      return formService.submitStartForm(definition, new HashMap<>(SspfSteps.referral(TestPersons.identityNumber(13),
          firstName, "Oro för frånvaro."))).getId();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static void assertSwedishEngineRefusal(Http.Response response, String what) {
    assertThat(response.status()).as(what + " " + response.body()).isEqualTo(403);
    JsonNode problem = response.json();
    assertThat(problem.path("status").asInt()).as(what).isEqualTo(403);
    assertThat(problem.path("detail").asText()).as(what)
        .contains("bara till för administratören och integrationskonton", "Samverka");
    assertThat(problem.path("title").asText()).as(what).isNotBlank();
    assertThat(response.body()).as(what).doesNotContain("Forbidden", "Access Denied");
  }

  // --- caseworkers

  @ParameterizedTest
  @MethodSource("caseworkers")
  void engineRestRefusesEveryCaseworkerRoleWithASwedishProblem(String group) {
    assertSwedishEngineRefusal(http.get(group, "/engine-rest/task"), group + " lists tasks");
    assertSwedishEngineRefusal(http.get(group, "/engine-rest/process-definition"), group + " lists definitions");
    assertSwedishEngineRefusal(http.get(group, "/engine-rest/history/process-instance/count"), group + " history");
    assertSwedishEngineRefusal(http.post(group, "/engine-rest/process-definition/key/sspf-arende/submit-form",
        Http.variables(SspfSteps.referral(TestPersons.identityNumber(13), "Stängd", "Oro."))), group + " starts");
    assertSwedishEngineRefusal(http.post(group, "/engine-rest/task/okand/claim", Map.of("userId", group)),
        group + " claims");
    assertSwedishEngineRefusal(http.get(group, "/engine-rest/user/" + group + "/profile"), group + " own profile");
  }

  @ParameterizedTest
  @MethodSource("caseworkers")
  void theCamundaWebappsRefuseEveryCaseworkerRoleWithTheSwedishErrorPage(String group) throws Exception {
    var session = new BrowserSession(http);
    assertThat(session.login(group, Http.PASSWORD).headers().firstValue("Location").orElseThrow())
        .doesNotContain("error");
    for (String app : List.of("/camunda/app/tasklist/default/", "/camunda/app/cockpit/default/",
        "/camunda/app/admin/default/", "/camunda/app/welcome/default/")) {
      var page = session.get(app);
      assertThat(page.statusCode()).as(group + " " + app).isEqualTo(403);
      assertThat(page.headers().firstValue("Content-Type").orElseThrow()).as(app).startsWith("text/html");
      assertThat(page.body()).as(app).contains("lang=\"sv\"", "Du har inte behörighet till sidan")
          .doesNotContain("ng-app", "camunda-tasklist-ui");
    }
    for (String api : List.of("/camunda/api/admin/auth/user/default", "/camunda/api/engine/engine/default/task",
        "/camunda/api/cockpit/plugin/base/default/process-definition/statistics-count")) {
      var refused = session.get(api, "application/json");
      assertThat(refused.statusCode()).as(group + " " + api).isEqualTo(403);
      assertThat(JSON.readTree(refused.body()).path("detail").asText()).as(api)
          .contains("bara till för administratören och integrationskonton");
    }
    // Samverka's own pages stay open to the same session.
    assertThat(session.get("/").statusCode()).isEqualTo(200);
  }

  @Test
  void samverkasOwnApiStaysOpenToCaseworkers() {
    for (String group : DemoAccounts.GROUPS) {
      assertThat(http.get(group, "/api/tasks").status()).as(group).isEqualTo(200);
      assertThat(http.get(group, "/api/legal-grounds").status()).as(group).isEqualTo(200);
    }
  }

  // --- the administrator

  @Test
  void theAdministratorUsesEngineRestAndEveryWebapp() throws Exception {
    assertThat(http.get("admin", "/engine-rest/task").status()).isEqualTo(200);
    assertThat(http.get("admin", "/engine-rest/deployment").status()).isEqualTo(200);
    assertThat(http.get("admin", "/engine-rest/history/process-instance/count").status()).isEqualTo(200);
    var session = new BrowserSession(http);
    session.login("admin", Http.PASSWORD);
    for (String app : List.of("/camunda/app/tasklist/default/", "/camunda/app/cockpit/default/",
        "/camunda/app/admin/default/")) {
      assertThat(session.get(app).statusCode()).as(app).isEqualTo(200);
    }
    var user = session.get("/camunda/api/admin/auth/user/default", "application/json");
    assertThat(user.statusCode()).as(user.body()).isEqualTo(200);
    List<String> apps = new ArrayList<>();
    JSON.readTree(user.body()).path("authorizedApps").forEach(a -> apps.add(a.asText()));
    assertThat(apps).contains("tasklist", "cockpit", "admin");
  }

  // --- the integration account

  @Test
  void theIntegrationAccountUsesEngineRestWithinItsNarrowAuthorizations() throws Exception {
    String instance = referralBySchool("Integration");
    // It may read the definitions it may start, and start them (below); nothing of the cases.
    var definitions = http.get(INTEGRATION, "/engine-rest/process-definition?latestVersion=true");
    assertThat(definitions.status()).as(definitions.body()).isEqualTo(200);
    List<String> keys = definitions.json().findValuesAsText("key");
    assertThat(keys).contains("sspf-arende", "orosanmalan", "alkoholtillsyn").doesNotContain("sspf-styrgrupp");
    var tasks = http.get(INTEGRATION, "/engine-rest/task?processInstanceId=" + instance);
    assertThat(tasks.status()).isEqualTo(200);
    assertThat(tasks.json()).as("tasks of a case").isEmpty();
    assertThat(http.get(INTEGRATION, "/engine-rest/process-instance/count").json().path("count").asLong()).isZero();
    assertThat(http.get(INTEGRATION, "/engine-rest/variable-instance/count").json().path("count").asLong()).isZero();
    assertThat(http.get(INTEGRATION, "/engine-rest/history/variable-instance/count").json().path("count").asLong())
        .isZero();
    assertThat(http.get(INTEGRATION, "/engine-rest/history/process-instance/count").json().path("count").asLong())
        .isZero();
    // No administration.
    assertThat(http.post(INTEGRATION, "/engine-rest/authorization/create", Map.of("type", 1, "permissions",
        List.of("ALL"), "groupId", INTEGRATION, "resourceType", 9, "resourceId", "*")).status()).isEqualTo(403);
    assertThat(http.post(INTEGRATION, "/engine-rest/user/create", Map.of("profile", Map.of("id", "inkraktare2"),
        "credentials", Map.of("password", "x"))).status()).isEqualTo(403);
    // It passes Spring Security's door to the webapps, but the engine grants it none of Tasklist, Cockpit or Admin.
    var session = new BrowserSession(http);
    session.login(INTEGRATION, Http.PASSWORD);
    session.get("/camunda/app/tasklist/default/");
    var user = session.get("/camunda/api/admin/auth/user/default", "application/json");
    assertThat(user.statusCode()).as(user.body()).isEqualTo(200);
    List<String> apps = new ArrayList<>();
    JSON.readTree(user.body()).path("authorizedApps").forEach(a -> apps.add(a.asText()));
    assertThat(apps).doesNotContain("tasklist", "cockpit", "admin");
    // It belongs to no agency: Samverka's case data is not for it.
    assertThat(http.get(INTEGRATION, "/api/deadlines").json()).isEmpty();
  }

  @Test
  void theIntegrationAccountCannotWriteAPdVariableOrAPersonnummerThroughEngineRest() {
    String instance = referralBySchool("Grind");
    String number = TestPersons.identityNumber(16);
    var value = Map.of("value", number, "type", "String");
    List<Http.Response> writes = List.of(
        http.send(INTEGRATION, "PUT", "/engine-rest/process-instance/" + instance + "/variables/pd_grund_fornamn",
            value),
        http.post(INTEGRATION, "/engine-rest/process-instance/" + instance + "/variables",
            Map.of("modifications", Map.of("pd_grund_personnummer", value))),
        http.send(INTEGRATION, "PUT", "/engine-rest/process-instance/" + instance + "/variables/anteckning", value));
    for (Http.Response write : writes) {
      assertThat(write.status()).as(write.body()).isIn(403, 404);
    }
    // A start form with personal data: the integration account owns no data, so the case store takes none from it.
    var withPersonalData = http.post(INTEGRATION, "/engine-rest/process-definition/key/sspf-arende/submit-form",
        Http.variables(SspfSteps.referral(number, "Integrerad", "Oro från ett annat system.")));
    assertThat(withPersonalData.status()).as(withPersonalData.body()).isEqualTo(400);
    assertThat(withPersonalData.body()).contains("hör inte till någon myndighet").doesNotContain(number);
    // A personnummer in a plain field is refused by the gate as for anyone.
    var inPlainField = http.post(INTEGRATION, "/engine-rest/process-definition/key/alkoholtillsyn/submit-form",
        Http.variables(Map.of("premisesRef", "Krogen " + number, "reason", "tips", "kind", "yttre")));
    assertThat(inPlainField.status()).as(inPlainField.body()).isEqualTo(400);
    assertThat(inPlainField.json().path("message").asText()).contains("innehåller ett personnummer");
    String digits = number.replace("-", "");
    for (String table : List.of("act_ru_variable", "act_hi_varinst", "act_hi_detail", "person")) {
      String column = table.equals("person") ? "identity_number" : "text_";
      assertThat(jdbc.queryForObject("select count(*) from " + table + " where " + column + " like ? or " + column
          + " like ?", Long.class, "%" + number + "%", "%" + digits + "%")).as(table).isZero();
    }
  }
}
