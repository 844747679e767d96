package se.samverka.sspf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samverka.cases.CaseService;
import se.samverka.support.BrowserSession;
import se.samverka.support.Http;
import se.samverka.support.PostgresIntegrationTest;
import se.samverka.support.TestPersons;

/**
 * One SSPF case from referral to closure on PostgreSQL, worked over HTTP by the demo users: each sees exactly its own
 * tasks, and each agency sees only the case data that the consent lets it see.
 */
@PostgresIntegrationTest
class SspfIntegrationTests {

  @Autowired
  Http http;

  @Autowired
  JdbcTemplate jdbc;

  SspfSteps steps;

  @BeforeEach
  void setUp() {
    steps = new SspfSteps(http);
  }

  private static String noteBodies(JsonNode notes) {
    StringBuilder all = new StringBuilder();
    notes.forEach(n -> all.append(n.path("body").asText()).append('|'));
    return all.toString();
  }

  @Test
  void workedFromReferralToClosureByFourAgencies() {
    // Skola refers a 16-year-old.
    String instance = steps.refer("skola", SspfSteps.referral(TestPersons.identityNumber(16), "Kim", "Frånvaro 40 % sedan augusti."));
    assertThat(steps.tasks("skola", instance)).isEmpty();
    assertThat(steps.tasks("polis", instance)).isEmpty();
    JsonNode assessment = steps.task("samordnare", instance, "AssessReferralTask");
    String caseId = steps.caseId("samordnare", assessment.path("id").asText());

    // The signed consent to the referral lets the coordinator (the SSPF function) read it; the police see nothing.
    var asCoordinator = http.get("samordnare", "/api/cases/" + caseId);
    assertThat(asCoordinator.status()).isEqualTo(200);
    assertThat(asCoordinator.json().path("person").path("firstName").asText()).isEqualTo("Kim");
    assertThat(asCoordinator.json().path("events").toString()).contains("AKTUALISERING_MED_SAMTYCKE",
        "SAMTYCKE_LAMNAT", "Dnr EHT 2026/17");
    JsonNode referralConsent = asCoordinator.json().path("consents").get(0);
    assertThat(referralConsent.path("parties").toString()).isEqualTo("[\"sspf\",\"skola:paulinska\"]");
    assertThat(referralConsent.path("categories").toString()).isEqualTo("[\"grund\",\"skola\"]");
    assertThat(referralConsent.path("guardiansWithCustody").asInt()).isEqualTo(2);
    assertThat(referralConsent.path("guardian2On").asText()).isEqualTo(LocalDate.now().minusDays(1).toString());
    assertThat(referralConsent.path("documentReference").asText()).isEqualTo("Dnr EHT 2026/17");
    assertThat(referralConsent.path("validTo").asText())
        .isEqualTo(LocalDate.now().minusDays(1).plusYears(1).toString());
    JsonNode disclosure = asCoordinator.json().path("disclosures").get(0);
    assertThat(disclosure.path("fromAgency").asText()).isEqualTo("skola");
    assertThat(disclosure.path("toAgency").asText()).isEqualTo("sspf");
    assertThat(disclosure.path("legalGround").asText()).isEqualTo("samtycke");
    assertThat(http.get("socialtjanst", "/api/cases/" + caseId).status()).isEqualTo(404);
    assertThat(noteBodies(asCoordinator.json().path("notes"))).contains("Frånvaro 40 %");
    assertThat(http.get("polis", "/api/cases/" + caseId).status()).isEqualTo(404);
    var form = steps.api().read("samordnare", assessment.path("id").asText());
    assertThat(form.status()).as(form.body()).isEqualTo(200);
    assertThat(form.json().path("form").path("id").asText()).isEqualTo("sspf-bedomning");

    steps.assess(instance);

    // Consent without the 16-year-old's own signature goes back to the coordinator with the reason.
    steps.complete("samordnare", instance, "ObtainConsentTask",
        SspfSteps.consent(List.of("skola", "socialtjanst", "polis"), CaseService.CATEGORIES, false));
    JsonNode again = steps.task("samordnare", instance, "ObtainConsentTask");
    assertThat(steps.api().value("samordnare", again.path("id").asText(), "consentProblem").asText())
        .contains("15 år");
    steps.complete("samordnare", instance, "ObtainConsentTask",
        SspfSteps.consent(List.of("skola", "socialtjanst", "polis"), CaseService.CATEGORIES, true));
    steps.mapping(instance);

    // Input from each party covered by the consent; fritid is not covered and gets nothing.
    for (String party : List.of("skola", "socialtjanst", "polis")) {
      assertThat(steps.tasks(party, instance)).extracting(t -> t.path("taskDefinitionKey").asText())
          .containsExactly("PartyInputTask");
    }
    assertThat(steps.tasks("fritid", instance)).isEmpty();
    steps.complete("skola", instance, "PartyInputTask", Map.of("pd_skola_underlag", "Närvaro 60 %, extra stöd i matte."));
    steps.complete("socialtjanst", instance, "PartyInputTask",
        Map.of("pd_socialtjanst_underlag", "Familjen har stödsamtal."));
    steps.complete("polis", instance, "PartyInputTask", Map.of("pd_polis_underlag", "Setts i centrum sent på kvällen."));

    // Consent lets the police read the school's input; fritid, outside the consent, sees no part of the case.
    assertThat(noteBodies(http.get("polis", "/api/cases/" + caseId + "/notes").json())).contains("Närvaro 60 %");
    assertThat(http.get("fritid", "/api/cases/" + caseId).status()).isEqualTo(404);

    // A commitment for fritid is refused: the consent does not cover it.
    JsonNode meeting = steps.task("samordnare", instance, "NetworkMeetingTask");
    Map<String, Object> plan = new java.util.HashMap<>(Map.of("meetingDate", LocalDate.now().toString(),
        "participants", List.of("skola", "socialtjanst", "polis"), "pd_plan_mal", "Närvaro över 90 %.",
        "commitmentParties", List.of("skola", "fritid"), "guardiansInformed", true));
    plan.putAll(Map.of("commitmentResponsibleSkola", "Mentor",
        "commitmentDueSkola", LocalDate.now().plusWeeks(4).toString(), "pd_plan_atagande_skola", "Mentorssamtal.",
        "commitmentResponsibleFritid", "Fritidsledare",
        "commitmentDueFritid", LocalDate.now().plusWeeks(4).toString(), "pd_plan_atagande_fritid", "Aktivitet."));
    var refused = steps.submit("samordnare", meeting.path("id").asText(), plan);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("omfattar inte fritid");
    plan.put("commitmentParties", List.of("skola", "polis"));
    // The form hides fritid's fields once fritid is no longer chosen, and sends nothing for them.
    plan.keySet().removeIf(key -> key.endsWith("Fritid") || key.endsWith("_fritid"));
    plan.put("commitmentResponsiblePolis", "Områdespolis");
    plan.put("commitmentDuePolis", LocalDate.now().minusDays(1).toString());
    plan.put("pd_plan_atagande_polis", "Samtal med den unge.");
    var pastDue = steps.submit("samordnare", meeting.path("id").asText(), plan);
    assertThat(pastDue.status()).isEqualTo(400);
    assertThat(pastDue.body()).contains("kan inte ligga före i dag");
    plan.put("commitmentDuePolis", LocalDate.now().plusWeeks(2).toString());
    var accepted = steps.submit("samordnare", meeting.path("id").asText(), plan);
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);

    // Each party carries out its commitment; then the follow-up date comes and the coordinator closes the case.
    steps.complete("skola", instance, "CarryOutCommitmentTask",
        Map.of("commitmentStatus", "genomfort", "pd_plan_atagande_rapport", "Mentorssamtal varje måndag."));
    steps.complete("polis", instance, "CarryOutCommitmentTask",
        Map.of("commitmentStatus", "delvis", "pd_plan_atagande_rapport", "Ett samtal hållet."));
    JsonNode followUp = steps.task("samordnare", instance, "FollowUpMeetingTask");
    assertThat(followUp.path("due").asText()).isNotBlank();
    steps.complete("samordnare", instance, "FollowUpMeetingTask", Map.of("meetingDate", LocalDate.now().toString(),
        "goalStatus", "uppnadda", "followUpDecision", "avsluta", "closureReason", "mal-uppnadda",
        "pd_plan_uppfoljning", "Närvaron är nu 95 %."));

    JsonNode closed = http.get("samordnare", "/api/cases/" + caseId).json();
    assertThat(closed.path("caseRecord").path("status").asText()).isEqualTo("AVSLUTAT");
    assertThat(closed.path("caseRecord").path("closureReason").asText()).isEqualTo("mal-uppnadda");
    assertThat(closed.path("events").toString()).contains("SAMTYCKE_LAMNAT", "AVSLUTAT");
    var history = http.get("admin", "/engine-rest/history/process-instance/" + instance);
    assertThat(history.json().path("state").asText()).isEqualTo("COMPLETED");
  }

  @Test
  void withdrawalOfConsentHidesSharedDataAtOnceAndClosesTheCase() {
    Map<String, Object> referral = SspfSteps.referral(null, "Sam", "Oro för kamratkretsen.");
    referral.put("pd_grund_fodelsedatum", LocalDate.now().minusYears(14).toString());
    String instance = steps.refer("skola", referral);
    String caseId = steps.caseId("samordnare", steps.task("samordnare", instance, "AssessReferralTask").path("id").asText());
    steps.assess(instance);
    steps.complete("samordnare", instance, "ObtainConsentTask",
        SspfSteps.consent(List.of("skola", "polis"), CaseService.CATEGORIES, true));
    steps.mapping(instance);
    steps.complete("skola", instance, "PartyInputTask", Map.of("pd_skola_underlag", "Skolans hemliga underlag."));
    assertThat(noteBodies(http.get("polis", "/api/cases/" + caseId + "/notes").json())).contains("hemliga underlag");

    var withdrawn = http.post("skola", "/api/cases/" + caseId + "/consent/withdrawal", null);
    assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);

    // Sharing stops with the withdrawal's own commit: until the process has stopped, the police still hold their
    // input task and see only the limited sheet of a task holder (number, deadlines, their task), nothing shared.
    var police = http.get("polis", "/api/cases/" + caseId);
    assertThat(police.status()).isIn(200, 404);
    if (police.status() == 200) {
      assertThat(police.json().path("limited").asBoolean()).isTrue();
      assertThat(police.json().path("person").isNull()).isTrue();
      assertThat(police.body()).doesNotContain("hemliga", "Testsson");
    }
    assertThat(noteBodies(http.get("polis", "/api/cases/" + caseId + "/notes").json())).doesNotContain("hemliga");
    // The process hears of it after the commit (an @ApplicationModuleListener on its own thread), and stops.
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
        http.get("admin", "/engine-rest/history/process-instance/" + instance).json().path("state").asText())
        .isEqualTo("COMPLETED"));
    assertThat(steps.tasks("polis", instance)).isEmpty();
    assertThat(http.get("polis", "/api/cases/" + caseId).status()).isEqualTo(404);
    JsonNode closed = http.get("skola", "/api/cases/" + caseId).json();
    assertThat(closed.path("caseRecord").path("closureReason").asText()).isEqualTo("samtycke-aterkallat");
  }

  @Test
  void referralWithoutTheGuardiansAgreementIsAConsultationUntilConsentNamesThePerson() throws Exception {
    long personsBefore = jdbc.queryForObject("select count(*) from person", Long.class);
    String instance = steps.refer("skola", SspfSteps.consultation(14, "Elev i årskurs 8 med hög frånvaro."));
    JsonNode assessment = steps.task("samordnare", instance, "AssessReferralTask");
    String caseId = steps.caseId("samordnare", assessment.path("id").asText());

    // The coordinator reads the concern and the age, not whom it is about; nobody else sees the case.
    JsonNode asCoordinator = http.get("samordnare", "/api/cases/" + caseId).json();
    assertThat(asCoordinator.path("person").isNull()).isTrue();
    assertThat(asCoordinator.path("caseRecord").path("youthAge").asInt()).isEqualTo(14);
    assertThat(noteBodies(asCoordinator.path("notes"))).contains("hög frånvaro");
    assertThat(asCoordinator.path("events").toString()).contains("KONSULTATION_UTAN_IDENTITET");
    var coordinator = new BrowserSession(http);
    coordinator.login("samordnare", Http.PASSWORD);
    assertThat(coordinator.get("/arenden/" + caseId).body()).contains("Konsultation utan identitet",
        "ålder vid aktualiseringen: 14 år");
    assertThat(http.get("polis", "/api/cases/" + caseId).status()).isEqualTo(404);
    assertThat(jdbc.queryForObject("select count(*) from person", Long.class)).isEqualTo(personsBefore);
    var acute = http.post("samordnare", "/api/sspf/cases/" + caseId + "/acute-risk", null);
    assertThat(acute.status()).isEqualTo(400);
    assertThat(acute.body()).contains("konsultation utan identitet");

    // Consent without the person's identity goes back; with it, the person is known and the consent applies.
    // (The consent form of a consultation requires the names, so the gate refuses it without them.)
    steps.assess(instance);
    var withoutIdentity = steps.submit("samordnare", steps.task("samordnare", instance, "ObtainConsentTask")
        .path("id").asText(), SspfSteps.consent(List.of("skola", "socialtjanst"), CaseService.CATEGORIES, false));
    assertThat(withoutIdentity.status()).isEqualTo(400);
    assertThat(withoutIdentity.body()).contains("Förnamn", "är obligatoriskt");
    Map<String, Object> consent = SspfSteps.consent(List.of("skola", "socialtjanst"), CaseService.CATEGORIES, false);
    consent.putAll(SspfSteps.person(TestPersons.identityNumber(14), "Konsult", "Testsson", "mariefred"));
    consent.remove("district");
    steps.complete("samordnare", instance, "ObtainConsentTask", consent);
    JsonNode known = http.get("samordnare", "/api/cases/" + caseId).json();
    assertThat(known.path("person").path("firstName").asText()).isEqualTo("Konsult");
    assertThat(known.path("events").toString()).contains("IDENTITET_ANGIVEN");
    assertThat(steps.tasks("samordnare", instance)).extracting(t -> t.path("taskDefinitionKey").asText())
        .containsExactly("MappingTalkTask");
  }

  @Test
  void consultationThatNamesTheYoungPersonIsRefusedNamingTheFieldAndNothingIsStored() {
    long personsBefore = jdbc.queryForObject("select count(*) from person", Long.class);
    long casesBefore = jdbc.queryForObject("select count(*) from sv_case", Long.class);
    Map<String, Object> named = SspfSteps.consultation(14, "Oro.");
    named.put("pd_grund_fornamn", "Hemlig");
    var response = steps.api().startResponse("skola", "sspf-arende", named);
    assertThat(response.status()).isEqualTo(400);
    // The form hides the identity fields of a consultation, so the submission gate refuses a name there first.
    assertThat(response.body()).contains("Fältet \\\"Förnamn\\\" visas inte i formuläret");
    assertThat(jdbc.queryForObject("select count(*) from person", Long.class)).isEqualTo(personsBefore);
    assertThat(jdbc.queryForObject("select count(*) from sv_case", Long.class)).isEqualTo(casesBefore);
  }

  @Test
  void lateConsentRemindsTheCoordinatorFourteenDaysOn() {
    String instance = steps.refer("skola", SspfSteps.referral(TestPersons.identityNumber(15), "Nils", "Oro för nya kamrater."));
    steps.assess(instance);
    var reminder = http.get("admin", "/engine-rest/job?timers=true&activityId=ConsentReminderTimer&processInstanceId="
        + instance).json().get(0);
    var due = java.time.OffsetDateTime.parse(reminder.path("dueDate").asText(),
        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"));
    assertThat(java.time.Duration.between(java.time.OffsetDateTime.now(), due).toDays()).isBetween(13L, 14L);

    steps.fireTimer(instance, "ConsentReminderTimer");

    assertThat(steps.tasks("samordnare", instance)).extracting(t -> t.path("taskDefinitionKey").asText())
        .containsExactlyInAnyOrder("ObtainConsentTask", "RemindConsentTask");
  }

  @Test
  void acuteRiskIsRecordedInTheCaseWhichGoesOn() {
    Map<String, Object> referral = SspfSteps.referral(TestPersons.identityNumber(13), "Ali", "Berättar om hot i hemmet.");
    referral.put("acuteRisk", true);
    String instance = steps.refer("socialtjanst", referral);
    String caseId = steps.caseId("samordnare", steps.task("samordnare", instance, "AssessReferralTask").path("id").asText());
    assertThat(http.get("samordnare", "/api/cases/" + caseId).json().path("events").toString())
        .contains("OROSANMALAN_KRAVS");

    // The reporter's own account is required: it goes with the report of concern.
    assertThat(http.post("samordnare", "/api/sspf/cases/" + caseId + "/acute-risk", null).status()).isEqualTo(400);
    var tooLong = http.post("samordnare", "/api/sspf/cases/" + caseId + "/acute-risk",
        Map.of("account", "x".repeat(1_000_000)));
    assertThat(tooLong.status()).as("a megabyte account").isEqualTo(400);
    assertThat(tooLong.body()).contains("4000").doesNotContain("xxxxxxxxxx");
    var reported = http.post("samordnare", "/api/sspf/cases/" + caseId + "/acute-risk",
        Map.of("account", "Den unge berättade i dag att hen blivit hotad med kniv."));
    assertThat(reported.status()).as(reported.body()).isEqualTo(202);
    var events = http.get("samordnare", "/api/cases/" + caseId).json().path("events");
    assertThat(events.findValuesAsText("kind").stream().filter("OROSANMALAN_KRAVS"::equals)).hasSize(2);
    assertThat(steps.tasks("samordnare", instance)).hasSize(1);
    assertThat(http.post("polis", "/api/sspf/cases/" + caseId + "/acute-risk", null).status()).isEqualTo(404);
  }

  @Test
  void youngPersonOutsideTheAgeLimitsIsReferredOnward() {
    // At 19 custody has ended: the young person's own signature is the consent.
    Map<String, Object> referral = SspfSteps.referral(TestPersons.identityNumber(19), "Robin", "Ålder 19 år.");
    referral.put("referralGuardiansWithCustody", "0");
    referral.put("referralConsentBy", List.of("ungdomen"));
    String instance = steps.refer("polis", referral);
    steps.complete("samordnare", instance, "ReferOnwardTask",
        Map.of("referredTo", "socialtjanst", "pd_grund_hanvisning", "Över 18 år."));
    assertThat(http.get("admin", "/engine-rest/history/process-instance/" + instance).json().path("state").asText())
        .isEqualTo("COMPLETED");
  }

  @Test
  void invalidIdentityNumberIsRefusedWithASwedishMessageAndNothingIsStored() {
    long instancesBefore = http.get("admin", "/engine-rest/history/process-instance/count").json().path("count").asLong();
    var response = steps.api().startResponse("skola", "sspf-arende",
        SspfSteps.referral("1007072399", "Felnummer", "Ska inte sparas."));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("kontrollsiffra");
    assertThat(http.get("admin", "/engine-rest/history/process-instance/count").json().path("count").asLong())
        .isEqualTo(instancesBefore);
    assertThat(jdbc.queryForObject("select count(*) from person where first_name = 'Felnummer'", Long.class)).isZero();
  }
}
