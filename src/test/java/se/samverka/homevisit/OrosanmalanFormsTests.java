package se.samverka.homevisit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.junit.jupiter.api.Test;
import se.samverka.cases.IdentityNumberDetector;
import se.samverka.workflow.FormSchema;
import se.samverka.workflow.SubmissionGate;

/**
 * The report of concern's forms as the submission gate reads them: what the protection assessment and the preliminary
 * assessment accept, and the forged or contradictory answers they refuse.
 */
class OrosanmalanFormsTests {

  private static final SubmissionGate GATE = new SubmissionGate(Set.of("caseId", "protectionGroups"),
      new IdentityNumberDetector(), new ScalaFeelEngineFactory().createInstance());

  private static List<String> check(String form, Map<String, Object> values) throws Exception {
    try (InputStream in = Files.newInputStream(Path.of("forms/homevisit/" + form + ".form"))) {
      return GATE.check(FormSchema.parse(in), values, Map.of());
    }
  }

  private static Map<String, Object> protection() {
    Map<String, Object> values = new HashMap<>(Map.of("immediateProtection", "nej", "guardiansMayBeContacted", "ja",
        "suspectedCrime", "nej", "investigationAtOnce", "nej"));
    values.put("pd_socialtjanst_skyddsbedomning", "Inget akut skyddsbehov.");
    return values;
  }

  private static Map<String, Object> extension() {
    Map<String, Object> values = new HashMap<>(Map.of("extendDecision", true, "extensionReason", "polisforhor",
        "newDecisionDate", "2026-12-20"));
    values.put("pd_socialtjanst_synnerliga_skal", "Polisen håller förhör med barnet den 15 december.");
    return values;
  }

  @Test
  void protectionAssessmentAcceptsItsAnswersAndRefusesForgedOnes() throws Exception {
    assertThat(check("orosanmalan-skyddsbedomning", protection())).isEmpty();
    Map<String, Object> maybe = protection();
    maybe.put("investigationAtOnce", "kanske");
    assertThat(check("orosanmalan-skyddsbedomning", maybe)).isNotEmpty();
    Map<String, Object> routed = protection();
    routed.put("protectionGroups", "fritid");
    assertThat(check("orosanmalan-skyddsbedomning", routed)).isNotEmpty();
  }

  @Test
  void suspectedCrimeRequiresTheConsultationAndGuardiansKeptOutRequireTheReason() throws Exception {
    Map<String, Object> crime = protection();
    crime.put("suspectedCrime", "ja");
    assertThat(check("orosanmalan-skyddsbedomning", crime)).isNotEmpty();
    crime.put("consultedWith", "barnahus");
    crime.put("consultationDate", "2026-11-27");
    assertThat(check("orosanmalan-skyddsbedomning", crime)).isEmpty();
    crime.put("consultedWith", "forsakringskassan");
    assertThat(check("orosanmalan-skyddsbedomning", crime)).isNotEmpty();

    Map<String, Object> notYet = protection();
    notYet.put("guardiansMayBeContacted", "nej");
    assertThat(check("orosanmalan-skyddsbedomning", notYet)).isNotEmpty();
    notYet.put("guardiansNotYetReason", "polisutredning");
    assertThat(check("orosanmalan-skyddsbedomning", notYet)).isEmpty();
  }

  @Test
  void extensionNeedsAListedReasonAndCannotCarryADecision() throws Exception {
    assertThat(check("orosanmalan-forhandsbedomning", extension())).isEmpty();
    Map<String, Object> workload = extension();
    workload.put("extensionReason", "arbetsbelastning");
    assertThat(check("orosanmalan-forhandsbedomning", workload)).isNotEmpty();
    Map<String, Object> withoutWords = extension();
    withoutWords.remove("pd_socialtjanst_synnerliga_skal");
    assertThat(check("orosanmalan-forhandsbedomning", withoutWords)).isNotEmpty();
    Map<String, Object> tooLong = extension();
    tooLong.put("pd_socialtjanst_synnerliga_skal", "x".repeat(1001));
    assertThat(check("orosanmalan-forhandsbedomning", tooLong)).isNotEmpty();
    Map<String, Object> both = extension();
    both.put("decision", "inleda");
    assertThat(check("orosanmalan-forhandsbedomning", both)).isNotEmpty();
  }

  @Test
  void decisionRecordsTheChildsViewOrWhyTheChildWasNotHeardAndTheInterpreterLanguage() throws Exception {
    Map<String, Object> heard = new HashMap<>(Map.of("decision", "inte-inleda", "childHeard", true,
        "contactsMade", List.of("barnet", "vardnadshavare", "anmalaren")));
    heard.put("pd_socialtjanst_forhandsbedomning", "Ingen utredning behövs.");
    assertThat(check("orosanmalan-forhandsbedomning", heard)).isNotEmpty();
    heard.put("pd_socialtjanst_barnets_syn", "Barnet säger att det är lugnt hemma nu.");
    assertThat(check("orosanmalan-forhandsbedomning", heard)).isEmpty();

    Map<String, Object> notHeard = new HashMap<>(heard);
    notHeard.remove("pd_socialtjanst_barnets_syn");
    notHeard.put("childHeard", false);
    assertThat(check("orosanmalan-forhandsbedomning", notHeard)).isNotEmpty();
    notHeard.put("childNotHeardReason", "for-ungt");
    assertThat(check("orosanmalan-forhandsbedomning", notHeard)).isEmpty();

    notHeard.put("interpreterNeeded", true);
    assertThat(check("orosanmalan-forhandsbedomning", notHeard)).isNotEmpty();
    notHeard.put("interpreterLanguage", "somaliska");
    assertThat(check("orosanmalan-forhandsbedomning", notHeard)).isEmpty();
    notHeard.put("contactsMade", List.of("skolan"));
    assertThat(check("orosanmalan-forhandsbedomning", notHeard)).isNotEmpty();
  }

  @Test
  void lexSarahAnswerWithoutAReportNeedsTheReason() throws Exception {
    assertThat(check("orosanmalan-lex-sarah", Map.of("lexSarahOutcome", "rapport"))).isEmpty();
    assertThat(check("orosanmalan-lex-sarah", Map.of("lexSarahOutcome", "ingen-rapport"))).isNotEmpty();
    assertThat(check("orosanmalan-lex-sarah", Map.of("lexSarahOutcome", "ingen-rapport",
        "pd_socialtjanst_lex_sarah", "Förseningen berodde på ett driftstopp; barnet var inte i fara."))).isEmpty();
    assertThat(check("orosanmalan-lex-sarah", Map.of("lexSarahOutcome", "kanske"))).isNotEmpty();
  }
}
