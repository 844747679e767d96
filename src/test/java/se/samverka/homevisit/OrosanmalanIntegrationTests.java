package se.samverka.homevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samverka.sspf.SspfSteps;
import se.samverka.support.Http;
import se.samverka.support.PostgresIntegrationTest;
import se.samverka.support.TestPersons;

/**
 * A report of concern over HTTP on PostgreSQL: the reporter's data reaches social services by the recorded disclosure,
 * the statutory deadlines are records that are met, breached and extended, and SSPF's acute risk starts a report.
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

  /** The protection assessment's answers when a crime against the child is suspected and Barnahus was consulted. */
  private static Map<String, Object> protectionWithConsultation() {
    Map<String, Object> form = new HashMap<>(Map.of("immediateProtection", "nej", "guardiansMayBeContacted", "nej",
        "guardiansNotYetReason", "polisutredning", "suspectedCrime", "ja", "consultedWith", "barnahus",
        "consultationDate", LocalDate.now().toString(), "investigationAtOnce", "nej"));
    form.put("pd_socialtjanst_skyddsbedomning", "Inget akut skyddsbehov.");
    return form;
  }

  private static Map<String, Object> noImmediateNeed() {
    return new HashMap<>(Map.of("immediateProtection", "nej", "guardiansMayBeContacted", "ja", "suspectedCrime", "nej",
        "investigationAtOnce", "nej", "pd_socialtjanst_skyddsbedomning", "Inget akut skyddsbehov."));
  }

  private JsonNode deadlines(String caseId) {
    return http.get("socialtjanst", "/api/cases/" + caseId + "/deadlines").json();
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
    var deadlines = deadlines(caseId);
    assertThat(deadline(deadlines, "forhandsbedomning").path("legalReference").asText())
        .contains("SoL (2025:400) 20 kap. 2 §");
    assertThat(deadline(deadlines, "skyddsbedomning").path("legalReference").asText())
        .contains("SoL (2025:400) 20 kap. 1 §");
    assertThat(deadline(deadlines, "forhandsbedomning").path("dueAt").asText())
        .startsWith(LocalDate.now().plusDays(14).toString());
    assertThat(http.get("socialtjanst", "/api/deadlines").json().findValuesAsText("caseId")).contains(caseId);
    assertThat(http.get("skola", "/api/deadlines").json().findValuesAsText("caseId")).doesNotContain(caseId);
    assertThat(http.get("polis", "/api/cases/" + caseId + "/deadlines").status()).isEqualTo(404);

    // The protection assessment says the guardians may not be contacted yet, and records the consultation.
    steps.complete("socialtjanst", instance, "ProtectionAssessmentTask", protectionWithConsultation());
    assertThat(deadline(deadlines(caseId), "skyddsbedomning").path("status").asText()).isEqualTo("UPPFYLLD");
    assertThat(http.get("socialtjanst", "/api/cases/" + caseId).json().path("events").toString())
        .contains("vårdnadshavare får kontaktas nu: nej", "SAMRAD_BROTT_MOT_BARN", "samråd med Barnahus");
    // The school, which reported, does not read social services' own assessment.
    assertThat(http.get("skola", "/api/cases/" + caseId + "/notes").json().toString()).doesNotContain("skyddsbehov");

    // Fourteen days pass: the deadline is breached, the manager is offered a lex Sarah report, and exceptional
    // reasons still extend the assessment to a new date.
    steps.fireTimer(instance, "DecisionDeadlineTimer");
    assertThat(deadline(deadlines(caseId), "forhandsbedomning").path("status").asText()).isEqualTo("OVERSKRIDEN");
    assertThat(steps.task("chef", instance, "LexSarahTask")).isNotNull();
    assertThat(steps.tasks("socialtjanst", instance).stream().map(t -> t.path("taskDefinitionKey").asText()))
        .containsExactly("ExceptionalReasonsTask");
    // (The timer was fired early: the new date must lie after the deadline as it stood, 14 days from today.)
    String newDate = LocalDate.now().plusDays(21).toString();
    steps.complete("socialtjanst", instance, "ExceptionalReasonsTask", Map.of("lateOutcome", "synnerliga-skal",
        "extensionReason", "polisforhor", "pd_socialtjanst_synnerliga_skal", "Polisförhör med barnet krävs först.",
        "newDecisionDate", newDate));
    JsonNode extended = deadline(deadlines(caseId), "forhandsbedomning");
    assertThat(extended.path("status").asText()).isEqualTo("FORLANGD");
    assertThat(extended.path("dueAt").asText()).startsWith(newDate);
    assertThat(extended.path("breachedAt").asText()).isNotBlank();
    assertThat(extended.path("reason").asText()).contains("Polisen behöver hålla förhör med barnet först");

    Map<String, Object> decision = new HashMap<>(Map.of("contactsMade", List.of("barnet", "anmalaren"),
        "interpreterNeeded", true, "interpreterLanguage", "arabiska", "childHeard", true, "decision", "inleda"));
    decision.put("pd_socialtjanst_barnets_syn", "Barnet vill att bråken hemma ska sluta.");
    decision.put("pd_socialtjanst_forhandsbedomning", "Utredning behövs.");
    steps.complete("socialtjanst", instance, "PreliminaryAssessmentTask", decision);
    assertThat(http.get("socialtjanst", "/api/cases/" + caseId + "/notes").json().toString())
        .contains("Barnet vill att bråken hemma ska sluta.");
    assertThat(http.get("skola", "/api/cases/" + caseId + "/notes").json().toString())
        .doesNotContain("Barnet vill att");
    assertThat(http.get("socialtjanst", "/api/cases/" + caseId).json().path("events").toString())
        .contains("barnet har kommit till tals; tolk: arabiska");
    steps.complete("socialtjanst", instance, "HandOverInvestigationTask",
        Map.of("investigationReference", "SOC-2026-77", "handedOverDate", LocalDate.now().toString()));
    steps.complete("socialtjanst", instance, "GiveFeedbackTask",
        Map.of("feedbackType", "utredning-inleds", "feedbackDate", LocalDate.now().toString()));

    // The manager answers the lex Sarah offer; the answer is recorded on the case with the missed deadline.
    assertThat(steps.tasks("fritid", instance)).isEmpty();
    steps.complete("chef", instance, "LexSarahTask", Map.of("lexSarahOutcome", "ingen-rapport",
        "pd_socialtjanst_lex_sarah", "Förseningen berodde på att polisförhöret drog ut på tiden."));
    assertThat(http.get("socialtjanst", "/api/cases/" + caseId).json().path("events").toString())
        .contains("LEX_SARAH_INGEN_RAPPORT", "Beslut om att inleda utredning eller inte inom 14 dagar");

    var done = deadlines(caseId);
    assertThat(deadline(done, "forhandsbedomning").path("status").asText()).isEqualTo("UPPFYLLD");
    assertThat(deadline(done, "aterkoppling").path("status").asText()).isEqualTo("UPPFYLLD");
    assertThat(http.get("socialtjanst", "/api/deadlines").json().findValuesAsText("caseId")).doesNotContain(caseId);
    assertThat(http.get("admin", "/engine-rest/history/process-instance/" + instance).json().path("state").asText())
        .isEqualTo("COMPLETED");
  }

  @Test
  void extensionForExceptionalReasonsWithinTheFourteenDaysMovesTheDeadlineWithoutABreach() {
    String instance = report("skola", TestPersons.identityNumber(9), true);
    String caseId = steps.caseId("socialtjanst", steps.task("socialtjanst", instance, "ProtectionAssessmentTask")
        .path("id").asText());
    steps.complete("socialtjanst", instance, "ProtectionAssessmentTask", noImmediateNeed());
    String taskId = steps.task("socialtjanst", instance, "PreliminaryAssessmentTask").path("id").asText();
    String newDate = LocalDate.now().plusDays(20).toString();
    Map<String, Object> extension = new HashMap<>(Map.of("extendDecision", true, "extensionReason", "annan-myndighet",
        "newDecisionDate", newDate));
    extension.put("pd_socialtjanst_synnerliga_skal", "Väntar på BUP:s bedömning.");

    // Workload is no exceptional reason: the form offers no such option and the gate refuses it.
    Map<String, Object> workload = new HashMap<>(extension);
    workload.put("extensionReason", "arbetsbelastning");
    assertThat(steps.submit("socialtjanst", taskId, workload).status()).isEqualTo(400);
    // Beyond the configured maximum (30 days after the 14): refused with the last allowed date.
    Map<String, Object> tooLate = new HashMap<>(extension);
    tooLate.put("newDecisionDate", LocalDate.now().plusDays(45).toString());
    var refused = steps.submit("socialtjanst", taskId, tooLate);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("högst " + LocalDate.now().plusDays(44));
    // A decision and an extension at once: the decision is hidden when extending, so the gate refuses it.
    Map<String, Object> both = new HashMap<>(extension);
    both.put("decision", "inleda");
    assertThat(steps.submit("socialtjanst", taskId, both).status()).isEqualTo(400);

    var extended = steps.submit("socialtjanst", taskId, extension);
    assertThat(extended.status()).as(extended.body()).isIn(200, 204);
    JsonNode deadline = deadline(deadlines(caseId), "forhandsbedomning");
    assertThat(deadline.path("status").asText()).isEqualTo("FORLANGD");
    assertThat(deadline.path("dueAt").asText()).startsWith(newDate);
    assertThat(deadline.path("breachedAt").isNull() || deadline.path("breachedAt").isMissingNode()).isTrue();
    assertThat(deadline.path("reason").asText()).contains("Väntar på uppgifter från en annan myndighet");
    JsonNode again = steps.task("socialtjanst", instance, "PreliminaryAssessmentTask");
    assertThat(again.path("due").asText()).startsWith(newDate);
    assertThat(steps.tasks("chef", instance)).isEmpty();
  }

  @Test
  void acuteReportOnASaturdayEveningGoesToSocialjourAndOutsidersSeeNothing() {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 11, 28, 19, 10).atZone(ZoneId.systemDefault())
        .toInstant()));
    try {
      Map<String, Object> form = SspfSteps.person(TestPersons.identityNumber(6), "Jour", "Anmäldsson", "mariefred");
      form.put("reporterAgency", "polis");
      form.put("reporterMandatory", true);
      form.put("violenceInvolved", true);
      form.put("acuteConcern", true);
      form.put("pd_grund_beskrivning", "Barnet ringde och sa att pappa slår.");
      String instance = steps.start("polis", "orosanmalan", form);

      JsonNode task = steps.task("socialjour", instance, "ProtectionAssessmentTask");
      String caseId = steps.caseId("socialjour", task.path("id").asText());
      assertThat(http.get("socialjour", "/api/cases/" + caseId).json().path("person").path("firstName").asText())
          .isEqualTo("Jour");
      assertThat(deadline(deadlines(caseId), "skyddsbedomning").path("ownerGroup").asText()).isEqualTo("socialjour");
      // The reporter and an agency outside the case neither see nor take the on-call service's task.
      assertThat(steps.tasks("polis", instance)).isEmpty();
      assertThat(steps.api().claim("fritid", task.path("id").asText()).status()).isEqualTo(404);
      assertThat(steps.api().read("fritid", task.path("id").asText()).status()).isEqualTo(404);
      assertThat(http.get("fritid", "/api/cases/" + caseId).status()).isEqualTo(404);

      // A forged answer, or a variable the process owns, is refused by the gate.
      Map<String, Object> forged = noImmediateNeed();
      forged.put("investigationAtOnce", "kanske");
      assertThat(steps.submit("socialjour", task.path("id").asText(), forged).status()).isEqualTo(400);
      Map<String, Object> owned = noImmediateNeed();
      owned.put("protectionGroups", "fritid");
      assertThat(steps.submit("socialjour", task.path("id").asText(), owned).status()).isEqualTo(400);
      Map<String, Object> noConsultation = noImmediateNeed();
      noConsultation.put("suspectedCrime", "ja");
      assertThat(steps.submit("socialjour", task.path("id").asText(), noConsultation).status()).isEqualTo(400);

      Map<String, Object> atOnce = protectionWithConsultation();
      atOnce.put("consultedWith", "polis");
      atOnce.put("consultationDate", "2026-11-28");
      atOnce.put("investigationAtOnce", "ja");
      var done = steps.submit("socialjour", task.path("id").asText(), atOnce);
      assertThat(done.status()).as(done.body()).isEqualTo(200);
      assertThat(deadline(deadlines(caseId), "skyddsbedomning").path("status").asText()).isEqualTo("UPPFYLLD");
      assertThat(steps.task("socialtjanst", instance, "HandOverInvestigationTask")).isNotNull();
      assertThat(http.get("socialtjanst", "/api/cases/" + caseId).json().path("events").toString())
          .contains("akut utanför kontorstid: socialjouren", "Socialtjänstens skyddsbedömning: utredning inleds direkt");
    } finally {
      ClockUtil.reset();
    }
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
    // The report carries the reporter's own account (their description in the referral), which social services read.
    assertThat(http.get("socialtjanst", "/api/cases/" + reportCase + "/notes").json().toString())
        .contains("Berättar om hot i hemmet.");
    assertThat(http.get("polis", "/api/cases/" + sspfCase + "/chronology").status()).isEqualTo(404);
  }
}
