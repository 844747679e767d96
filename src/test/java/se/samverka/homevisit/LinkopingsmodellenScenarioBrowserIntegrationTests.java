package se.samverka.homevisit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samverka.sspf.SspfSteps;
import se.samverka.support.BrowserIntegrationTest;
import se.samverka.support.Http;
import se.samverka.support.ScenarioPages;
import se.samverka.support.TestPersons;

/**
 * A Linköpingsmodellen home visit from the police's tip to social services' follow-up, in Samverka's own pages in a
 * real Chromium, as the demo users work it: the police register the tip through "Nytt tips (Linköpingsmodellen)",
 * first on a legal ground that is social services' and not theirs (the page refuses it in Swedish at the field), and
 * get the receipt with the case number; the police and social services assess the tip each in their own task (social
 * services' task links to the case, which opens for them), the police plan the visit (first without having tried to
 * reach the guardian: refused), both document the visit, and four weeks later social services follow up and close the
 * visit without a referral to SSPF. Every page is checked (axe-core without serious or critical violations, reflow at
 * 320 px, CSRF, no Content-Security-Policy violation) and every link on every page answers 200 to the user who sees it.
 * The four weeks are the only step not taken in the pages: the administrator fires the timer, as time would.
 */
class LinkopingsmodellenScenarioBrowserIntegrationTests extends BrowserIntegrationTest {

  private ScenarioPages pages;

  @BeforeEach
  void pages() {
    pages = new ScenarioPages(browser);
  }

  @Test
  void aPoliceTipIsAssessedVisitedAndFollowedUpInTheAgenciesOwnPages() {
    String firstName = "Lina";
    String lastName = "Lindqvist";
    LocalDate today = ScenarioPages.today();

    // 1. The police register the tip: Ny … → Nytt tips (Linköpingsmodellen), on a ground that is not theirs first.
    browser.login("polis", Http.PASSWORD);
    pages.visit("the police's start page");
    browser.followLink("Ny …");
    pages.visit("the start forms of the police");
    browser.followLink("Nytt tips (Linköpingsmodellen)");
    assertThat(browser.path()).isEqualTo("/ny/linkopingsmodellen");
    pages.visit("the tip form");
    browser.fill("Personnummer eller samordningsnummer", TestPersons.identityNumber(16));
    browser.fill("Förnamn", firstName);
    browser.fill("Efternamn", lastName);
    browser.fill("Kommundel", "Strängnäs tätort");
    browser.fill("Tipset kommer från", "Anonym uppgiftslämnare");
    browser.answer("Hur konkret är tipset?", "Konkret");
    browser.check("Gäller narkotika");
    browser.fill("Rättslig grund för att dela tipset med den andra myndigheten",
        "OSL 10 kap. 2 § (nödvändigt för socialtjänstens verksamhet)");
    browser.fill("Tipset", "Säljer tabletter vid busstationen efter skolan.");
    browser.submitWithEnter("#falt-pd_grund_fornamn");
    assertThat(browser.path()).isEqualTo("/ny/linkopingsmodellen");
    assertThat(pages.errorAt("tipDisclosureGround")).as("a ground the police may not use").isNotBlank();
    assertThat(browser.labelled("Efternamn", null).getAttribute("value")).as("values kept").isEqualTo(lastName);
    pages.visit("the tip form with an error");
    browser.fill("Rättslig grund för att dela tipset med den andra myndigheten",
        "Polisens anmälningsskyldighet till socialtjänsten");
    browser.submitWithEnter("#falt-pd_grund_fornamn");
    assertThat(browser.path()).startsWith("/ny/kvitto/");
    String instance = browser.path().substring("/ny/kvitto/".length());
    String caseNumber = browser.text(".arendenummer");
    assertThat(caseNumber).matches("LKP-" + today.getYear() + "-\\d{4,}");
    pages.visit("the receipt of the tip");

    // 2. The police's assessment: no concrete suspicion; what the police share is a disclosure on its ground.
    pages.openTask("Polis", "polis", caseNumber, "Polisens bedömning");
    browser.answer("Finns en konkret brottsmisstanke?", "Nej");
    browser.check("Polisen lämnar uppgifter till socialtjänsten");
    browser.fill("Rättslig grund för uppgifterna", "OSL 10 kap. 28 § (uppgiftsskyldighet)");
    browser.fill("Polisens bedömning och uppgifter", "Känd i miljön kring busstationen.");
    pages.complete("the police's assessment", caseNumber);
    browser.logout();

    // 3. Social services' assessment: the task links to the case, which social services may open; a home visit.
    browser.login("socialtjanst", Http.PASSWORD);
    // Every tip social services have to assess (the demo's among them) opens, and every link on its page answers.
    browser.followLink("Socialtjänst (");
    browser.fill("Process", "Linköpingsmodellen – hembesök");
    browser.submitWithEnter("#caseNumber");
    pages.visit("social services' queue of Linköpingsmodellen");
    List<String> assessments = browser.findAll("tbody tr td:first-child a").stream()
        .filter(link -> link.getText().strip().equals("Socialtjänstens bedömning"))
        .map(link -> link.getAttribute("href")).toList();
    assertThat(assessments).as("the demo's tip and this one").hasSizeGreaterThanOrEqualTo(2);
    for (String task : assessments) {
      browser.driver().get(task);
      browser.waitForLoad();
      assertThat(browser.text("h1")).isEqualTo("Socialtjänstens bedömning");
      pages.visit("an assessment of a tip by social services");
    }
    pages.openTask("Socialtjänst", "socialtjanst", caseNumber, "Socialtjänstens bedömning");
    assertThat(browser.text("main .fakta")).contains(firstName + " " + lastName);
    browser.followLink("Öppna ärendet i Samverka");
    assertThat(browser.text("h1")).contains(caseNumber);
    assertThat(browser.text("main")).contains(firstName + " " + lastName, "Säljer tabletter vid busstationen",
        "Känd i miljön kring busstationen", "Tips mottaget: Källa: Anonym uppgiftslämnare; Konkret");
    pages.visit("the visit's case as social services see it");
    browser.driver().navigate().back();
    browser.waitForLoad();
    browser.answer("Förslag", "Hembesök");
    browser.fill("Socialtjänstens bedömning", "Hembesök tillsammans med polisen.");
    pages.complete("social services' assessment", caseNumber);
    browser.logout();

    // 4. The police plan the visit: not without an attempt to reach the guardian first; then the police's notes.
    browser.login("polis", Http.PASSWORD);
    pages.openTask("Polis", "polis", caseNumber, "Planera hembesöket");
    browser.fill("Planerat datum", today.plusDays(3).toString());
    browser.answer("Deltar", "Socialtjänsten");
    browser.answer("Deltar", "Polisen");
    pages.send();
    assertThat(browser.text("h1")).isEqualTo("Planera hembesöket");
    assertThat(pages.errorAt("guardianContactAttempted")).contains("vårdnadshavaren");
    pages.visit("the plan with an error");
    browser.check("Kontakt med vårdnadshavare har försökts");
    pages.complete("the plan", caseNumber);

    pages.openTask("Polis", "polis", caseNumber, "Besöket: polisens dokumentation");
    browser.answer("Avbröts samtalet för ett formellt förhör?", "Nej");
    browser.fill("Polisens anteckning från besöket", "Informerade om risker och konsekvenser.");
    pages.complete("the police's notes of the visit", caseNumber);
    pages.assertQueueEmpty("Polis", "polis", caseNumber);
    browser.logout();

    // 5. Social services' notes of the visit: consent to enter, the young person's own view.
    browser.login("socialtjanst", Http.PASSWORD);
    pages.openTask("Socialtjänst", "socialtjanst", caseNumber, "Besöket: socialtjänstens dokumentation");
    browser.answer("Samtyckte familjen till att ni gick in i hemmet?", "Ja");
    browser.fill("Barnets egen syn", "Vill sluta men vet inte hur.");
    browser.fill("Socialtjänstens anteckning från besöket", "Familjen tog emot oss; stödsamtal erbjudna.");
    pages.complete("social services' notes of the visit", caseNumber);
    pages.assertQueueEmpty("Socialtjänst", "socialtjanst", caseNumber);

    // 6. Four weeks later (the administrator fires the timer, as time would): the follow-up, no referral to SSPF.
    new SspfSteps(http).fireTimer(instance, LinkopingsmodellenProcess.WAIT_FOR_FOLLOW_UP);
    pages.openTask("Socialtjänst", "socialtjanst", caseNumber, "Uppföljande kontakt");
    browser.check("Kontakt har tagits");
    browser.check("Familjen har tackat ja till stöd");
    browser.answer("Aktualisera i SSPF?", "Nej");
    pages.complete("the follow-up", caseNumber);
    pages.assertQueueEmpty("Socialtjänst", "socialtjanst", caseNumber);

    // 7. The case page shows the outcome: closed after the visit, nothing waiting.
    browser.followLink("Ärenden");
    browser.type("#q", caseNumber).submitWithEnter("#q");
    pages.visit("social services' cases found by number");
    browser.followLink(caseNumber);
    assertThat(browser.text("h1")).contains(caseNumber);
    pages.visit("the visit's case at its end");
    assertThat(browser.text("main .fakta")).contains("Avslutat (Hembesöket genomfört)");
    assertThat(browser.text("section[aria-labelledby=vantar]")).contains("väntar inte på någon uppgift");
  }
}
