package se.samverka.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.samverka.support.BrowserIntegrationTest;
import se.samverka.support.Http;

/**
 * The licensing page and the priority areas in Chromium with the demo data (its supervisions, plan and AAS courses):
 * found from the overview, under axe-core at 1280 and 320 px, without a Content-Security-Policy violation, every link
 * answering; for the steering group and for a manager whose agency has no licensing figures.
 */
class FollowUpBrowserIntegrationTests extends BrowserIntegrationTest {

  @Test
  void theSteeringGroupFindsTheLicensingAndThePriorityAreasFromTheOverview() {
    browser.login("styrgrupp", Http.PASSWORD).open("/oversikt");
    browser.followLink("Alkoholtillsyn, AAS och KMK");
    assertThat(browser.path()).isEqualTo("/oversikt/tillsyn");
    assertThat(browser.text("h1")).isEqualTo("Alkoholtillsyn, AAS och KMK");
    assertThat(browser.pageText()).contains("Årets tillsynsplan").contains("Ansvarsfull alkoholservering (AAS)")
        .contains("Krogar mot knark (KMK)").doesNotContain("Din myndighet har inga siffror här");
    browser.checkPage("the steering group's licensing page").assertLinksAnswer("the steering group's licensing page");

    browser.open("/oversikt").followLink("Per insatsområde");
    assertThat(browser.path()).isEqualTo("/oversikt/omraden");
    assertThat(browser.pageText()).contains("1. Skydda barn och unga").contains("ingen process ännu");
    assertThat(browser.driver().getPageSource()).as("the licensing activities (past the first 3000 characters)")
        .contains("Genomförda tillsyner").contains("AAS-kurser");
    browser.checkPage("the steering group's priority areas").assertLinksAnswer("the steering group's priority areas");

    browser.open("/oversikt/omraden?fran=2026-13");
    assertThat(browser.text("#period-fel")).contains("Startmånaden");
    browser.checkPage("the priority areas with a bad month");
  }

  @Test
  void aManagerWithoutLicensingWorkIsToldSoAndSeesTheOwnAgencysActivities() {
    browser.login("chefSocialtjanst", Http.PASSWORD).open("/oversikt/tillsyn");
    assertThat(browser.pageText()).contains("Din myndighet har inga siffror här");
    browser.checkPage("the licensing page of another agency's manager")
        .assertLinksAnswer("the licensing page of another agency's manager");
    browser.open("/oversikt/omraden");
    assertThat(browser.pageText()).contains("Startade: Orosanmälan").contains("inga siffror för din myndighet");
    browser.checkPage("the manager's priority areas").assertLinksAnswer("the manager's priority areas");
  }
}
