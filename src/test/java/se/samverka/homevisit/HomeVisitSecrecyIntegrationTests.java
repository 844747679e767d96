package se.samverka.homevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverka.sspf.SspfSteps;
import se.samverka.support.Http;
import se.samverka.support.PostgresIntegrationTest;
import se.samverka.support.TestPersons;

/**
 * Who may read a joint visit's case, from outside over HTTP on PostgreSQL: the agency that registers a tip shares it
 * with the other at once, on its own legal ground, and nobody else reads it; in Strängnäsmodellen the police read the
 * case only with the guardians' consent to their presence, or when social services tell them of a crime the child
 * described (LUL 31 §). Forged values of the new fields are refused by the submission gate.
 */
@PostgresIntegrationTest
class HomeVisitSecrecyIntegrationTests {

  @Autowired
  Http http;
  @Autowired
  ApplicationEventPublisher events;
  @Autowired
  TransactionTemplate transactions;

  SspfSteps steps;

  @BeforeEach
  void setUp() {
    steps = new SspfSteps(http);
  }

  private Map<String, Object> tipForm(String firstName, String ground) {
    Map<String, Object> form = SspfSteps.person(TestPersons.identityNumber(16), firstName, "Delasson", "strangnas");
    form.put("tipSource", "allmanheten");
    form.put("tipSpecificity", "vagt");
    form.put("drugRelated", true);
    form.put("riskEnvironment", true);
    form.put("tipDisclosureGround", ground);
    form.put("pd_grund_beskrivning", "En granne har sett den unge med en påse piller.");
    return form;
  }

  private int status(String user, String caseId) {
    return http.get(user, "/api/cases/" + caseId).status();
  }

  private String caseOf(String user, String instance, String taskKey) {
    return steps.caseId(user, steps.task(user, instance, taskKey).path("id").asText());
  }

  @Test
  void tipRegisteredByThePoliceIsReadBySocialServicesAtOnceButByNoOtherAgency() {
    String instance = steps.start("polis", "linkopingsmodellen", tipForm("Polistips", "polisens-anmalningsskyldighet"));
    String caseId = caseOf("polis", instance, "PoliceAssessmentTask");

    assertThat(status("socialtjanst", caseId)).isEqualTo(200);
    assertThat(http.get("socialtjanst", "/api/cases/" + caseId + "/notes").body()).contains("påse piller");
    assertThat(http.get("socialtjanst", "/api/cases/" + caseId).json().path("person").path("firstName").asText())
        .isEqualTo("Polistips");
    assertThat(http.get("socialtjanst", "/api/cases/" + caseId).json().path("disclosures").toString())
        .contains("polisens-anmalningsskyldighet");
    assertThat(status("skola", caseId)).isEqualTo(404);
    assertThat(status("fritid", caseId)).isEqualTo(404);
  }

  @Test
  void tipRegisteredBySocialServicesIsReadByThePoliceAtOnceButByNoOtherAgency() {
    String instance = steps.start("socialtjanst", "linkopingsmodellen", tipForm("Soctips", "osl-10-18a"));
    String caseId = caseOf("socialtjanst", instance, "SocialServicesAssessmentTask");

    assertThat(status("polis", caseId)).isEqualTo(200);
    assertThat(http.get("polis", "/api/cases/" + caseId + "/notes").body()).contains("påse piller");
    assertThat(status("skola", caseId)).isEqualTo(404);
    assertThat(status("fritid", caseId)).isEqualTo(404);
  }

  @Test
  void thePolicesTipIsAReportByAMandatoryReporterButSocialServicesOwnTipOwesNoFeedback() {
    String byPolice = steps.start("polis", "linkopingsmodellen", tipForm("Pliktpolis", "polisens-anmalningsskyldighet"));
    String bySocialServices = steps.start("socialtjanst", "linkopingsmodellen", tipForm("Egensoc", "osl-10-18a"));

    assertThat(reportVariable(byPolice, "reporterMandatory")).isEqualTo("true");
    assertThat(reportVariable(bySocialServices, "reporterMandatory")).isEqualTo("false");
  }

  /** A variable of the report of concern that the home visit started at once. */
  private String reportVariable(String visitInstance, String name) {
    String reportCase = http.get("admin", "/engine-rest/process-instance/" + visitInstance + "/variables/reportCaseId")
        .json().path("value").asText();
    String report = http.get("admin",
        "/engine-rest/process-instance?processDefinitionKey=orosanmalan&variables=caseId_eq_" + reportCase)
        .json().path(0).path("id").asText();
    return http.get("admin", "/engine-rest/process-instance/" + report + "/variables/" + name).json().path("value")
        .asText();
  }

  @Test
  void policeCannotShareATipOnSocialServicesGroundsNorAnyoneOnAGroundTheFormLacks() {
    var policeOnSocialGround = steps.api().startResponse("polis", "linkopingsmodellen", tipForm("Fel", "osl-10-18a"));
    assertThat(policeOnSocialGround.status()).isEqualTo(400);
    assertThat(policeOnSocialGround.body()).contains("anmälningsskyldighet");

    var socialOnPoliceGround = steps.api().startResponse("socialtjanst", "linkopingsmodellen", tipForm("Fel", "polisens-anmalningsskyldighet"));
    assertThat(socialOnPoliceGround.status()).isEqualTo(400);

    var forged = steps.api().startResponse("socialtjanst", "linkopingsmodellen", tipForm("Fel", "annan"));
    assertThat(forged.status()).isEqualTo(400);
    assertThat(forged.body()).contains("Rättslig grund för att dela tipset", "inte finns bland valen");
  }

  /** A concern about a 12-year-old registered by social services, past its report's protection assessment. */
  private String concernPastProtectionAssessment(String firstName) {
    Map<String, Object> form = SspfSteps.person(TestPersons.identityNumber(12), firstName, "Orosson", "mariefred");
    form.put("concernKinds", List.of("brott"));
    form.put("source", "skola");
    form.put("pd_grund_beskrivning", "Har setts bryta sig in i förråd med äldre kamrater.");
    String instance = steps.start("socialtjanst", "strangnasmodellen", form);
    assertThat(steps.tasks("socialtjanst", instance)).as("no contact before the protection assessment").isEmpty();
    String reportCase = http.get("admin", "/engine-rest/process-instance/" + instance + "/variables/reportCaseId")
        .json().path("value").asText();
    // Published by the report of concern when social services record its protection assessment (branch oro9).
    transactions.executeWithoutResult(status -> events.publishEvent(
        new ProtectionAssessmentRecorded(reportCase, true)));
    await().atMost(Duration.ofSeconds(30)).until(() -> !steps.tasks("socialtjanst", instance).isEmpty());
    return instance;
  }

  private Map<String, Object> contact(String policeConsent) {
    Map<String, Object> form = new HashMap<>(Map.of("guardiansReached", true, "visitConsent", "ja",
        "policePresenceConsent", policeConsent, "plannedDate", LocalDate.now().plusDays(2).toString(),
        "interpreterNeeded", true, "interpreterLanguage", "somaliska"));
    if ("ja".equals(policeConsent)) {
      form.put("guardiansWithCustody", "2");
      form.put("consentGivenBy", List.of("vardnadshavare1", "vardnadshavare2"));
    }
    return form;
  }

  @Test
  void policeReadTheConcernVisitOnlyWithTheGuardiansConsentToTheirPresence() {
    String instance = concernPastProtectionAssessment("Samtycke");
    String caseId = caseOf("socialtjanst", instance, "ContactGuardiansTask");
    assertThat(status("polis", caseId)).isEqualTo(404);

    Map<String, Object> oneOfTwo = contact("ja");
    oneOfTwo.put("consentGivenBy", List.of("vardnadshavare1"));
    String contactTask = steps.task("socialtjanst", instance, "ContactGuardiansTask").path("id").asText();
    var refused = steps.submit("socialtjanst", contactTask, oneOfTwo);
    assertThat(refused.status()).as("joint custody: both guardians must consent").isEqualTo(400);
    assertThat(refused.body()).contains("båda måste samtycka", "FB 6 kap. 13 §");
    assertThat(status("polis", caseId)).isEqualTo(404);

    steps.complete("socialtjanst", instance, "ContactGuardiansTask", contact("ja"));

    assertThat(status("polis", caseId)).isEqualTo(200);
    var view = http.get("polis", "/api/cases/" + caseId).json();
    assertThat(view.path("consents").toString()).contains("polis");
    assertThat(view.path("events").toString()).contains("TOLK_BEHOVS", "somaliska");
    steps.complete("polis", instance, "PoliceVisitNoteTask", Map.of("lawInformationGiven", true,
        "pd_polis_besok", "Förklarade vad inbrott kan leda till."));
    assertThat(http.get("socialtjanst", "/api/cases/" + caseId + "/notes").body()).contains("inbrott kan leda till");
    assertThat(status("skola", caseId)).isEqualTo(404);
  }

  @Test
  void withoutConsentToThePolicesPresenceTheVisitIsMadeWithoutThemAndAChildsCrimeReachesThemOnSocialServicesGround() {
    String instance = concernPastProtectionAssessment("Utanpolis");
    String caseId = caseOf("socialtjanst", instance, "ContactGuardiansTask");
    steps.complete("socialtjanst", instance, "ContactGuardiansTask", contact("nej"));

    assertThat(status("polis", caseId)).isEqualTo(404);
    assertThat(steps.tasks("polis", instance)).as("no police task without consent").isEmpty();

    // The child's own view, or the reason it is missing, and a ground the form offers are required.
    JsonNode visit = steps.task("socialtjanst", instance, "HomeVisitTask");
    Map<String, Object> form = new HashMap<>(Map.of("visitDate", LocalDate.now().toString(), "interpreterNeeded", false,
        "childDescribedCrime", true, "pd_grund_brottsuppgift", "Berättade att han tog en cykel från skolan.",
        "crimeDisclosureGround", "osl-10-21-24", "pd_socialtjanst_besok", "Samtal med barnet och mamman."));
    var withoutView = steps.submit("socialtjanst", visit.path("id").asText(), form);
    assertThat(withoutView.status()).isEqualTo(400);
    assertThat(withoutView.body()).contains("obligatoriskt");
    form.put("childNotHeardReason", "inte-en-orsak");
    assertThat(steps.submit("socialtjanst", visit.path("id").asText(), form).status()).isEqualTo(400);
    form.put("childNotHeardReason", "ville-inte");
    form.put("crimeDisclosureGround", "samtycke");
    assertThat(steps.submit("socialtjanst", visit.path("id").asText(), form).status()).isEqualTo(400);
    form.put("crimeDisclosureGround", "osl-10-21-24");
    var done = steps.submit("socialtjanst", visit.path("id").asText(), form);
    assertThat(done.status()).as(done.body()).isIn(200, 204);

    assertThat(status("polis", caseId)).isEqualTo(200);
    assertThat(http.get("polis", "/api/cases/" + caseId + "/notes").body())
        .contains("tog en cykel").doesNotContain("Samtal med barnet");
    steps.task("polis", instance, "PoliceCrimeReportTask");
    assertThat(status("fritid", caseId)).isEqualTo(404);
  }
}
