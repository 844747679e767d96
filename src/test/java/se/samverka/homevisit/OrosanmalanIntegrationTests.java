package se.samverka.homevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samverka.sspf.SspfSteps;
import se.samverka.support.Http;
import se.samverka.support.PostgresIntegrationTest;
import se.samverka.support.TestPersons;

/**
 * A report of concern over HTTP on PostgreSQL: the reporter's data reaches social services by the recorded disclosure,
 * the statutory deadlines are records that are met, breached and paused, and SSPF's acute risk starts a report.
 */
@PostgresIntegrationTest
class OrosanmalanIntegrationTests {

  @Autowired
  Http http;

  SspfSteps steps;

  @BeforeEach
  void setUp() {
    steps = new SspfSteps(http);
  }

  private String report(String user, String identityNumber, boolean mandatory) {
    Map<String, Object> form = SspfSteps.person(identityNumber, "Oro", "Anmäldsson", "strangnas");
    form.put("reporterAgency", "skola");
    form.put("reporterMandatory", mandatory);
    form.put("violenceInvolved", false);
    form.put("pd_grund_beskrivning", "Eleven berättar att det är bråk hemma varje kväll.");
    return steps.start(user, "orosanmalan", form);
  }

  private JsonNode deadline(JsonNode deadlines, String kind) {
    for (JsonNode d : deadlines) {
      if (d.path("kind").asText().equals(kind)) {
        return d;
      }
    }
    throw new AssertionError("no deadline " + kind + " in " + deadlines);
  }

  @Test
  void reportIsReceivedAssessedAndDecidedWithItsDeadlinesRecorded() {
    String instance = report("skola", TestPersons.identityNumber(15), true);
    assertThat(steps.tasks("skola", instance)).isEmpty();
    JsonNode protection = steps.task("socialtjanst", instance, "ProtectionAssessmentTask");
    assertThat(protection.path("due").asText()).isNotBlank();
    String caseId = steps.caseId("socialtjanst", protection.path("id").asText());

    // Social services read the report through the disclosure the report itself makes (duty to report).
    var asSocial = http.get("socialtjanst", "/api/cases/" + caseId).json();
    assertThat(asSocial.path("person").path("firstName").asText()).isEqualTo("Oro");
    assertThat(asSocial.path("disclosures").toString()).contains("osl-10-28");
    var deadlines = http.get("socialtjanst", "/api/cases/" + caseId + "/deadlines").json();
    assertThat(deadline(deadlines, "forhandsbedomning").path("legalReference").asText()).contains("11 kap. 1 a");
    assertThat(deadline(deadlines, "forhandsbedomning").path("dueAt").asText())
        .startsWith(LocalDate.now().plusDays(14).toString());
    assertThat(http.get("socialtjanst", "/api/deadlines").json().findValuesAsText("caseId")).contains(caseId);
    assertThat(http.get("skola", "/api/deadlines").json().findValuesAsText("caseId")).doesNotContain(caseId);
    assertThat(http.get("polis", "/api/cases/" + caseId + "/deadlines").status()).isEqualTo(404);

    steps.complete("socialtjanst", instance, "ProtectionAssessmentTask", Map.of("immediateProtection", "nej",
        "pd_socialtjanst_skyddsbedomning", "Inget akut skyddsbehov."));
    assertThat(deadline(http.get("socialtjanst", "/api/cases/" + caseId + "/deadlines").json(), "skyddsbedomning")
        .path("status").asText()).isEqualTo("UPPFYLLD");
    // The school, which reported, does not read social services' own assessment.
    assertThat(http.get("skola", "/api/cases/" + caseId + "/notes").json().toString()).doesNotContain("skyddsbehov");

    // Fourteen days pass: the deadline is breached; exceptional reasons pause it to a new date.
    steps.fireTimer(instance, "DecisionDeadlineTimer");
    assertThat(deadline(http.get("socialtjanst", "/api/cases/" + caseId + "/deadlines").json(), "forhandsbedomning")
        .path("status").asText()).isEqualTo("OVERSKRIDEN");
    String newDate = LocalDate.now().plusDays(7).toString();
    steps.complete("socialtjanst", instance, "ExceptionalReasonsTask", Map.of("lateOutcome", "synnerliga-skal",
        "pd_socialtjanst_synnerliga_skal", "Polisförhör med barnet krävs först.", "newDecisionDate", newDate));
    JsonNode paused = deadline(http.get("socialtjanst", "/api/cases/" + caseId + "/deadlines").json(),
        "forhandsbedomning");
    assertThat(paused.path("status").asText()).isEqualTo("PAUSAD");
    assertThat(paused.path("dueAt").asText()).startsWith(newDate);
    assertThat(paused.path("breachedAt").asText()).isNotBlank();

    steps.complete("socialtjanst", instance, "PreliminaryAssessmentTask", Map.of("contactsMade", List.of("barnet"),
        "childHeard", true, "decision", "inleda", "pd_socialtjanst_forhandsbedomning", "Utredning behövs."));
    steps.complete("socialtjanst", instance, "HandOverInvestigationTask",
        Map.of("investigationReference", "SOC-2026-77", "handedOverDate", LocalDate.now().toString()));
    steps.complete("socialtjanst", instance, "GiveFeedbackTask",
        Map.of("feedbackType", "utredning-inleds", "feedbackDate", LocalDate.now().toString()));

    var done = http.get("socialtjanst", "/api/cases/" + caseId + "/deadlines").json();
    assertThat(deadline(done, "forhandsbedomning").path("status").asText()).isEqualTo("UPPFYLLD");
    assertThat(deadline(done, "aterkoppling").path("status").asText()).isEqualTo("UPPFYLLD");
    assertThat(http.get("socialtjanst", "/api/deadlines").json().findValuesAsText("caseId")).doesNotContain(caseId);
    assertThat(http.get("admin", "/engine-rest/history/process-instance/" + instance).json().path("state").asText())
        .isEqualTo("COMPLETED");
  }

  @Test
  void acuteRiskInAnSspfReferralStartsAReportOfConcernForTheSamePerson() {
    Map<String, Object> referral = SspfSteps.referral(TestPersons.identityNumber(12), "Akut", "Berättar om hot i hemmet.");
    referral.put("acuteRisk", true);
    String sspf = steps.refer("skola", referral);
    String sspfCase = steps.caseId("samordnare", steps.task("samordnare", sspf, "AssessReferralTask").path("id").asText());

    // The report of concern starts after the referral has committed (an @ApplicationModuleListener on its own thread).
    String reportCase = await().atMost(Duration.ofSeconds(30)).until(
        () -> steps.caseOfPerson("socialtjanst", "orosanmalan", "ProtectionAssessmentTask", "Akut"), Objects::nonNull);
    assertThat(http.get("samordnare", "/api/cases/" + sspfCase).json().path("events").toString())
        .contains("OROSANMALAN_KRAVS", "OROSANMALAN_GJORD");

    // One chronology of the young person's cases, for the agencies involved in them; nothing for the others.
    // The referring school sees both cases; the SSPF coordinator (agency sspf) does not see the report of concern.
    var chronology = http.get("skola", "/api/cases/" + sspfCase + "/chronology").json();
    assertThat(chronology.findValuesAsText("caseType")).contains("sspf-arende", "orosanmalan");
    assertThat(chronology.findValuesAsText("caseId")).contains(sspfCase, reportCase);
    assertThat(chronology.toString()).contains("Berättar om hot i hemmet.");
    assertThat(http.get("polis", "/api/cases/" + sspfCase + "/chronology").status()).isEqualTo(404);
  }
}
