package se.samverka.homevisit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samverka.sspf.SspfSteps;
import se.samverka.support.Http;
import se.samverka.support.PostgresIntegrationTest;
import se.samverka.support.TestPersons;

/**
 * The home-visit models over HTTP on PostgreSQL: a tip about a 16-year-old through joint assessment, visit, report of
 * concern and referral to SSPF; a 13-year-old routed to Strängnäsmodellen; an 18-year-old outside the target group;
 * and the screening result that stays with social services.
 */
@PostgresIntegrationTest
class HomeVisitIntegrationTests {

  @Autowired
  Http http;

  SspfSteps steps;

  @BeforeEach
  void setUp() {
    steps = new SspfSteps(http);
  }

  private String tip(String user, String identityNumber, String firstName) {
    Map<String, Object> form = SspfSteps.person(identityNumber, firstName, "Tipsson", "mariefred");
    form.put("tipSource", "anonym");
    form.put("tipSpecificity", "konkret");
    form.put("drugRelated", true);
    form.put("riskEnvironment", false);
    form.put("tipDisclosureGround", "polis".equals(user) ? "polisens-anmalningsskyldighet" : "osl-10-18a");
    form.put("pd_grund_beskrivning", "Uppgift om att den unge köper cannabis vid stationen.");
    return steps.start(user, "linkopingsmodellen", form);
  }

  private String notes(String user, String caseId) {
    return http.get(user, "/api/cases/" + caseId + "/notes").body();
  }

  @Test
  void tipAboutASixteenYearOldGoesThroughVisitReportOfConcernAndReferralToSspf() {
    String instance = tip("polis", TestPersons.identityNumber(16), "Sixten");
    assertThat(steps.tasks("skola", instance)).isEmpty();
    JsonNode policeTask = steps.task("polis", instance, "PoliceAssessmentTask");
    steps.task("socialtjanst", instance, "SocialServicesAssessmentTask");
    String caseId = steps.caseId("polis", policeTask.path("id").asText());

    // The tip itself was shared at registration; the police share their assessment as a recorded disclosure.
    assertThat(notes("socialtjanst", caseId)).contains("cannabis vid stationen").doesNotContain("langningsplats");
    steps.complete("polis", instance, "PoliceAssessmentTask", Map.of("concreteSuspicion", "nej",
        "policeSharesInformation", true, "policeLegalGround", "osl-10-28",
        "pd_polis_bedomning", "Setts två gånger vid en känd langningsplats."));
    assertThat(notes("socialtjanst", caseId)).contains("langningsplats");
    steps.complete("socialtjanst", instance, "SocialServicesAssessmentTask", Map.of("visitDecision", "hembesok",
        "pd_socialtjanst_bedomning", "Hembesök behövs."));

    // No visit is planned without an attempt to reach the guardian first.
    JsonNode plan = steps.task("polis", instance, "PlanVisitTask");
    var refused = steps.submit("polis", plan.path("id").asText(), Map.of("guardianContactAttempted", false,
        "plannedDate", LocalDate.now().plusDays(3).toString(), "participants", List.of("polis", "socialtjanst")));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("vårdnadshavaren");
    assertThat(refused.json().path("fields").path("guardianContactAttempted").asText())
        .as("the refusal stands at the field it is about").contains("vårdnadshavaren");
    var planned = steps.submit("polis", plan.path("id").asText(), Map.of("guardianContactAttempted", true,
        "plannedDate", LocalDate.now().plusDays(3).toString(), "participants", List.of("polis", "socialtjanst")));
    assertThat(planned.status()).as(planned.body()).isEqualTo(200);

    // Each agency documents the visit separately; the screening result is social services' own.
    steps.complete("socialtjanst", instance, "SocialServicesVisitNoteTask", Map.of("consentToEnter", "ja",
        "screeningDone", true, "pd_socialtjanst_screening", "Positivt för THC.",
        "interpreterNeeded", true, "interpreterLanguage", "dari",
        "pd_socialtjanst_child_view", "Vill inte att mamma ska oroa sig.",
        "pd_socialtjanst_besok", "Familjen tog emot oss; stödsamtal erbjudna."));
    steps.complete("polis", instance, "PoliceVisitNoteTask", Map.of("stoppedForInterrogation", "nej",
        "pd_polis_besok", "Informerade om risker och konsekvenser."));
    assertThat(notes("polis", caseId)).contains("risker och konsekvenser").doesNotContain("THC", "stödsamtal");
    assertThat(notes("socialtjanst", caseId)).contains("THC");

    // The report of concern was made when the tip came in; the visit is recorded on it for its preliminary assessment.
    var chronology = http.get("socialtjanst", "/api/cases/" + caseId + "/chronology").json();
    assertThat(chronology.findValuesAsText("caseType")).contains("linkopingsmodellen", "orosanmalan");
    assertThat(chronology.findValuesAsText("kind")).contains("HEMBESOK_KOPPLAT", "OROSANMALAN_MOTTAGEN", "TOLK_BEHOVS");
    assertThat(chronology.toString()).contains("Vill inte att mamma ska oroa sig.");
    assertThat(http.get("socialtjanst", "/api/cases/" + caseId).json().path("events").toString())
        .contains("OROSANMALAN_GJORD", "HEMBESOK_GJORT");

    // Four weeks on, social services follow up and refer to SSPF.
    steps.fireTimer(instance, "WaitForFollowUpTimerEvent");
    steps.complete("socialtjanst", instance, "FollowUpContactTask", Map.of("contactMade", true, "interpreterNeeded", false,
        "acceptedSupport", true, "referToSspf", "ja", "guardiansAgreedToSspf", "ja"));
    var after = http.get("socialtjanst", "/api/cases/" + caseId + "/chronology").json();
    assertThat(after.findValuesAsText("caseType")).contains("sspf-arende");
    var closed = http.get("polis", "/api/cases/" + caseId).json().path("caseRecord");
    assertThat(closed.path("closureReason").asText()).isEqualTo("aktualiserad-i-sspf");
    assertThat(steps.tasks("samordnare", null).stream().map(t -> t.path("taskDefinitionKey").asText()))
        .contains("AssessReferralTask");
  }

  @Test
  void tipAboutAThirteenYearOldGoesToStrangnasmodellenWithAReportOfConcern() {
    String instance = tip("socialtjanst", TestPersons.identityNumber(13), "Tretton");
    assertThat(http.get("admin", "/engine-rest/history/process-instance/" + instance).json().path("state").asText())
        .isEqualTo("COMPLETED");
    String tipCase = http.get("admin", "/engine-rest/history/variable-instance?variableName=caseId&processInstanceId="
        + instance).json().path(0).path("value").asText();
    // The concern visit waits for its report's protection assessment before the guardians are contacted.
    var chronology = http.get("socialtjanst", "/api/cases/" + tipCase + "/chronology").json();
    assertThat(chronology.findValuesAsText("caseType")).contains("linkopingsmodellen", "strangnasmodellen", "orosanmalan");
    assertThat(chronology.toString()).as("the tip travels with the concern visit as its account")
        .contains("cannabis vid stationen");
  }

  @Test
  void eighteenYearOldIsOutsideTheTargetGroup() {
    String instance = tip("polis", TestPersons.identityNumber(18), "Arton");
    var history = http.get("admin", "/engine-rest/history/activity-instance?processInstanceId=" + instance
        + "&activityId=OutsideTargetGroupEndEvent").json();
    assertThat(history).hasSize(1);
    assertThat(steps.tasks("socialtjanst", instance)).isEmpty();
  }

  @Test
  void strangnasmodellenRefusesAChildOfFifteenOrMore() {
    Map<String, Object> form = SspfSteps.person(TestPersons.identityNumber(16), "Femton", "Plus", "mariefred");
    form.put("concernKinds", List.of("brott"));
    form.put("source", "polis");
    form.put("pd_grund_beskrivning", "Oro.");
    var response = steps.api().startResponse("socialtjanst", "strangnasmodellen", form);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("Linköpingsmodellen");
  }
}
