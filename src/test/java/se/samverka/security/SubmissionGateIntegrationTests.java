package se.samverka.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samverka.sspf.SspfSteps;
import se.samverka.support.BrowserSession;
import se.samverka.support.Http;
import se.samverka.support.PostgresIntegrationTest;
import se.samverka.support.TestPersons;
import se.samverka.workflow.FormSchema;

/**
 * The submission gate and the caseworkers' part of the engine API, from the outside: what a caseworker's account
 * sends through {@code /engine-rest} that a form never would is refused with a Swedish 4xx, nothing of it reaches
 * another agency's case or the engine's tables, and tasks stay inside their group.
 */
@PostgresIntegrationTest
class SubmissionGateIntegrationTests {

  @Autowired
  Http http;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  IdentityService identityService;

  SspfSteps steps;

  @BeforeEach
  void setUp() {
    steps = new SspfSteps(http);
  }

  /** A referral by the school, waiting for the coordinator's assessment; returns the process instance id. */
  private String referral(String firstName) {
    return steps.refer("skola", SspfSteps.referral(TestPersons.identityNumber(13), firstName, "Oro för frånvaro."));
  }

  private String assessTaskId(String instance) {
    return steps.task("samordnare", instance, "AssessReferralTask").path("id").asText();
  }

  private static String message(Http.Response response) {
    JsonNode json = response.json();
    return json.path("message").asText(json.path("detail").asText(json.path("fel").asText()));
  }

  // --- class 1: variables that modules own

  @Test
  void aForgedCaseIdAtStartIsRefusedAndTheOtherCaseGetsNothing() {
    String victimInstance = referral("Offer");
    String victimCase = steps.caseId("samordnare", assessTaskId(victimInstance));
    long notesBefore = jdbc.queryForObject("select count(*) from note where case_id = ?", Long.class, victimCase);

    Map<String, Object> forged = new LinkedHashMap<>(SspfSteps.referral(TestPersons.identityNumber(14), "Falsk",
        "Polisens anteckning som ska hamna i fel ärende."));
    forged.put("caseId", victimCase);
    for (String path : List.of("/engine-rest/process-definition/key/sspf-arende/submit-form",
        "/engine-rest/process-definition/key/sspf-arende/start")) {
      var response = http.post("polis", path, Http.variables(forged));
      assertThat(response.status()).as(path + " " + response.body()).isEqualTo(400);
      assertThat(message(response)).contains("\"caseId\" sätts av Samverka");
    }
    assertThat(jdbc.queryForObject("select count(*) from note where case_id = ?", Long.class, victimCase))
        .isEqualTo(notesBefore);
    assertThat(http.get("polis", "/api/cases/" + victimCase).status()).isEqualTo(404);
  }

  @Test
  void aForgedCaseIdAtCompletionIsRefused() {
    String mine = referral("Egen");
    String other = steps.caseId("samordnare", assessTaskId(referral("Annan")));
    String taskId = assessTaskId(mine);
    var claim = http.post("samordnare", "/engine-rest/task/" + taskId + "/claim", Map.of("userId", "samordnare"));
    assertThat(claim.status()).isEqualTo(204);
    Map<String, Object> form = new LinkedHashMap<>(Map.of("riskLevel", "medel", "partiesNeeded", List.of("skola"),
        "assessmentDecision", "fortsatt", "consentObtainedBy", "samordnare", "pd_plan_bedomning", "Bedömning."));
    form.put("caseId", other);
    for (String action : List.of("submit-form", "complete")) {
      var response = http.post("samordnare", "/engine-rest/task/" + taskId + "/" + action, Http.variables(form));
      assertThat(response.status()).as(action + " " + response.body()).isEqualTo(400);
    }
    assertThat(http.get("samordnare", "/engine-rest/task/" + taskId).status()).isEqualTo(200);
  }

  @Test
  void caseworkersCannotWriteOrDeleteVariablesThroughAnyEndpoint() {
    String instance = referral("Variabel");
    String taskId = assessTaskId(instance);
    String executionId = http.get("admin", "/engine-rest/task/" + taskId).json().path("executionId").asText();
    var caseIdValue = Map.of("value", "00000000-0000-0000-0000-000000000000", "type", "String");
    List<Http.Response> attempts = List.of(
        http.send("samordnare", "PUT", "/engine-rest/task/" + taskId + "/variables/caseId", caseIdValue),
        http.post("samordnare", "/engine-rest/task/" + taskId + "/variables", Map.of("modifications",
            Map.of("caseId", caseIdValue))),
        http.send("samordnare", "PUT", "/engine-rest/task/" + taskId + "/localVariables/x", caseIdValue),
        http.send("samordnare", "DELETE", "/engine-rest/task/" + taskId + "/variables/caseId", null),
        http.send("samordnare", "PUT", "/engine-rest/execution/" + executionId + "/localVariables/caseId",
            caseIdValue),
        http.send("samordnare", "PUT", "/engine-rest/process-instance/" + instance + "/variables/caseId",
            caseIdValue),
        http.post("samordnare", "/engine-rest/process-instance/" + instance + "/variables", Map.of("deletions",
            List.of("caseId"))));
    for (Http.Response attempt : attempts) {
      assertThat(attempt.status()).as(attempt.body()).isIn(403, 404);
    }
    assertThat(steps.caseId("samordnare", taskId)).isNotEqualTo("00000000-0000-0000-0000-000000000000");
  }

  @Test
  void startingWithInstructionsOrWithoutListenersIsRefused() {
    Map<String, Object> form = SspfSteps.referral(TestPersons.identityNumber(13), "Instruktion", "Oro.");
    var body = Http.variables(form);
    body.putArray("startInstructions").addObject().put("type", "startBeforeActivity")
        .put("activityId", "AssessReferralTask");
    var withInstructions = http.post("skola", "/engine-rest/process-definition/key/sspf-arende/start", body);
    assertThat(withInstructions.status()).as(withInstructions.body()).isEqualTo(403);

    // Without instructions the engine refuses skipped listeners by itself (ENGINE-13024): a bad request.
    var skipping = Http.variables(form);
    skipping.put("skipCustomListeners", true);
    var withoutListeners = http.post("skola", "/engine-rest/process-definition/key/sspf-arende/start", skipping);
    assertThat(withoutListeners.status()).as(withoutListeners.body()).isIn(400, 403);
    assertThat(jdbc.queryForObject("select count(*) from act_hi_varinst where text_ like '%Instruktion%'",
        Long.class)).isZero();
  }

  @Test
  void caseworkersCannotModifySuspendDeleteCorrelateOrMakeTasks() {
    String instance = referral("Motor");
    String taskId = assessTaskId(instance);
    List<Http.Response> attempts = List.of(
        http.post("samordnare", "/engine-rest/process-instance/" + instance + "/modification",
            Map.of("instructions", List.of(Map.of("type", "cancel", "activityId", "AssessReferralTask")))),
        http.send("samordnare", "PUT", "/engine-rest/process-instance/" + instance + "/suspended",
            Map.of("suspended", true)),
        http.send("samordnare", "DELETE", "/engine-rest/process-instance/" + instance, null),
        http.post("samordnare", "/engine-rest/message", Map.of("messageName", "sspf-samtycke-aterkallat",
            "processInstanceId", instance)),
        http.post("samordnare", "/engine-rest/task/create", Map.of("name", "Egen uppgift om barnet")),
        http.send("samordnare", "PUT", "/engine-rest/task/" + taskId, Map.of("name", "Nytt namn",
            "description", "Fritext om barnet")),
        http.post("samordnare", "/engine-rest/task/" + taskId + "/identity-links",
            Map.of("groupId", "polis", "type", "candidate")),
        http.post("samordnare", "/engine-rest/signal", Map.of("name", "x")));
    for (Http.Response attempt : attempts) {
      assertThat(attempt.status()).as(attempt.body()).isIn(403, 404);
      assertThat(attempt.status()).isLessThan(500);
    }
    assertThat(http.get("admin", "/engine-rest/process-instance/" + instance).json().path("suspended").asBoolean())
        .isFalse();
    assertThat(steps.task("samordnare", instance, "AssessReferralTask").path("name").asText())
        .isEqualTo("Bedöm aktualiseringen");
    assertThat(http.get("polis", "/engine-rest/task?processInstanceId=" + instance).json()).isEmpty();
  }

  @Test
  void whatTasklistReadsWhenATaskIsOpenedPassesTheGate() throws Exception {
    String taskId = assessTaskId(referral("Läsning"));
    var session = new BrowserSession(http);
    session.login("samordnare", Http.PASSWORD);
    assertThat(session.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
    String api = "/camunda/api/engine/engine/default";
    for (String path : List.of("/user/samordnare/profile", "/group?member=samordnare", "/task/" + taskId,
        "/task/" + taskId + "/form", "/task/" + taskId + "/deployed-form", "/task/" + taskId + "/form-variables",
        "/task/" + taskId + "/identity-links", "/filter?resourceType=Task",
        "/process-definition/" + http.get("admin", "/engine-rest/task/" + taskId).json().path("processDefinitionId")
            .asText() + "/xml")) {
      var read = session.get(api + path, "application/json");
      assertThat(read.statusCode()).as(path + " " + read.body()).isEqualTo(200);
    }
    for (String path : List.of("/engine-rest/user/samordnare/profile", "/engine-rest/group?member=samordnare",
        "/engine-rest/identity/groups?userId=samordnare")) {
      var read = http.get("samordnare", path);
      assertThat(read.status()).as(path + " " + read.body()).isEqualTo(200);
    }
  }

  @Test
  void theGateHoldsForTasklistsOwnApiToo() throws Exception {
    String instance = referral("Tasklist");
    String taskId = assessTaskId(instance);
    String other = steps.caseId("samordnare", assessTaskId(referral("Tasklist2")));
    var session = new BrowserSession(http);
    session.login("samordnare", Http.PASSWORD);
    assertThat(session.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
    String api = "/camunda/api/engine/engine/default/task/" + taskId;
    assertThat(session.post(api + "/assignee", "{\"userId\": \"polis\"}").statusCode()).isEqualTo(403);
    assertThat(session.post(api + "/claim", "{\"userId\": \"samordnare\"}").statusCode()).isEqualTo(204);
    var forged = session.post(api + "/submit-form", "{\"variables\": {\"caseId\": {\"value\": \"" + other
        + "\"}, \"riskLevel\": {\"value\": \"medel\"}}}");
    assertThat(forged.statusCode()).as(forged.body()).isEqualTo(400);
    assertThat(forged.body()).contains("caseId");
    var variable = session.post(api + "/variables", "{\"modifications\": {\"caseId\": {\"value\": \"" + other
        + "\"}}}");
    assertThat(variable.statusCode()).as(variable.body()).isEqualTo(403);
    assertThat(steps.caseId("samordnare", taskId)).isNotEqualTo(other);
  }

  // --- class 3: hand-overs stay in the group

  @ParameterizedTest
  @ValueSource(strings = {"claim", "assignee", "delegate"})
  void aTaskCannotBeHandedToAnotherAgency(String action) {
    String taskId = assessTaskId(referral("Lämna" + action));
    var response = http.post("samordnare", "/engine-rest/task/" + taskId + "/" + action, Map.of("userId", "polis"));
    assertThat(response.status()).as(response.body()).isEqualTo(403);
    assertThat(message(response)).contains("den grupp den är riktad till");
    assertThat(http.get("polis", "/engine-rest/task/" + taskId).status()).isIn(403, 404);
    assertThat(http.get("admin", "/engine-rest/task/" + taskId).json().path("assignee").isNull()).isTrue();
  }

  @Test
  void aTaskHandedToAColleagueAndGivenBackLeavesTheColleagueNoAccessOfItsOwn() {
    if (identityService.createUserQuery().userId("samordnare2").count() == 0) {
      var user = identityService.newUser("samordnare2");
      user.setPassword(Http.PASSWORD);
      user.setFirstName("Andra");
      user.setLastName("Samordnaren");
      identityService.saveUser(user);
      identityService.createMembership("samordnare2", "samordnare");
    }
    String taskId = assessTaskId(referral("Kollega"));
    assertThat(http.post("samordnare", "/engine-rest/task/" + taskId + "/assignee", Map.of("userId", "samordnare2"))
        .status()).isEqualTo(204);
    assertThat(userGrantsOn(taskId, "samordnare2")).isEqualTo(1);
    assertThat(http.post("samordnare2", "/engine-rest/task/" + taskId + "/unclaim", null).status()).isEqualTo(204);
    assertThat(userGrantsOn(taskId, "samordnare2")).isZero();
    assertThat(http.post("samordnare", "/engine-rest/task/" + taskId + "/claim", Map.of("userId", "samordnare"))
        .status()).isEqualTo(204);
  }

  private long userGrantsOn(String taskId, String user) {
    return jdbc.queryForObject("select count(*) from act_ru_authorization where resource_type_ = 7 "
        + "and resource_id_ = ? and user_id_ = ?", Long.class, taskId, user);
  }

  // --- class 4: the manager reads figures, not the engine

  @Test
  void theManagerReadsNoProcessInstanceNoHistoryAndHasNoCockpit() {
    referral("Chef");
    assertThat(http.get("chef", "/engine-rest/process-instance/count").json().path("count").asLong()).isZero();
    assertThat(http.get("chef", "/engine-rest/history/process-instance/count").json().path("count").asLong()).isZero();
    assertThat(http.get("chef", "/engine-rest/history/variable-instance/count").json().path("count").asLong())
        .isZero();
    assertThat(http.get("chef", "/engine-rest/variable-instance/count").json().path("count").asLong()).isZero();
    assertThat(jdbc.queryForObject("select count(*) from act_ru_authorization where group_id_ = 'chef' "
        + "and resource_id_ in ('*', 'cockpit')", Long.class)).isZero();
  }

  // --- classes 5 and 6: the form is the contract, and personal data stays out of plain fields

  @Test
  void startFormsRefuseWhatTheFormWouldNeverSend() {
    Map<String, Object> base = SspfSteps.referral(TestPersons.identityNumber(13), "Formulär", "Oro.");
    Map<String, Map<String, Object>> hostile = new LinkedHashMap<>();
    hostile.put("okänd nyckel", with(base, "isAdmin", true));
    hostile.put("värde utanför valen", with(base, "district", "stockholm"));
    hostile.put("för lång text", with(base, "pd_grund_fornamn", "x".repeat(1_000_000)));
    hostile.put("fel typ", with(base, "acuteRisk", "kanske"));
    hostile.put("saknat obligatoriskt fält", without(base, "district"));
    hostile.put("styrtecken", with(base, "pd_grund_efternamn", "Test\u0007sson"));
    for (var attempt : hostile.entrySet()) {
      var response = http.post("skola", "/engine-rest/process-definition/key/sspf-arende/submit-form",
          Http.variables(attempt.getValue()));
      assertThat(response.status()).as(attempt.getKey() + ": " + response.body()).isEqualTo(400);
      assertThat(response.body()).as(attempt.getKey()).doesNotContain("xxxxxxxxxx").hasSizeLessThan(2000);
    }
  }

  @Test
  void aPersonnummerInAPlainFieldIsRefusedAndStoredNowhere() {
    String number = TestPersons.identityNumber(16);
    String digits = number.replace("-", "");
    var response = http.post("alkoholhandlaggare", "/engine-rest/process-definition/key/alkoholtillsyn/submit-form",
        Http.variables(Map.of("premisesRef", "Krogen " + number, "reason", "tips", "kind", "yttre")));
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(message(response)).contains("innehåller ett personnummer");
    for (String table : List.of("act_ru_variable", "act_hi_varinst", "act_hi_detail")) {
      assertThat(jdbc.queryForObject("select count(*) from " + table + " where text_ like ? or text_ like ?",
          Long.class, "%" + number + "%", "%" + digits + "%")).as(table).isZero();
    }
  }

  @Test
  void everyFormFieldFitsItsColumn() throws Exception {
    int engineText = jdbc.queryForObject("select character_maximum_length from information_schema.columns "
        + "where table_name = 'act_ru_variable' and column_name = 'text_'", Integer.class);
    Map<String, Integer> caseStore = Map.of(
        "pd_grund_fornamn", column("person", "first_name"),
        "pd_grund_efternamn", column("person", "last_name"));
    int note = column("note", "body");
    try (var files = Files.walk(Path.of("forms"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        FormSchema form = FormSchema.parse(Files.newInputStream(file));
        for (FormSchema.Field field : form.fields().values()) {
          if (!field.isText()) {
            continue;
          }
          int limit = field.key().startsWith("pd_") ? caseStore.getOrDefault(field.key(),
              field.key().equals("pd_grund_personnummer") ? 13 : note) : engineText;
          assertThat(field.maxLength()).as("%s: %s", file, field.key()).isNotNull().isLessThanOrEqualTo(limit);
        }
      }
    }
  }

  private int column(String table, String column) {
    return jdbc.queryForObject("select character_maximum_length from information_schema.columns "
        + "where table_name = ? and column_name = ?", Integer.class, table, column);
  }

  private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(base);
    copy.put(key, value);
    return copy;
  }

  private static Map<String, Object> without(Map<String, Object> base, String key) {
    Map<String, Object> copy = new LinkedHashMap<>(base);
    copy.remove(key);
    return copy;
  }
}
