package se.samverka.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.samverka.support.BrowserIntegrationTest;
import se.samverka.support.Http;

/**
 * "SSPF och hembesök" in Chromium with the demo data, as the manager of social services and the steering group find
 * it from Översikt: under axe-core at 1280 and 320 px, no Content-Security-Policy violation (the charts are drawn from
 * a file), and every link answering (the way back, the period, the CSV).
 */
class SspfPanelBrowserIntegrationTests extends BrowserIntegrationTest {

  @Test
  void aManagerOfSocialServicesFindsTheReportsOfConcernAndTheConcernVisitsFromTheOverview() {
    browser.login("chefSocialtjanst", Http.PASSWORD).open("/oversikt");
    browser.followLink("SSPF och hembesök");
    assertThat(browser.path()).isEqualTo("/oversikt/sspf");
    assertThat(browser.text("h1")).isEqualTo("SSPF och hembesök");
    // (The page's text is read per panel: pageText() stops at 3000 characters.)
    assertThat(browser.text("#orosanmalan-rubrik")).isEqualTo("Orosanmälan");
    assertThat(browser.text("#strangnas-rubrik")).startsWith("Strängnäsmodellen");
    assertThat(browser.findAll("#sspf-rubrik, #linkoping-rubrik, #styrgrupp-rubrik")).as("other agencies' panels")
        .isEmpty();
    assertThat(browser.findAll("main td")).extracting(e -> e.getText()).doesNotContain("färre än 5");
    browser.checkPage("the manager's SSPF and home-visit figures")
        .assertLinksAnswer("the manager's SSPF and home-visit figures");
  }

  @Test
  void theSteeringGroupSeesEveryPanelAndTheQuarterlyHistoryInAggregates() {
    browser.login("styrgrupp", Http.PASSWORD).open("/oversikt");
    browser.followLink("SSPF och hembesök");
    assertThat(browser.path()).isEqualTo("/oversikt/sspf");
    assertThat(browser.pageText()).contains("Antal under 5 visas som ”färre än 5”");
    assertThat(browser.text("#sspf-rubrik")).isEqualTo("SSPF: aktualiseringar, samtycke och avslut");
    assertThat(browser.text("#orosanmalan-rubrik")).isEqualTo("Orosanmälan");
    assertThat(browser.text("#linkoping-rubrik")).startsWith("Linköpingsmodellen");
    assertThat(browser.text("#strangnas-rubrik")).startsWith("Strängnäsmodellen");
    assertThat(browser.text("#styrgrupp-rubrik")).isEqualTo("Styrgruppens kvartalsrapporter och beslut");
    browser.checkPage("the steering group's SSPF and home-visit figures")
        .assertLinksAnswer("the steering group's SSPF and home-visit figures");
  }

  @Test
  void aBadMonthShowsTheErrorAtTheFilter() {
    browser.login("chefPolis", Http.PASSWORD).open("/oversikt/sspf?till=2026-13");
    assertThat(browser.text("#filterfel")).contains("Filtret kunde inte användas");
    assertThat(browser.text("#period-fel")).contains("Slutmånaden");
    assertThat(browser.find("#till").getAttribute("aria-describedby")).contains("period-fel");
    browser.checkPage("the SSPF figures with a bad month");
  }
}
