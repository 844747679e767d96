package se.samverka.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of {@code bpmn/licensing/sanktion.dmn}, and that the first matching rule wins. */
class SanktionDecisionTests {

  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(Path.of("bpmn/licensing/sanktion.dmn"))) {
      decision = engine.parseDecision("sanktion", in);
    }
  }

  private static DmnDecisionRuleResult evaluate(String seriousness, boolean repeated, boolean criminal,
      boolean unused) {
    return engine.evaluateDecisionTable(decision, Variables.createVariables()
        .putValue("seriousness", seriousness)
        .putValue("repeatedRemark", repeated)
        .putValue("criminalActivityTolerated", criminal)
        .putValue("licenceUnused", unused)).getSingleResult();
  }

  @ParameterizedTest(name = "{0}, repeated {1}, criminal {2}, unused {3} -> {4}")
  @CsvSource({
      // rule 1: licence no longer used, whatever else
      "inga,             false, false, true,  aterkallelse, utnyttjas inte",
      "mindre,           true,  true,  true,  aterkallelse, utnyttjas inte",
      // rule 2: criminal activity tolerated
      "inga,             false, true,  false, aterkallelse, brottslig verksamhet",
      "mindre,           false, true,  false, aterkallelse, brottslig verksamhet",
      // rule 3: so serious that a warning is not enough
      "mycket-allvarlig, false, false, false, aterkallelse, varning inte räcker",
      // rule 4: serious again, of the same kind
      "allvarlig,        true,  false, false, aterkallelse, samma slag som tidigare",
      // rule 5: serious
      "allvarlig,        false, false, false, varning,      Allvarliga brister som inte",
      // rule 6: minor, repeated
      "mindre,           true,  false, false, varning,      Upprepad anmärkning",
      // rule 7: minor
      "mindre,           false, false, false, erinran,      Mindre brister",
      // rule 8: nothing
      "inga,             true,  false, false, ingen,        Inga brister"})
  void proposesTheSanctionOfTheFirstMatchingRule(String seriousness, boolean repeated, boolean criminal,
      boolean unused, String sanction, String reason) {
    DmnDecisionRuleResult result = evaluate(seriousness, repeated, criminal, unused);
    assertThat((String) result.getEntry("sanction")).isEqualTo(sanction);
    assertThat((String) result.getEntry("reason")).contains(reason);
  }

  @Test
  void everyRuleHasAReasonThatNamesTheLaw() {
    assertThat(decision.getDecisionLogic()).isNotNull();
    for (String seriousness : new String[] {"mindre", "allvarlig", "mycket-allvarlig"}) {
      assertThat((String) evaluate(seriousness, false, false, false).getEntry("reason")).contains("alkohollagen");
    }
  }

  @Test
  void anUnknownSeriousnessMatchesNoRule() {
    assertThat(engine.evaluateDecisionTable(decision, Variables.createVariables()
        .putValue("seriousness", "okand").putValue("repeatedRemark", false)
        .putValue("criminalActivityTolerated", false).putValue("licenceUnused", false)).getResultList()).isEmpty();
  }
}
