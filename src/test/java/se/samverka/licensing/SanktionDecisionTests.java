package se.samverka.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sanction ladder of {@code bpmn/licensing/sanktion.dmn}, one test per rule: each names the rule that must match
 * (the first matching rule wins) and the sanction and reason it proposes.
 */
class SanktionDecisionTests {

  private static DmnEngine engine;
  private static DmnDecision decision;
  private static final List<String> matched = new ArrayList<>();

  @BeforeAll
  static void parse() throws Exception {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(List.<DmnDecisionTableEvaluationListener>of(event ->
        event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(matched::add)));
    engine = configuration.buildEngine();
    try (InputStream in = Files.newInputStream(Path.of("bpmn/licensing/sanktion.dmn"))) {
      decision = engine.parseDecision("sanktion", in);
    }
  }

  @BeforeEach
  void forget() {
    matched.clear();
  }

  private static DmnDecisionTableResult evaluate(String seriousness, String earlier, String suitability,
      boolean criminal, boolean unused) {
    return engine.evaluateDecisionTable(decision, Variables.createVariables()
        .putValue("seriousness", seriousness)
        .putValue("earlierSanction", earlier)
        .putValue("suitability", suitability)
        .putValue("criminalActivityTolerated", criminal)
        .putValue("licenceUnused", unused));
  }

  private static void proposes(DmnDecisionTableResult result, String rule, String sanction, String reason) {
    DmnDecisionRuleResult single = result.getSingleResult();
    assertThat(matched).as("the first matching rule").first().isEqualTo(rule);
    assertThat((String) single.getEntry("sanction")).isEqualTo(sanction);
    assertThat((String) single.getEntry("reason")).contains(reason);
  }

  @Test
  void rule1RevokesALicenceNoLongerUsedWhateverElse() {
    proposes(evaluate("inga", "ingen", "lamplig", false, true), "Rule1", "aterkallelse", "9 kap. 18 § 1");
    forget();
    proposes(evaluate("mycket-allvarlig", "varning", "olamplig", true, true), "Rule1", "aterkallelse", "utnyttjas inte");
  }

  @Test
  void rule2RevokesWhenTheHolderIsNoLongerSuitableEvenWithoutBreachesOrEarlierSanctions() {
    proposes(evaluate("inga", "ingen", "olamplig", false, false), "Rule2", "aterkallelse", "8 kap. 12 §");
  }

  @Test
  void rule3RevokesWhenCriminalActivityIsTolerated() {
    proposes(evaluate("mindre", "ingen", "lamplig", true, false), "Rule3", "aterkallelse", "brottslig verksamhet");
  }

  @Test
  void rule4RevokesWithoutAnEarlierWarningOnlyWhenAWarningIsNotEnough() {
    proposes(evaluate("mycket-allvarlig", "ingen", "lamplig", false, false), "Rule4", "aterkallelse",
        "utan föregående varning");
  }

  @Test
  void rule5RevokesForSeriousBreachesAfterAnEarlierWarning() {
    proposes(evaluate("allvarlig", "varning", "lamplig", false, false), "Rule5", "aterkallelse",
        "trots en tidigare varning");
  }

  @Test
  void rule6WarnsForShortcomingsInSuitabilityAsAGroundOfItsOwn() {
    proposes(evaluate("inga", "ingen", "brister", false, false), "Rule6", "varning", "lämpligheten");
  }

  @Test
  void rule7WarnsForSeriousBreachesWithoutAnEarlierWarning() {
    proposes(evaluate("allvarlig", "erinran", "lamplig", false, false), "Rule7", "varning", "9 kap. 17 §");
    forget();
    proposes(evaluate("allvarlig", "ingen", "lamplig", false, false), "Rule7", "varning", "inte motiverar återkallelse");
  }

  @Test
  void rule8WarnsForMinorBreachesAfterAnEarlierFormalSanction() {
    proposes(evaluate("mindre", "erinran", "lamplig", false, false), "Rule8", "varning", "tidigare erinran eller varning");
    forget();
    proposes(evaluate("mindre", "varning", "lamplig", false, false), "Rule8", "varning", "upprepade brister");
  }

  @Test
  void rule9GivesAnErinranForMinorBreachesWithoutAnEarlierSanctionEvenIfFoundAgainAtTheReinspection() {
    proposes(evaluate("mindre", "ingen", "lamplig", false, false), "Rule9", "erinran", "Mindre brister utan tidigare");
  }

  @Test
  void rule10ProposesNoSanctionWithoutBreaches() {
    proposes(evaluate("inga", "varning", "lamplig", false, false), "Rule10", "ingen", "Inga brister");
  }

  @Test
  void anUnknownSeriousnessOrEarlierSanctionMatchesNoRule() {
    assertThat(evaluate("okand", "ingen", "lamplig", false, false).getResultList()).isEmpty();
    assertThat(evaluate("mindre", "okand", "lamplig", false, false).getResultList()).isEmpty();
  }
}
