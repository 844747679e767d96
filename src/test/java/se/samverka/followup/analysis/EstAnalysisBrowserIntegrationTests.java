package se.samverka.followup.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samverka.support.BrowserIntegrationTest;
import se.samverka.support.Http;
import se.samverka.workflow.EngineClock;

/**
 * The EST analysis pages in a real Chromium on the demo data (its EST weeks fall in this tertial), for the three groups
 * that read them: each passes axe-core without a serious or critical violation, reflows at 320 px and runs under the
 * Content-Security-Policy ({@link se.samverka.support.Browser#checkPage}).
 */
class EstAnalysisBrowserIntegrationTests extends BrowserIntegrationTest {

  @Autowired
  EstAnalyses analyses;

  /** This tertial's analysis from the demo data, written and decided, as est-analys leaves it. */
  private AnalysisPeriod decidedAnalysis() {
    AnalysisPeriod period = AnalysisPeriod.tertialOf(EngineClock.today());
    analyses.begin(period, "browser-test");
    analyses.recordAnalysis(period, "Torget i Mariefred", "Mörkt och få vuxna ute på kvällarna.",
        "Belysning vid torget\nFältare fredagkvällar", "trygghetssamordnare");
    analyses.recordDecision(period, EstAnalysisProcess.APPROVED, null, "styrgrupp");
    return period;
  }

  @Test
  void theSteeringGroupReadsTheAnalysesAndTheDecidedMeasures() {
    AnalysisPeriod period = decidedAnalysis();
    browser.login("styrgrupp", Http.PASSWORD);
    browser.open("/est/analyser").checkPage("the analyses for the steering group");
    assertThat(browser.pageText()).contains("Belysning vid torget", "Fältare fredagkvällar");
    browser.open("/est/analyser/" + period.key()).checkPage("a decided tertial analysis");
    assertThat(browser.findAll("table caption")).isNotEmpty();
    browser.open("/est/analyser/2026-T9").checkPage("the analyses with a forged period");
    assertThat(browser.pageText()).contains("Okänd period");
  }

  @Test
  void theCoordinatorAndThePoliceReadTheAnalysis() {
    AnalysisPeriod period = decidedAnalysis();
    for (String user : new String[] {"trygghetssamordnare", "polis"}) {
      browser.login(user, Http.PASSWORD);
      browser.open("/est/analyser/" + period.key()).checkPage("the tertial analysis for " + user);
      assertThat(browser.pageText()).contains(period.label());
      browser.logout();
    }
  }
}
