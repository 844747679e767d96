package se.samverka.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.samverka.support.BrowserIntegrationTest;
import se.samverka.support.Http;

/**
 * The dashboards in Chromium with the demo data, as a manager of social services and as the steering group find them:
 * from the navigation, every page under axe-core at 1280 and 320 px, no Content-Security-Policy violation (Chart.js
 * draws from a file, not from inline code), every link answering, and a figure followed by keyboard to its cases.
 */
class DashboardBrowserIntegrationTests extends BrowserIntegrationTest {

  @Test
  void aManagerOfSocialServicesFindsTheDeadlinesAndFollowsAFigureToItsCaseNumbersByKeyboard() {
    browser.login("chefSocialtjanst", Http.PASSWORD);
    browser.followLink("Översikt");
    assertThat(browser.path()).isEqualTo("/oversikt");
    assertThat(browser.text("h1")).isEqualTo("Översikt");
    assertThat(browser.pageText()).contains("Arbetet inom socialtjänsten i siffror")
        .contains("Lagstadgade tidsfrister");
    assertThat(browser.driver().getPageSource()).as("the workload (past the first 3000 characters with the history)")
        .contains("Arbetsbelastning just nu");
    assertThat(browser.findAll("figure.diagram canvas")).as("a chart above each marked table").isNotEmpty();
    browser.checkPage("the manager's dashboard").assertLinksAnswer("the manager's dashboard");
    assertThat(browser.findAll("thead th.tal")).as("the headings over the figures").hasSizeGreaterThan(10)
        .allSatisfy(th -> assertThat(th.getCssValue("text-align")).as(th.getText()).isEqualTo("right"));
    assertThat(browser.find("thead th").getCssValue("text-align")).as("a heading over words").isEqualTo("left");

    var figure = browser.tabTo("a[href^='/oversikt/tidsfrister?']", 200);
    String label = figure.getAttribute("aria-label");
    assertThat(label).contains("visa ärendenumren");
    browser.follow(figure);
    assertThat(browser.path()).startsWith("/oversikt/tidsfrister?");
    assertThat(browser.findAll("tbody tr")).isNotEmpty();
    assertThat(browser.text("tbody tr th a")).matches("[A-ZÅÄÖ]+-\\d{4}-\\d{4}");
    browser.checkPage("the deadlines behind a figure").assertLinksAnswer("the deadlines behind a figure");

    // The report of concern as a picture: where its cases wait, and the case numbers at a step.
    browser.open("/oversikt").follow(browser.find("a[href^='/oversikt/process/orosanmalan']"));
    assertThat(browser.text("h1")).isEqualTo("Orosanmälan");
    assertThat(browser.findAll(".processbild svg")).hasSize(1);
    browser.checkPage("the process picture of the report of concern")
        .assertLinksAnswer("the process picture of the report of concern");
    var step = browser.findAll(".processbild a");
    assertThat(step).as("steps with cases link to their case numbers").isNotEmpty();
    browser.follow(browser.find("table a[href*='/steg/']"));
    assertThat(browser.text("h1")).startsWith("Väntar i steget");
    browser.checkPage("the cases at a step").assertLinksAnswer("the cases at a step");
  }

  @Test
  void theSteeringGroupSeesEveryAgencyInAggregatesAndChoosesOneByKeyboard() {
    browser.login("styrgrupp", Http.PASSWORD).open("/oversikt");
    assertThat(browser.pageText()).contains("Arbetet inom alla myndigheter").contains("färre än 5")
        .doesNotContain("Tagna uppgifter per handläggare");
    assertThat(browser.findAll("a[href^='/oversikt/tidsfrister?']")).as("no list behind a figure").isEmpty();
    browser.checkPage("the steering group's dashboard").assertLinksAnswer("the steering group's dashboard");

    browser.tabTo("#myndighet", 30);
    browser.choose("#myndighet", "socialtjanst");
    browser.submitWithEnter("#fran");
    browser.waitForLoad();
    assertThat(browser.path()).contains("myndighet=socialtjanst");
    assertThat(browser.pageText()).contains("Arbetet inom socialtjänsten");
    browser.checkPage("the steering group's dashboard for one agency");

    browser.open("/oversikt/process/sspf-arende?vy=helhet");
    assertThat(browser.text("h1")).isEqualTo("SSPF-ärende");
    assertThat(browser.findAll(".processbild a")).as("no case numbers for the steering group").isEmpty();
    browser.checkPage("the steering group's picture of SSPF");
  }

  @Test
  void aBadMonthShowsTheErrorAtTheFilterAndTheDefaultFigures() {
    browser.login("chefSocialtjanst", Http.PASSWORD).open("/oversikt?fran=2026-13");
    assertThat(browser.text("#filterfel")).contains("Filtret kunde inte användas");
    assertThat(browser.text("#period-fel")).contains("Startmånaden");
    assertThat(browser.find("#fran").getAttribute("aria-describedby")).contains("period-fel");
    browser.checkPage("the dashboard with a bad month");
  }
}
