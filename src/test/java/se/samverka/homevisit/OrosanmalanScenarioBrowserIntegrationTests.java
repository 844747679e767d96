package se.samverka.homevisit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.samverka.support.BrowserIntegrationTest;
import se.samverka.support.Http;
import se.samverka.support.ScenarioPages;
import se.samverka.support.TestPersons;

/**
 * A report of concern from the school to its end, in Samverka's own pages in a real Chromium, as the demo users work
 * it: the school fills in "Ny orosanmälan" by the fields' labels, first without the last name (the page says so in
 * Swedish next to the field), and gets the receipt with the case number; social services find the report in their
 * queue by that number, make the protection assessment, the preliminary assessment with the decision to open an
 * investigation (due 14 days after the receipt), hand it over to their own system (a reference with a colon in it is
 * refused in Swedish at the field) and give feedback to the school as a mandatory reporter. Each task is gone from the
 * queue once done, and the case page shows the decision and the deadlines met. Every page is checked (axe-core without
 * serious or critical violations, reflow at 320 px, CSRF, no Content-Security-Policy violation) and every link on it
 * answers 200 to the user who sees it.
 */
class OrosanmalanScenarioBrowserIntegrationTests extends BrowserIntegrationTest {

  private ScenarioPages pages;

  @BeforeEach
  void pages() {
    pages = new ScenarioPages(browser);
  }

  @Test
  void aSchoolsReportIsAssessedDecidedHandedOverAndFedBackInSocialServicesOwnPages() {
    String firstName = "Olle";
    String lastName = "Oroson";
    String today = ScenarioPages.today().toString();

    // 1. The school reports: Ny … → Ny orosanmälan, the last name forgotten, the error, the correction, the receipt.
    browser.login("skola", Http.PASSWORD);
    visit("the school's start page");
    browser.followLink("Ny …");
    visit("the start forms of the school");
    browser.followLink("Ny orosanmälan");
    assertThat(browser.path()).isEqualTo("/ny/orosanmalan");
    assertThat(browser.text("h1")).isEqualTo("Ny orosanmälan");
    visit("the report form");

    browser.fill("Personnummer eller samordningsnummer", TestPersons.identityNumber(12));
    browser.fill("Förnamn", firstName);
    browser.fill("Kommundel", "Mariefred");
    browser.fill("Anmälare", "Skola");
    browser.check("Anmälan görs enligt anmälningsplikten");
    browser.fill("Vad har hänt och vad grundar sig oron på?", "Kommer hungrig till skolan och säger att ingen är hemma.");
    browser.submitWithEnter("#falt-pd_grund_fornamn");

    assertThat(browser.path()).isEqualTo("/ny/orosanmalan");
    assertThat(pages.errorAt("pd_grund_efternamn")).containsIgnoringCase("efternamn");
    assertThat(browser.labelled("Förnamn", null).getAttribute("value")).as("values kept").isEqualTo(firstName);
    visit("the report form with an error");
    browser.fill("Efternamn", lastName);
    browser.submitWithEnter("#falt-pd_grund_efternamn");

    assertThat(browser.path()).startsWith("/ny/kvitto/");
    String caseNumber = browser.text(".arendenummer");
    assertThat(caseNumber).matches("ORO-" + ScenarioPages.today().getYear() + "-\\d{4,}");
    visit("the receipt of the report");
    browser.logout();

    // 2. Social services find the report in their queue by its number: the protection assessment, at once.
    browser.login("socialtjanst", Http.PASSWORD);
    openTask(caseNumber, "Skyddsbedömning", firstName + " " + lastName);
    browser.answer("Behöver barnet omedelbart skydd?", "Nej");
    browser.answer("Får vårdnadshavarna kontaktas nu?", "Ja");
    browser.answer("Finns misstanke om brott mot barnet?", "Nej");
    browser.answer("Inleds utredning direkt, utan förhandsbedömning?", "Nej");
    browser.fill("Skyddsbedömning och motivering", "Inget akut skyddsbehov; förhandsbedömning.");
    complete("the protection assessment", caseNumber);

    // 3. The preliminary assessment: due 14 days after the receipt; the decision is to open an investigation.
    openTask(caseNumber, "Förhandsbedömning", firstName + " " + lastName);
    assertThat(browser.text("main .fakta")).as("due 14 days after the receipt")
        .contains(ScenarioPages.day(ScenarioPages.today().plusDays(14)));
    browser.answer("Kontakter under förhandsbedömningen", "Barnet");
    browser.answer("Kontakter under förhandsbedömningen", "Vårdnadshavare");
    browser.answer("Kontakter under förhandsbedömningen", "Anmälaren");
    browser.check("Barnet har fått komma till tals");
    browser.fill("Barnets egen syn", "Vill att någon vuxen finns hemma på kvällarna.");
    browser.answer("Beslut", "Inleda utredning");
    browser.fill("Motivering", "Oron kvarstår efter samtal med familjen.");
    complete("the preliminary assessment", caseNumber);

    // 4. The hand-over to social services' own system: a reference with a character it may not hold is refused.
    openTask(caseNumber, "Överlämna till utredning", firstName + " " + lastName);
    browser.fill("Ärendenummer i verksamhetssystemet", "BoU 2026:117");
    browser.fill("Överlämnat datum", today);
    pages.send();
    assertThat(browser.text("h1")).isEqualTo("Överlämna till utredning");
    assertThat(pages.errorAt("investigationReference")).contains("fel format");
    visit("the hand-over with an error");
    browser.fill("Ärendenummer i verksamhetssystemet", "BoU 2026/117");
    complete("the hand-over", caseNumber);

    // 5. Feedback to the school, a mandatory reporter; then nothing of the report is left in the queue.
    openTask(caseNumber, "Återkoppling till anmälaren", firstName + " " + lastName);
    browser.answer("Återkoppling", "Utredning inleds");
    browser.fill("Datum för återkopplingen", today);
    complete("the feedback", caseNumber);
    pages.assertQueueEmpty("Socialtjänst", "socialtjanst", caseNumber);

    // 6. The case page shows the outcome: the decision, the deadlines met, nothing waiting.
    browser.followLink("Ärenden");
    browser.type("#q", caseNumber).submitWithEnter("#q");
    visit("social services' cases found by number");
    browser.follow(browser.findAll("tbody tr").stream().filter(r -> r.getText().contains(caseNumber)).findFirst()
        .orElseThrow().findElement(By.cssSelector("a")));
    assertThat(browser.text("h1")).contains(caseNumber);
    visit("the report's case page");
    String casePage = browser.text("main");
    assertThat(casePage).contains(firstName + " " + lastName, "Skyddsbedömning gjord", "Utredning inleds");
    assertThat(browser.text("section[aria-labelledby=frister]")).as("the deadlines of the report, in words")
        .contains("Uppfylld").doesNotContain("Överskriden", "Uppfylld (Uppfylld)", "UPPFYLLD");
    assertThat(browser.text("section[aria-labelledby=vantar]")).contains("väntar inte på någon uppgift");
    browser.logout();
  }

  private void visit(String what) {
    pages.visit(what);
  }

  private void openTask(String caseNumber, String taskName, String subject) {
    pages.openTask("Socialtjänst", "socialtjanst", caseNumber, taskName);
    assertThat(browser.text("main .fakta")).contains(subject);
  }

  private void complete(String what, String caseNumber) {
    pages.complete(what, caseNumber);
  }
}
