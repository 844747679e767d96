package se.samverka.sspf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.samverka.support.Http;
import se.samverka.support.WorkApi;

/**
 * The SSPF case worked through Samverka's own API ({@code /api}), step by step, as the demo users do it in Samverka's
 * pages. Only the administrator's stand-in for time passing ({@link #fireTimer}) uses the engine's {@code /engine-rest}.
 */
public class SspfSteps {

  private final Http http;
  private final WorkApi api;

  public SspfSteps(Http http) {
    this.http = http;
    this.api = new WorkApi(http);
  }

  public WorkApi api() {
    return api;
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

  /** Submits the start form of a process through {@code /api}, as the start page does; returns the instance id. */
  public String start(String user, String processKey, Map<String, Object> form) {
    return api.start(user, processKey, form);
  }

  /** The user's open tasks in this case ({@code null}: all), from the user's queues, with their step keys. */
  public List<JsonNode> tasks(String user, String processInstanceId) {
    return api.tasks(user, processInstanceId);
  }

  /** The single task of the user in this case with this definition key. */
  public JsonNode task(String user, String processInstanceId, String taskKey) {
    return api.task(user, processInstanceId, taskKey);
  }

  /** Completes the task with the form's values through {@code /api} (which claims it first). */
  public Http.Response submit(String user, String taskId, Map<String, Object> form) {
    return api.complete(user, taskId, form);
  }

  public void complete(String user, String processInstanceId, String taskKey, Map<String, Object> form) {
    var response = submit(user, task(user, processInstanceId, taskKey).path("id").asText(), form);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
  }

  /** The case of a task, from its link to the case page. */
  public String caseId(String user, String taskId) {
    String caseId = api.caseId(user, taskId);
    assertThat(caseId).as("task %s links to its case", taskId).isNotNull();
    return caseId;
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
    for (JsonNode task : api.tasks(user, null, processKey)) {
      if (!taskKey.equals(task.path("taskDefinitionKey").asText())) {
        continue;
      }
      String caseId = WorkApi.caseIdOf(task);
      if (caseId != null && http.get(user, "/api/cases/" + caseId).json().path("person").path("firstName").asText()
          .equals(firstName)) {
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
