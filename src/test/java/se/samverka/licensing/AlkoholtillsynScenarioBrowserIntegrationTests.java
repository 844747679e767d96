package se.samverka.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samverka.support.BrowserIntegrationTest;
import se.samverka.support.Http;
import se.samverka.support.ScenarioPages;

/**
 * A supervision of licensed premises on its shortest legal path, in Samverka's own pages in a real Chromium, as the
 * alcohol licensing officer works it: "Ny tillsyn" with the premises chosen from the register (first without them: the
 * page says so in Swedish next to the field), the receipt with the case number, then from the queue: plan it (the
 * task links to the supervision, which opens), inspect and write the protocol without remarks, and send the protocol
 * to the licence holder (first with a date after today: refused at the field). The supervision page then shows it
 * done without remarks and waiting for nothing. Every page is checked (axe-core without serious or critical
 * violations, reflow at 320 px, CSRF, no Content-Security-Policy violation) and every link on it answers 200 to the
 * officer.
 */
class AlkoholtillsynScenarioBrowserIntegrationTests extends BrowserIntegrationTest {

  private static final String PREMISES = "Gästis, Slottsvägen 19";

  private ScenarioPages pages;

  @BeforeEach
  void pages() {
    pages = new ScenarioPages(browser);
  }

  @Test
  void anOfficerStartsPlansInspectsAndSendsTheProtocolOfASupervisionWithoutRemarks() {
    LocalDate today = ScenarioPages.today();

    // 1. Ny … → Ny tillsyn: the premises forgotten, the error, the premises chosen from the register, the receipt.
    browser.login("alkoholhandlaggare", Http.PASSWORD);
    pages.visit("the officer's start page");
    browser.followLink("Ny …");
    pages.visit("the start forms of the officer");
    browser.followLink("Ny tillsyn");
    assertThat(browser.path()).isEqualTo("/ny/alkoholtillsyn");
    assertThat(browser.text("h1")).isEqualTo("Ny tillsyn");
    pages.visit("the supervision's start form");
    browser.answer("Anledning", "Tips eller klagomål");
    browser.fill("Slag av tillsyn", "Yttre tillsyn (besök på plats)");
    pages.send("starta");
    assertThat(browser.path()).isEqualTo("/ny/alkoholtillsyn");
    assertThat(pages.errorAt("premisesRef")).containsIgnoringCase("serveringsställe");
    pages.visit("the supervision's start form with an error");
    browser.fill("Serveringsställe", PREMISES);
    pages.send("starta");
    assertThat(browser.path()).startsWith("/ny/kvitto/");
    String caseNumber = browser.text(".arendenummer");
    assertThat(caseNumber).matches("TIL-" + today.getYear() + "-\\d{4,}");
    pages.visit("the receipt of the supervision");

    // 2. Plan it: the task links to the supervision, which shows the premises from the register.
    pages.openTask("Alkoholhandläggare", "alkoholhandlaggare", caseNumber, "Planera tillsynen");
    assertThat(browser.text("main .fakta")).contains("Gästis");
    browser.followLink("Tillsynen i Samverka");
    assertThat(browser.path()).startsWith("/tillsyn/");
    String supervisionPath = browser.path();
    assertThat(browser.text("h1")).isEqualTo("Tillsyn av Gästis");
    assertThat(browser.text("main")).contains("Slottsvägen 19", "Att planera", "Planera tillsynen");
    pages.visit("the supervision before it is planned");
    browser.driver().navigate().back();
    browser.waitForLoad();
    browser.fill("Slag av tillsyn", "Yttre tillsyn (besök på plats)");
    browser.fill("Datum för tillsynen", today.toString());
    pages.complete("the plan", caseNumber);

    // 3. The inspection and its protocol: no remarks.
    pages.openTask("Alkoholhandläggare", "alkoholhandlaggare", caseNumber, "Genomför tillsynen och skriv protokollet");
    browser.fill("Datum för tillsynen", today.toString());
    browser.answer("Fanns serveringsansvarig på plats?", "Ja");
    browser.answer("Är den serveringsansvariga anmäld till kommunen?", "Ja");
    browser.answer("Hölls serveringstiden?", "Ja");
    browser.answer("Fanns mat att tillgå (efter kl. 23 minst några enklare rätter)?", "Ja");
    browser.answer("Ordning och nykterhet", "God");
    browser.answer("Kontrollerades åldern hos unga gäster?", "Ja");
    browser.answer("Fanns gäster under 18 år i serveringen?", "Nej");
    browser.answer("Var uteserveringen tydligt avgränsad?", "Ingen uteservering");
    browser.answer("Anmärkningar", "Inga anmärkningar");
    pages.complete("the protocol", caseNumber);

    // 4. Send the protocol: not on a day after today (refused at the field), then today.
    pages.openTask("Alkoholhandläggare", "alkoholhandlaggare", caseNumber, "Skicka protokollet till tillståndshavaren");
    browser.fill("Datum då protokollet skickades", today.plusDays(1).toString());
    pages.send();
    assertThat(browser.text("h1")).isEqualTo("Skicka protokollet till tillståndshavaren");
    assertThat(pages.errorAt("protocolSentOn")).contains("efter i dag");
    pages.visit("sending the protocol, with an error");
    browser.fill("Datum då protokollet skickades", today.toString());
    pages.complete("sending the protocol", caseNumber);

    // 5. The supervision is done without remarks; nothing of it is left in the queue.
    browser.followLink("Öppna tillsynen");
    assertThat(browser.path()).isEqualTo(supervisionPath);
    pages.visit("the supervision at its end");
    assertThat(browser.text("main")).contains("Klar utan anmärkning", today.toString());
    assertThat(browser.text("section[aria-labelledby=vantar]")).doesNotContain("Skicka protokollet", "Planera");
    pages.assertQueueEmpty("Alkoholhandläggare", "alkoholhandlaggare", caseNumber);
  }
}
