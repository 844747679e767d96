package se.samverka.followup.est;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samverka.support.BrowserIntegrationTest;
import se.samverka.support.Http;
import se.samverka.workflow.EngineClock;

/**
 * EST's pages in a real Chromium on the demo data, for the accounts that use them: each passes axe-core without a
 * serious or critical violation, reflows at 320 px, posts with the CSRF token and runs under the Content-Security-Policy
 * ({@link se.samverka.support.Browser#checkPage}); a refused report shows the error next to its field.
 */
class EstBrowserIntegrationTests extends BrowserIntegrationTest {

  @Autowired
  JdbcTemplate jdbc;

  private final EstWeek lastWeek = EstWeek.of(EngineClock.today()).previous();

  @Test
  void aUnitReportsAnIncidentByKeyboardSeesTheErrorNextToTheFieldAndCorrectsItsReport() {
    browser.login("bostadsbolag", Http.PASSWORD);
    browser.open("/est/rapportera").checkPage("the report page of the housing company");
    browser.fill("Kategori", "Klotter").fill("Kommundel", "Mariefred").fill("Plats", "Gården Gripsholmsvägen 6")
        .fill("Beskrivning", "Boende 19121212-1212 har sett klotter.");
    browser.js("arguments[0].value = arguments[1]", browser.find("#occurredAt"),
        EngineClock.now().atZone(java.time.ZoneId.systemDefault()).toLocalDateTime().minusHours(1).withSecond(0)
            .withNano(0).toString().substring(0, 16));
    browser.answer("Allvarlighetsgrad", "2 – medel");
    browser.find("main form button[type=submit]").click();
    browser.waitForLoad();
    assertThat(browser.text("#description-fel")).contains("personnummer");
    assertThat(browser.find("#description").getAttribute("aria-invalid")).isEqualTo("true");
    browser.checkPage("the report page with a refused description");

    browser.fill("Beskrivning", "Nytt klotter på gårdens plank.");
    browser.find("main form button[type=submit]").click();
    browser.waitForLoad();
    assertThat(browser.text("[role=status]")).contains("Händelsen är rapporterad");
    browser.followLink("Ändra Gården Gripsholmsvägen 6").checkPage("the correction of a report");
    browser.open("/est/veckor").checkPage("the published weeks for the housing company");
    browser.open("/est/veckor/" + lastWeek.key()).checkPage("last week's published picture for the housing company");
    assertThat(browser.pageText()).contains("Insatser sedan förra veckan", "Ökad polisnärvaro");
    browser.open("/est/insatser").checkPage("the housing company's actions");
    assertThat(browser.pageText()).contains("Sanera klottret");
  }

  @Test
  void theCoordinatorSeesEveryWeekAndRegistersTheMeetingsDecisions() {
    // A week whose picture is compiled and whose meeting is open (as est-vecka leaves it before the meeting).
    Instant now = EngineClock.now();
    jdbc.update("insert into est_week (week, process_instance_id, report_deadline, compiled_at, summary) "
        + "values ('2020-v10', 'sida', ?, ?, 'Lugnt.')", Timestamp.from(now), Timestamp.from(now));
    browser.login("trygghetssamordnare", Http.PASSWORD);
    browser.open("/est/veckor").checkPage("every week for the coordinator");
    browser.open("/est/veckor/" + lastWeek.key()).checkPage("last week's picture for the coordinator");
    assertThat(browser.findAll("table caption")).isNotEmpty();
    browser.open("/est/veckor/2020-v10").checkPage("a week whose meeting is open");
    browser.fill("Plats", "Torget").fill("Problem", "Klotter").fill("Insats", "Sanera")
        .fill("Ansvarig enhet", "Vaktbolaget");
    // No due date: refused next to the field.
    browser.find("form[action$='/insatser'] button[type=submit]").click();
    browser.waitForLoad();
    assertThat(browser.text("#insats-dueDate-fel")).contains("Ange klart-datum");
    browser.checkPage("the meeting's decision with a missing date");
    browser.open("/est/insatser").checkPage("every action for the coordinator");
  }

  @Test
  void thePoliceSeeTheReportPageAndThePictures() {
    browser.login("polis", Http.PASSWORD);
    browser.open("/est/rapportera").checkPage("the report page of the police");
    browser.open("/est/veckor/" + lastWeek.key()).checkPage("last week's picture for the police");
  }
}
