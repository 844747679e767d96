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
import se.samverka.support.WorkApi;
import se.samverka.workflow.FormSchema;

/**
 * The submission gate from the outside: what a caseworker sends through Samverka's {@code /api}, or an integration
 * account through {@code /engine-rest}, that a form never would is refused with a Swedish 4xx, nothing of it reaches
 * another agency's case or the engine's tables, and tasks stay inside their group. The integration account has no
 * agency and no task: the gate and the engine's authorizations hold for it as for anyone.
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
  WorkApi api;

  /** Other systems' account on the engine's REST API. */
  static final String INTEGRATION = "integration";

  @BeforeEach
  void setUp() {
    steps = new SspfSteps(http);
    api = steps.api();
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
    var throughApi = api.startResponse("polis", "sspf-arende", forged);
    assertThat(throughApi.status()).as(throughApi.body()).isEqualTo(400);
    assertThat(throughApi.body()).contains("caseId").doesNotContain(victimCase);
    for (String path : List.of("/engine-rest/process-definition/key/sspf-arende/submit-form",
        "/engine-rest/process-definition/key/sspf-arende/start")) {
      var response = http.post(INTEGRATION, path, Http.variables(forged));
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
    var claim = api.claim("samordnare", taskId);
    assertThat(claim.status()).isEqualTo(200);
    Map<String, Object> form = new LinkedHashMap<>(Map.of("riskLevel", "medel", "partiesNeeded", List.of("skola"),
        "assessmentDecision", "fortsatt", "consentObtainedBy", "samordnare", "pd_plan_bedomning", "Bedömning."));
    form.put("caseId", other);
    var response = api.complete("samordnare", taskId, form);
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("caseId").doesNotContain(other);
    assertThat(api.read("samordnare", taskId).status()).isEqualTo(200);
    assertThat(steps.caseId("samordnare", taskId)).isNotEqualTo(other);
  }

  @Test
  void theIntegrationAccountCannotWriteOrDeleteVariablesThroughAnyEndpoint() {
    String instance = referral("Variabel");
    String taskId = assessTaskId(instance);
    String executionId = http.get("admin", "/engine-rest/task/" + taskId).json().path("executionId").asText();
    var caseIdValue = Map.of("value", "00000000-0000-0000-0000-000000000000", "type", "String");
    List<Http.Response> attempts = List.of(
        http.send(INTEGRATION, "PUT", "/engine-rest/task/" + taskId + "/variables/caseId", caseIdValue),
        http.post(INTEGRATION, "/engine-rest/task/" + taskId + "/variables", Map.of("modifications",
            Map.of("caseId", caseIdValue))),
        http.send(INTEGRATION, "PUT", "/engine-rest/task/" + taskId + "/localVariables/x", caseIdValue),
        http.send(INTEGRATION, "DELETE", "/engine-rest/task/" + taskId + "/variables/caseId", null),
        http.send(INTEGRATION, "PUT", "/engine-rest/execution/" + executionId + "/localVariables/caseId",
            caseIdValue),
        http.send(INTEGRATION, "PUT", "/engine-rest/process-instance/" + instance + "/variables/caseId",
            caseIdValue),
        http.send(INTEGRATION, "PUT", "/engine-rest/process-instance/" + instance + "/variables/pd_grund_fornamn",
            Map.of("value", "Påhittad", "type", "String")),
        http.post(INTEGRATION, "/engine-rest/process-instance/" + instance + "/variables", Map.of("deletions",
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
    var withInstructions = http.post(INTEGRATION, "/engine-rest/process-definition/key/sspf-arende/start", body);
    assertThat(withInstructions.status()).as(withInstructions.body()).isEqualTo(403);

    // Without instructions the engine refuses skipped listeners by itself (ENGINE-13024): a bad request.
    var skipping = Http.variables(form);
    skipping.put("skipCustomListeners", true);
    var withoutListeners = http.post(INTEGRATION, "/engine-rest/process-definition/key/sspf-arende/start", skipping);
    assertThat(withoutListeners.status()).as(withoutListeners.body()).isIn(400, 403);
    assertThat(jdbc.queryForObject("select count(*) from act_hi_varinst where text_ like '%Instruktion%'",
        Long.class)).isZero();
  }

  @Test
  void theIntegrationAccountCannotModifySuspendDeleteCorrelateOrMakeTasks() {
    String instance = referral("Motor");
    String taskId = assessTaskId(instance);
    List<Http.Response> attempts = List.of(
        http.post(INTEGRATION, "/engine-rest/process-instance/" + instance + "/modification",
            Map.of("instructions", List.of(Map.of("type", "cancel", "activityId", "AssessReferralTask")))),
        http.send(INTEGRATION, "PUT", "/engine-rest/process-instance/" + instance + "/suspended",
            Map.of("suspended", true)),
        http.send(INTEGRATION, "DELETE", "/engine-rest/process-instance/" + instance, null),
        http.post(INTEGRATION, "/engine-rest/message", Map.of("messageName", "sspf-samtycke-aterkallat",
            "processInstanceId", instance)),
        http.post(INTEGRATION, "/engine-rest/task/create", Map.of("name", "Egen uppgift om barnet")),
        http.send(INTEGRATION, "PUT", "/engine-rest/task/" + taskId, Map.of("name", "Nytt namn",
            "description", "Fritext om barnet")),
        http.post(INTEGRATION, "/engine-rest/task/" + taskId + "/identity-links",
            Map.of("groupId", "polis", "type", "candidate")),
        http.post(INTEGRATION, "/engine-rest/signal", Map.of("name", "x")));
    for (Http.Response attempt : attempts) {
      assertThat(attempt.status()).as(attempt.body()).isIn(403, 404);
      assertThat(attempt.status()).isLessThan(500);
    }
    assertThat(http.get("admin", "/engine-rest/process-instance/" + instance).json().path("suspended").asBoolean())
        .isFalse();
    assertThat(steps.task("samordnare", instance, "AssessReferralTask").path("name").asText())
        .isEqualTo("Bedöm aktualiseringen");
    assertThat(http.get(INTEGRATION, "/engine-rest/task?processInstanceId=" + instance).json()).isEmpty();
    assertThat(api.list("polis", instance, null)).isEmpty();
  }

  @Test
  void theGateHoldsForSamverkasOwnApi() {
    String instance = referral("Api");
    String taskId = assessTaskId(instance);
    String other = steps.caseId("samordnare", assessTaskId(referral("Api2")));
    assertThat(api.assign("samordnare", taskId, "polis").status()).isIn(400, 403, 404);
    assertThat(api.claim("samordnare", taskId).status()).isEqualTo(200);
    var forged = api.complete("samordnare", taskId, Map.of("caseId", other, "riskLevel", "medel"));
    assertThat(forged.status()).as(forged.body()).isEqualTo(400);
    assertThat(forged.body()).contains("caseId");
    assertThat(steps.caseId("samordnare", taskId)).isNotEqualTo(other);
  }

  // --- class 3: hand-overs stay in the group

  @Test
  void aTaskCannotBeHandedToAnotherAgency() {
    String taskId = assessTaskId(referral("Lämna"));
    var response = api.assign("samordnare", taskId, "polis");
    assertThat(response.status()).as(response.body()).isIn(400, 403);
    assertThat(response.json().path("detail").asText()).isNotBlank();
    assertThat(api.read("polis", taskId).status()).isEqualTo(404);
    assertThat(http.get("admin", "/engine-rest/task/" + taskId).json().path("assignee").isNull()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"claim", "assignee", "delegate"})
  void theEngineItselfHandsATaskOnlyWithinItsGroup(String action) {
    // Even the administrator, on the engine's own interface: the rule is the gate's.
    String taskId = assessTaskId(referral("Motor" + action));
    var response = http.post("admin", "/engine-rest/task/" + taskId + "/" + action, Map.of("userId", "polis"));
    assertThat(response.status()).as(response.body()).isEqualTo(403);
    assertThat(message(response)).contains("den grupp den är riktad till");
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
    var handed = api.assign("samordnare", taskId, "samordnare2");
    assertThat(handed.status()).as(handed.body()).isEqualTo(200);
    assertThat(userGrantsOn(taskId, "samordnare2")).isEqualTo(1);
    assertThat(api.unclaim("samordnare2", taskId).status()).isEqualTo(200);
    assertThat(userGrantsOn(taskId, "samordnare2")).isZero();
    assertThat(api.claim("samordnare", taskId).status()).isEqualTo(200);
  }

  private long userGrantsOn(String taskId, String user) {
    return jdbc.queryForObject("select count(*) from act_ru_authorization where resource_type_ = 7 "
        + "and resource_id_ = ? and user_id_ = ?", Long.class, taskId, user);
  }

  // --- class 4: the manager reads figures, not the engine

  @Test
  void theManagerReadsNoProcessInstanceNoHistoryAndHasNoCockpit() {
    referral("Chef");
    for (String path : List.of("/engine-rest/process-instance/count", "/engine-rest/history/process-instance/count",
        "/engine-rest/history/variable-instance/count", "/engine-rest/variable-instance/count")) {
      assertThat(http.get("chef", path).status()).as(path).isEqualTo(403);
    }
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
      var response = api.startResponse("skola", "sspf-arende", attempt.getValue());
      assertThat(response.status()).as(attempt.getKey() + ": " + response.body()).isEqualTo(400);
      assertThat(response.body()).as(attempt.getKey()).doesNotContain("xxxxxxxxxx").hasSizeLessThan(2000);
      var throughEngine = http.post(INTEGRATION, "/engine-rest/process-definition/key/sspf-arende/submit-form",
          Http.variables(attempt.getValue()));
      assertThat(throughEngine.status()).as(attempt.getKey() + ": " + throughEngine.body()).isEqualTo(400);
      assertThat(throughEngine.body()).as(attempt.getKey()).doesNotContain("xxxxxxxxxx").hasSizeLessThan(2000);
    }
  }

  @Test
  void aPersonnummerInAPlainFieldIsRefusedAndStoredNowhere() {
    String number = TestPersons.identityNumber(16);
    String digits = number.replace("-", "");
    var response = api.startResponse("alkoholhandlaggare", "alkoholtillsyn",
        Map.of("premisesRef", "Krogen " + number, "reason", "tips", "kind", "yttre"));
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).doesNotContain(number);
    var throughEngine = http.post(INTEGRATION, "/engine-rest/process-definition/key/alkoholtillsyn/submit-form",
        Http.variables(Map.of("premisesRef", "Krogen " + number, "reason", "tips", "kind", "yttre")));
    assertThat(throughEngine.status()).as(throughEngine.body()).isEqualTo(400);
    assertThat(message(throughEngine)).contains("innehåller ett personnummer");
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
