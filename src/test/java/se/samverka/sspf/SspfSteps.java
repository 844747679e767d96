package se.samverka.sspf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.samverka.support.Http;

/** The SSPF case worked through the engine's REST API, step by step, as the demo users do it in Tasklist. */
public class SspfSteps {

  private final Http http;

  public SspfSteps(Http http) {
    this.http = http;
  }

  /** The identity and district fields that every start form of a case shares. */
  public static Map<String, Object> person(String identityNumber, String firstName, String lastName, String district) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("pd_grund_personnummer", identityNumber);
    form.put("pd_grund_fornamn", firstName);
    form.put("pd_grund_efternamn", lastName);
    form.put("district", district);
    return form;
  }

  /**
   * A named referral: both guardians with custody and the young person signed the consent to it yesterday (the young
   * person's signature counts from 15 and is harmless below).
   */
  public static Map<String, Object> referral(String identityNumber, String firstName, String description) {
    Map<String, Object> form = person(identityNumber, firstName, "Testsson", "mariefred");
    form.put("referrerAgency", "skola");
    form.put("guardiansAgreed", "ja");
    form.put("referralConsentDate", LocalDate.now().minusDays(1).toString());
    form.put("referralConsentReference", "Dnr EHT 2026/17");
    form.put("referralGuardiansWithCustody", "2");
    form.put("referralConsentBy", List.of("vardnadshavare1", "vardnadshavare2", "ungdomen"));
    form.put("concernCategories", List.of("skolfranvaro", "kamrater"));
    form.put("pd_grund_beskrivning", description);
    form.put("acuteRisk", false);
    return form;
  }

  /** A referral without the guardians' agreement: a consultation that gives only the young person's age. */
  public static Map<String, Object> consultation(int age, String description) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("guardiansAgreed", "nej");
    form.put("pd_grund_alder", (long) age);
    form.put("district", "mariefred");
    form.put("referrerAgency", "skola");
    form.put("concernCategories", List.of("skolfranvaro"));
    form.put("pd_grund_beskrivning", description);
    form.put("acuteRisk", false);
    return form;
  }

  /** Submits the SSPF start form; returns the process instance id. */
  public String refer(String user, Map<String, Object> form) {
    return start(user, SspfArendeProcess.KEY, form);
  }

  /** Submits the start form of a process through the REST API, as Tasklist does; returns the process instance id. */
  public String start(String user, String processKey, Map<String, Object> form) {
    var response = http.post(user, "/engine-rest/process-definition/key/" + processKey + "/submit-form",
        Http.variables(form));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json().path("id").asText();
  }

  public List<JsonNode> tasks(String user, String processInstanceId) {
    var response = http.get(user, "/engine-rest/task?maxResults=100"
        + (processInstanceId == null ? "" : "&processInstanceId=" + processInstanceId));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    List<JsonNode> tasks = new ArrayList<>();
    response.json().forEach(tasks::add);
    return tasks;
  }

  /** The single task of the user in this case with this definition key. */
  public JsonNode task(String user, String processInstanceId, String taskKey) {
    var matching = tasks(user, processInstanceId).stream()
        .filter(t -> taskKey.equals(t.path("taskDefinitionKey").asText())).toList();
    assertThat(matching).as("%s sees one %s", user, taskKey).hasSize(1);
    return matching.get(0);
  }

  public Http.Response submit(String user, String taskId, Map<String, Object> form) {
    var claim = http.post(user, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", user));
    assertThat(claim.status()).as(claim.body()).isEqualTo(204);
    return http.post(user, "/engine-rest/task/" + taskId + "/submit-form", Http.variables(form));
  }

  public void complete(String user, String processInstanceId, String taskKey, Map<String, Object> form) {
    var response = submit(user, task(user, processInstanceId, taskKey).path("id").asText(), form);
    assertThat(response.status()).as(response.body()).isIn(200, 204);
  }

  public String caseId(String user, String taskId) {
    var response = http.get(user, "/engine-rest/task/" + taskId + "/variables/caseId");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json().path("value").asText();
  }

  /** The coordinator assesses: go on, and the coordinator obtains the consent. */
  public void assess(String instance) {
    assess(instance, "samordnare");
  }

  /** The coordinator assesses: go on; {@code obtainedBy} is {@code samordnare} or {@code aktualiserande}. */
  public void assess(String instance, String obtainedBy) {
    complete("samordnare", instance, "AssessReferralTask", assessment(obtainedBy));
  }

  public static Map<String, Object> assessment(String obtainedBy) {
    return Map.of("riskLevel", "medel", "partiesNeeded", SspfArendeProcess.PARTIES, "assessmentDecision", "fortsatt",
        "consentObtainedBy", obtainedBy, "pd_plan_bedomning", "Behöver samordnade insatser.");
  }

  /**
   * A written consent from the one guardian with custody (signed today), and from the young person when
   * {@code youth}; it names the SSPF function beside the parties given.
   */
  public static Map<String, Object> consent(List<String> parties, List<String> categories, boolean youth) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("guardiansWithCustody", "1");
    form.put("guardian1Consent", "ja");
    form.put("guardian1ConsentDate", LocalDate.now().toString());
    if (youth) {
      form.put("youthConsent", "ja");
      form.put("youthConsentDate", LocalDate.now().toString());
    }
    form.put("consentDocumentReference", "Dnr SSPF 2026/42");
    List<String> named = new ArrayList<>(List.of("sspf"));
    parties.stream().filter(p -> !p.equals("sspf")).forEach(named::add);
    form.put("consentParties", named);
    form.put("consentCategories", categories);
    form.put("consentValidTo", LocalDate.now().plusMonths(6).toString());
    form.put("pd_plan_samtycke", "Samtycke inhämtat vid hembesök.");
    return form;
  }

  public void mapping(String instance) {
    complete("samordnare", instance, "MappingTalkTask", Map.of("mappingTalkDate", LocalDate.now().toString(),
        "pd_plan_kartlaggning", "Familjen vill ha stöd.", "pd_plan_child_view", "Vill börja träna igen."));
  }

  /**
   * The case of the young person with this first name among the user's open tasks of a process (processes started for
   * the same person by another case have no id the test knows).
   */
  public String caseOfPerson(String user, String processKey, String taskKey, String firstName) {
    var tasks = http.get(user, "/engine-rest/task?maxResults=200&processDefinitionKey=" + processKey
        + "&taskDefinitionKey=" + taskKey).json();
    for (JsonNode task : tasks) {
      String caseId = caseId(user, task.path("id").asText());
      if (http.get(user, "/api/cases/" + caseId).json().path("person").path("firstName").asText().equals(firstName)) {
        return caseId;
      }
    }
    return null;
  }

  /** Fires a timer of the case now, as the administrator (the tests' stand-in for time passing). */
  public void fireTimer(String processInstanceId, String activityId) {
    var jobs = http.get("admin", "/engine-rest/job?timers=true&processInstanceId=" + processInstanceId
        + "&activityId=" + activityId);
    assertThat(jobs.json()).as(jobs.body()).hasSize(1);
    var executed = http.post("admin", "/engine-rest/job/" + jobs.json().get(0).path("id").asText() + "/execute", null);
    assertThat(executed.status()).as(executed.body()).isEqualTo(204);
  }
}
