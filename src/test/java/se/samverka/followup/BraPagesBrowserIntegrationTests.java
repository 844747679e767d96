package se.samverka.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samverka.followup.ActionPlans.Measure;
import se.samverka.followup.ActionPlans.Picture;
import se.samverka.followup.bra.BraLokalProcess;
import se.samverka.followup.bra.Quarters;
import se.samverka.support.BrowserIntegrationTest;
import se.samverka.support.Http;
import se.samverka.support.ScenarioPages;
import se.samverka.support.WorkApi;
import se.samverka.workflow.EngineClock;

/**
 * The local BRÅ and lägesbild pages in Chromium on the demo data (this quarter's meeting in Mariefred, with its
 * question to central BRÅ): each passes axe-core at 1280 and 320 px without a Content-Security-Policy violation, its
 * links answer, and the meeting task's form is usable; for the coordinator, the steering group and the police.
 */
class BraPagesBrowserIntegrationTests extends BrowserIntegrationTest {

  @Autowired
  ActionPlans plans;

  @Test
  void theCoordinatorSeesTheQuartersMeetingsAndTheOpenMeetingForm() {
    browser.login("trygghetssamordnare", Http.PASSWORD).open("/bra/lokalt");
    assertThat(browser.text("h1")).isEqualTo("Lokalt BRÅ, kvartal " + Quarters.of(EngineClock.today()));
    assertThat(browser.pageText()).contains("Mariefred").contains("belysningen på gångvägen")
        .contains("Mötet är inte dokumenterat ännu.");
    browser.checkPage("the local BRÅ meetings").assertLinksAnswer("the local BRÅ meetings");

    browser.open("/bra/lokalt?kommundel=mariefred").checkPage("the local BRÅ meeting of one district");
    assertThat(browser.findAll("main h2")).extracting(h -> h.getText()).containsExactly("Mariefred");

    var task = new WorkApi(http).tasks("trygghetssamordnare", null, BraLokalProcess.KEY).get(0);
    browser.open("/uppgifter/" + task.path("id").asText()).checkPage("a local BRÅ meeting task");
    assertThat(browser.pageText()).contains("Frågor till central BRÅ").contains("En fråga per rad");

    // A personnummer in the notes: the form comes back with the Swedish error next to the notes.
    var pages = new ScenarioPages(browser);
    browser.fill("Mötesdatum", EngineClock.today().toString()).answer("Deltagande organisationer", "Kommunen")
        .fill("Anteckningar från mötet", "Oro för 19121212-1212 vid hamnen.");
    pages.send();
    assertThat(pages.errorAt(BraLokalProcess.NOTES)).contains("personnummer").doesNotContain("1212");
    browser.checkPage("a local BRÅ meeting refused for a personnummer");
  }

  @Test
  void theSteeringGroupReadsTheQuestionsToCentralBra() {
    browser.login("styrgrupp", Http.PASSWORD).open("/bra/fragor");
    assertThat(browser.pageText()).contains("Mariefred").contains("belysningen på gångvägen");
    browser.checkPage("the questions to central BRÅ").assertLinksAnswer("the questions to central BRÅ");
    browser.open("/bra/lokalt?kommundel=finns-inte").checkPage("a forged district");
    assertThat(browser.pageText()).contains("Kommundelen finns inte i överenskommelsen");
  }

  @Test
  void theDecidedPlanIsReadByTheSteeringGroupAndThePolice() {
    if (plans.plan("2045-2046").isEmpty()) {
      plans.decide("2045-2046", "browser-test", new Picture("Skadegörelse i centrum.", null, "Helgkvällar.",
          "Få vuxna ute.", "Fler bostadsinbrott.", null, "Seriebrott.", "Skadegörelse och inbrott.",
          "Skadegörelse\nInbrott", "Mörka platser.", 2, "Två dialoger i Mariefred.", "Otryggt vid stationen."),
          List.of(new Measure("Skadegörelse i centrum", "Halverad skadegörelse", "Anmälningar per kvartal",
              "Kommunen", "2045-2046"), new Measure("Inbrott", "Fler grannsamverkansområden", "Antal områden",
              "Polisen", "2045")));
    }
    for (String user : List.of("styrgrupp", "polis")) {
      browser.login(user, Http.PASSWORD).open("/lagesbild");
      browser.checkPage("the periods as " + user).followLink("Period 2045-2046");
      assertThat(browser.pageText()).contains("Polisens lägesbild").contains("Fler grannsamverkansområden");
      browser.checkPage("the action plan as " + user).assertLinksAnswer("the action plan as " + user);
      browser.logout();
    }
  }
}
