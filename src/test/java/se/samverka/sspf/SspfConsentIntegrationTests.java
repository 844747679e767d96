package se.samverka.sspf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samverka.cases.CaseService;
import se.samverka.support.Http;
import se.samverka.support.PostgresIntegrationTest;
import se.samverka.support.TestPersons;

/**
 * The SSPF consent from outside, over HTTP as each agency: the named referral's signed consent, who must consent, the
 * consent task given to the referring school, and what the coordinator (agency {@code sspf}), social services, the
 * local police team and a school of another unit read when the consent names units. The demo school account works at
 * Paulinska skolan and the demo police account in the local police team in Strängnäs; {@code skolaFinninge} is a
 * school user of Finningeskolan.
 */
@PostgresIntegrationTest
class SspfConsentIntegrationTests {

  static final String OTHER_SCHOOL = "skolaFinninge";

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
    if (identityService.createUserQuery().userId(OTHER_SCHOOL).count() == 0) {
      var user = identityService.newUser(OTHER_SCHOOL);
      user.setPassword(Http.PASSWORD);
      user.setFirstName("Finninge");
      user.setLastName("Skola");
      identityService.saveUser(user);
      identityService.createMembership(OTHER_SCHOOL, "skola");
      identityService.createMembership(OTHER_SCHOOL, "enhetSkolaFinninge");
    }
  }

  private static String bodies(JsonNode notes) {
    StringBuilder all = new StringBuilder();
    notes.forEach(n -> all.append(n.path("body").asText()).append('|'));
    return all.toString();
  }

  private long count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }

  private String caseOf(String instance) {
    return steps.caseId("samordnare", steps.task("samordnare", instance, "AssessReferralTask").path("id").asText());
  }

  @Test
  void coordinatorReadsTheMeetingInputThroughAConsentNamingSspfWhileSocialServicesAndAnotherSchoolDoNot() {
    String instance = steps.refer("skola", SspfSteps.referral(TestPersons.identityNumber(14), "Enhet", "Frånvaro."));
    String caseId = caseOf(instance);
    steps.assess(instance);
    steps.complete("samordnare", instance, "ObtainConsentTask", SspfSteps.consent(
        List.of("sspf", "skola:paulinska", "polis:lpo-strangnas"), CaseService.CATEGORIES, false));
    steps.mapping(instance);
    assertThat(steps.tasks("socialtjanst", instance)).isEmpty();
    steps.complete("skola", instance, "PartyInputTask", Map.of("pd_skola_underlag", "Närvaro 55 procent."));
    steps.complete("polis", instance, "PartyInputTask", Map.of("pd_polis_underlag", "Påträffad i centrum."));

    // The coordinator chairs the meeting and reads every party's input through the consent.
    String asCoordinator = bodies(http.get("samordnare", "/api/cases/" + caseId + "/notes").json());
    assertThat(asCoordinator).contains("Närvaro 55 procent", "Påträffad i centrum", "Vill börja träna igen");
    // The local police team reads the school's input; the police as a whole are not named, but this user works there.
    assertThat(bodies(http.get("polis", "/api/cases/" + caseId + "/notes").json())).contains("Närvaro 55 procent");
    // Social services, left out of the consent, see no part of the case, the coordinator's notes included.
    assertThat(http.get("socialtjanst", "/api/cases/" + caseId).status()).isEqualTo(404);
    assertThat(http.get("socialtjanst", "/api/cases/" + caseId + "/notes").status()).isEqualTo(404);
    // A school of another unit neither: the case is Paulinska's, and the consent names only Paulinska.
    assertThat(http.get(OTHER_SCHOOL, "/api/cases/" + caseId).status()).isEqualTo(404);
    assertThat(http.get(OTHER_SCHOOL, "/api/cases/" + caseId + "/notes").status()).isEqualTo(404);
    assertThat(http.get(OTHER_SCHOOL, "/api/cases/" + caseId + "/chronology").status()).isEqualTo(404);
    // The case is the referring school's own, not the whole school agency's.
    assertThat(jdbc.queryForObject("select owner_unit from sv_case where id = ?", String.class, caseId))
        .isEqualTo("skola:paulinska");
  }

  @Test
  void aConsentNamingTheWholeSchoolAgencyLetsEverySchoolRead() {
    String instance = steps.refer("skola", SspfSteps.referral(TestPersons.identityNumber(13), "Hela", "Oro."));
    String caseId = caseOf(instance);
    steps.assess(instance);
    steps.complete("samordnare", instance, "ObtainConsentTask",
        SspfSteps.consent(List.of("skola", "polis"), CaseService.CATEGORIES, false));
    assertThat(http.get(OTHER_SCHOOL, "/api/cases/" + caseId).status()).isEqualTo(200);
  }

  @Test
  void theReferringSchoolObtainsTheConsentWithTheCoordinatorsSupport() {
    String instance = steps.refer("skola", SspfSteps.referral(TestPersons.identityNumber(12), "Stöd", "Oro."));
    steps.assess(instance, "aktualiserande");
    assertThat(steps.tasks("skola", instance)).extracting(t -> t.path("taskDefinitionKey").asText())
        .containsExactly("ObtainConsentTask");
    assertThat(steps.tasks("samordnare", instance)).extracting(t -> t.path("taskDefinitionKey").asText())
        .containsExactly("ObtainConsentTask");
    assertThat(steps.tasks("polis", instance)).isEmpty();

    steps.complete("skola", instance, "ObtainConsentTask",
        SspfSteps.consent(List.of("skola:paulinska", "fritid"), CaseService.CATEGORIES, false));

    assertThat(steps.tasks("samordnare", instance)).extracting(t -> t.path("taskDefinitionKey").asText())
        .containsExactly("MappingTalkTask");
  }

  @Test
  void everyGuardianWithCustodyMustConsentAndOneRefusalClosesTheCase() {
    String instance = steps.refer("skola", SspfSteps.referral(TestPersons.identityNumber(13), "Nej", "Oro."));
    String caseId = caseOf(instance);
    steps.assess(instance);

    Map<String, Object> onlyOne = SspfSteps.consent(List.of("skola"), CaseService.CATEGORIES, false);
    onlyOne.put("guardiansWithCustody", "2");
    var missing = steps.submit("samordnare", steps.task("samordnare", instance, "ObtainConsentTask").path("id")
        .asText(), onlyOne);
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.body()).contains("Vårdnadshavare 2 samtycker", "obligatoriskt");

    onlyOne.put("guardian2Consent", "nej");
    // Without consent the form asks nothing more: what it would cover is hidden.
    List.of("consentParties", "consentCategories", "consentValidTo", "consentDocumentReference")
        .forEach(onlyOne::remove);
    steps.complete("samordnare", instance, "ObtainConsentTask", onlyOne);

    JsonNode closed = http.get("skola", "/api/cases/" + caseId).json();
    assertThat(closed.path("caseRecord").path("closureReason").asText()).isEqualTo("samtycke-nekat");
    assertThat(closed.path("events").toString()).contains("SAMTYCKE_NEKAT", "SAMTYCKE_ATERKALLAT");
    // The refusal ends the referral's consent too: the coordinator reads nothing any longer.
    assertThat(http.get("samordnare", "/api/cases/" + caseId).status()).isEqualTo(404);
  }

  @Test
  void aSixteenYearOldMustSignAsWellAndTheConsentMustNameTheSspfFunction() {
    String instance = steps.refer("skola", SspfSteps.referral(TestPersons.identityNumber(16), "Sexton", "Oro."));
    steps.assess(instance);
    steps.complete("samordnare", instance, "ObtainConsentTask",
        SspfSteps.consent(List.of("skola"), CaseService.CATEGORIES, false));
    JsonNode again = steps.task("samordnare", instance, "ObtainConsentTask");
    assertThat(steps.api().value("samordnare", again.path("id").asText(), "consentProblem").asText()).contains("fyllt 15 år");

    Map<String, Object> withoutSspf = SspfSteps.consent(List.of("skola"), CaseService.CATEGORIES, true);
    withoutSspf.put("consentParties", List.of("skola"));
    steps.complete("samordnare", instance, "ObtainConsentTask", withoutSspf);
    again = steps.task("samordnare", instance, "ObtainConsentTask");
    assertThat(steps.api().value("samordnare", again.path("id").asText(), "consentProblem").asText()).contains("SSPF-samordnaren");

    steps.complete("samordnare", instance, "ObtainConsentTask",
        SspfSteps.consent(List.of("skola"), CaseService.CATEGORIES, true));
    assertThat(steps.tasks("samordnare", instance)).extracting(t -> t.path("taskDefinitionKey").asText())
        .containsExactly("MappingTalkTask");
  }

  @Test
  void aNamedReferralWithoutEveryGuardiansSignatureOrWithAnOddDateIsRefusedAndNothingIsStored() {
    long cases = count("sv_case");
    long persons = count("person");
    Map<String, Object> oneOfTwo = SspfSteps.referral(TestPersons.identityNumber(13), "Ensam", "Oro.");
    oneOfTwo.put("referralConsentBy", List.of("vardnadshavare1"));
    var refused = steps.api().startResponse("skola", "sspf-arende", oneOfTwo);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("Samtycke från vårdnadshavare 2 saknas");

    Map<String, Object> future = SspfSteps.referral(TestPersons.identityNumber(13), "Framtid", "Oro.");
    future.put("referralConsentDate", LocalDate.now().plusDays(1).toString());
    var ahead = steps.api().startResponse("skola", "sspf-arende", future);
    assertThat(ahead.status()).isEqualTo(400);
    assertThat(ahead.body()).contains("framtiden");

    Map<String, Object> old = SspfSteps.referral(TestPersons.identityNumber(13), "Gammal", "Oro.");
    old.put("referralConsentDate", LocalDate.now().minusYears(1).minusDays(2).toString());
    var lapsed = steps.api().startResponse("skola", "sspf-arende", old);
    assertThat(lapsed.status()).isEqualTo(400);
    assertThat(lapsed.body()).contains("har gått ut");

    assertThat(count("sv_case")).isEqualTo(cases);
    assertThat(count("person")).isEqualTo(persons);
  }

  @Test
  void atEighteenTheYoungPersonsOwnSignatureIsTheReferralsConsent() {
    Map<String, Object> adult = SspfSteps.referral(TestPersons.identityNumber(18), "Arton", "Oro.");
    adult.put("referralGuardiansWithCustody", "0");
    adult.put("referralConsentBy", List.of("ungdomen"));
    String instance = steps.refer("polis", adult);
    String caseId = caseOf(instance);
    JsonNode consent = http.get("samordnare", "/api/cases/" + caseId).json().path("consents").get(0);
    assertThat(consent.path("givenByYouth").asBoolean()).isTrue();
    assertThat(consent.path("givenByGuardian1").asBoolean()).isFalse();
    assertThat(consent.path("parties").toString()).isEqualTo("[\"sspf\",\"polis:lpo-strangnas\"]");
  }

  @Test
  void theSubmissionGateRefusesForgedValuesOfTheNewFields() {
    Map<String, Object> forgedCustody = SspfSteps.referral(TestPersons.identityNumber(13), "Falsk", "Oro.");
    forgedCustody.put("referralGuardiansWithCustody", "3");
    forgedCustody.put("referralConsentBy", List.of("vardnadshavare1", "granne"));
    forgedCustody.put("referralSourceCase", "annat-arende");
    var start = steps.api().startResponse("skola", "sspf-arende", forgedCustody);
    assertThat(start.status()).isEqualTo(400);
    assertThat(start.body()).contains("Hur många vårdnadshavare har vårdnaden?", "Vem har skrivit under",
        "referralSourceCase");

    Map<String, Object> consultation = SspfSteps.consultation(14, "Oro.");
    consultation.put("referralConsentReference", "Dnr 1");
    assertThat(steps.api().startResponse("skola", "sspf-arende", consultation).body()).contains("visas inte i formuläret");

    String instance = steps.refer("skola", SspfSteps.referral(TestPersons.identityNumber(13), "Grind", "Oro."));
    Map<String, Object> assessment = new LinkedHashMap<>(SspfSteps.assessment("polisen"));
    assessment.put("consentGroups", "polis");
    var assessed = steps.submit("samordnare", steps.task("samordnare", instance, "AssessReferralTask").path("id")
        .asText(), assessment);
    assertThat(assessed.status()).isEqualTo(400);
    assertThat(assessed.body()).contains("Vem inhämtar det skriftliga samtycket?", "consentGroups");
    steps.assess(instance);

    String consentTask = steps.task("samordnare", instance, "ObtainConsentTask").path("id").asText();
    Map<String, Object> consent = SspfSteps.consent(List.of("skola:okand"), CaseService.CATEGORIES, false);
    consent.put("guardian1Consent", "kanske");
    consent.put("interpreterLanguage", "arabiska");
    var forged = steps.submit("samordnare", consentTask, consent);
    assertThat(forged.status()).isEqualTo(400);
    assertThat(forged.body()).contains("Samtycket gäller dessa parter", "Vårdnadshavare 1 samtycker",
        "Språk för tolk");

    steps.complete("samordnare", instance, "ObtainConsentTask",
        SspfSteps.consent(List.of("skola"), CaseService.CATEGORIES, false));
    String mapping = steps.task("samordnare", instance, "MappingTalkTask").path("id").asText();
    var notHeard = steps.submit("samordnare", mapping, Map.of("mappingTalkDate", LocalDate.now().toString(),
        "pd_plan_kartlaggning", "Samtal med familjen."));
    assertThat(notHeard.status()).isEqualTo(400);
    assertThat(notHeard.body()).contains("Varför den unge inte har kommit till tals", "obligatoriskt");
    var withInterpreter = steps.submit("samordnare", mapping, (Map.of("mappingTalkDate", LocalDate.now().toString(), "pd_plan_kartlaggning",
            "Samtal med familjen.", "interpreterNeeded", true, "interpreterLanguage", "tigrinja",
            "pd_plan_child_not_heard_reason", "Den unge ville inte delta i samtalet.")));
    assertThat(withInterpreter.status()).as(withInterpreter.body()).isEqualTo(200);
  }
}
