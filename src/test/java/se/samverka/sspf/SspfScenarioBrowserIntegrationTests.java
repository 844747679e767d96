package se.samverka.sspf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import se.samverka.support.BrowserIntegrationTest;
import se.samverka.support.Http;
import se.samverka.support.TestPersons;

/**
 * An SSPF case from the school's referral to the police's input, in Samverka's own pages in a real Chromium, by
 * keyboard where a person types, with every page checked on the way (axe-core without serious or critical violations,
 * reflow at 320 px, CSRF in every form, no Content-Security-Policy violation): the school refers a young person
 * through {@code /ny/sspf-arende}, first with a mistake that the page explains in Swedish next to the field, and gets
 * the case number on the receipt; the coordinator finds the case in the group's queue by its number and in the case
 * list by the young person's name, assesses the referral and records the written consent (the school's category left
 * out), then the mapping talk; the school gives its input; the police see their routed task and the case, but not the
 * school's note.
 */
class SspfScenarioBrowserIntegrationTests extends BrowserIntegrationTest {

  private static final String SCHOOL_NOTE = "Frånvaro 40 procent sedan höstlovet, elevhälsan kopplad.";

  @Test
  void aSchoolReferralIsAssessedConsentedToAndRoutedToThePoliceWithoutTheSchoolsNote() {
    String firstName = "Ella";
    String lastName = "Webbsson";
    String today = LocalDate.now().toString();

    // 1. The school refers: the start forms, the referral form with a mistake, the error, the correction, the receipt.
    browser.login("skola", Http.PASSWORD).checkPage("the school's start page");
    browser.follow(browser.driver().findElement(By.linkText("Ny …"))).checkPage("the start forms of the school");
    browser.follow(browser.driver().findElement(By.linkText("Ny aktualisering till SSPF")));
    assertThat(browser.path()).isEqualTo("/ny/sspf-arende");
    assertThat(browser.text("h1")).isEqualTo("Ny aktualisering till SSPF");
    browser.checkPage("the referral form");

    browser.tick("input[name=guardiansAgreed][value=ja]");
    browser.waitUntilShown("#falt-pd_grund_fornamn");
    browser.date("#falt-referralConsentDate", LocalDate.now().minusDays(1).toString());
    browser.type("#falt-referralConsentReference", "Dnr EHT 2026/17");
    browser.tick("input[name=referralGuardiansWithCustody][value='2']");
    browser.tick("input[name=referralConsentBy][value=vardnadshavare1]");
    browser.tick("input[name=referralConsentBy][value=vardnadshavare2]");
    browser.type("#falt-pd_grund_personnummer", TestPersons.identityNumber(14));
    browser.type("#falt-pd_grund_fornamn", firstName);
    // The last name is forgotten.
    browser.choose("#falt-district", "mariefred");
    browser.choose("#falt-referrerAgency", "skola");
    browser.tick("input[name=concernCategories][value=skolfranvaro]");
    browser.tick("input[name=concernCategories][value=kamrater]");
    browser.type("#falt-pd_grund_beskrivning", "Hög frånvaro och nya, äldre kamrater.");
    browser.submitWithEnter("#falt-pd_grund_fornamn");

    assertThat(browser.path()).isEqualTo("/ny/sspf-arende");
    assertThat(browser.find("#felsammanfattning").getAttribute("role")).isEqualTo("alert");
    WebElement lastNameField = browser.find("#falt-pd_grund_efternamn");
    assertThat(lastNameField.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(lastNameField.getAttribute("aria-describedby")).contains("fel-falt-pd_grund_efternamn");
    String error = browser.text("#fel-falt-pd_grund_efternamn");
    assertThat(error).as("the error next to the field, in Swedish").containsIgnoringCase("efternamn")
        .doesNotContain("required", "must", "null");
    assertThat(browser.find("#felsammanfattning a[href='#falt-pd_grund_efternamn']").getText()).isNotBlank();
    assertThat(browser.find("#falt-pd_grund_fornamn").getAttribute("value")).as("values kept").isEqualTo(firstName);
    browser.checkPage("the referral form with an error");

    // The summary's link leads to the field, within the page.
    WebElement toField = browser.find("#felsammanfattning a[href='#falt-pd_grund_efternamn']");
    browser.js("arguments[0].focus()", toField);
    toField.sendKeys(Keys.ENTER);
    assertThat(browser.path()).isEqualTo("/ny/sspf-arende#falt-pd_grund_efternamn");
    browser.type("#falt-pd_grund_efternamn", lastName);
    browser.submitWithEnter("#falt-pd_grund_efternamn");
    assertThat(browser.path()).startsWith("/ny/kvitto/");
    String caseNumber = browser.text(".arendenummer");
    assertThat(caseNumber).matches("SSPF-" + LocalDate.now().getYear() + "-\\d{4,}");
    browser.checkPage("the receipt");
    browser.follow(browser.find("main .lankar a"));
    assertThat(browser.path()).startsWith("/arenden/");
    assertThat(browser.text("h1")).contains(caseNumber);
    browser.checkPage("the school's new case");
    browser.logout();

    // 2. The coordinator finds the case in the group's queue by its number, and in the case list by the name.
    browser.login("samordnare", Http.PASSWORD);
    browser.open("/uppgifter/grupp/samordnare").checkPage("the coordinator's queue");
    browser.type("#caseNumber", caseNumber).submitWithEnter("#caseNumber");
    assertThat(browser.findAll("tbody tr")).singleElement().satisfies(row -> {
      assertThat(row.getText()).contains("Bedöm aktualiseringen", caseNumber, firstName + " " + lastName);
    });
    browser.checkPage("the coordinator's queue filtered by case number");

    browser.follow(browser.driver().findElement(By.linkText("Ärenden"))).checkPage("the coordinator's cases");
    browser.type("#q", lastName).submitWithEnter("#q");
    assertThat(browser.findAll("tbody tr")).singleElement()
        .satisfies(row -> assertThat(row.getText()).contains(caseNumber, firstName + " " + lastName));
    browser.checkPage("the coordinator's cases found by name");

    // 3. The assessment.
    openTask("samordnare", caseNumber, "Bedöm aktualiseringen");
    browser.tick("input[name=riskLevel][value=medel]");
    browser.tick("input[name=partiesNeeded][value=skola]");
    browser.tick("input[name=partiesNeeded][value=polis]");
    browser.tick("input[name=assessmentDecision][value=fortsatt]");
    browser.waitUntilShown("input[name=consentObtainedBy][value=samordnare]");
    browser.tick("input[name=consentObtainedBy][value=samordnare]");
    browser.type("#falt-pd_plan_bedomning", "Behöver samordnade insatser från skola och polis.");
    complete("the assessment");

    // 4. The written consent: the SSPF function, the school and the police; not the school's own category.
    openTask("samordnare", caseNumber, "Inhämta skriftligt samtycke");
    browser.tick("input[name=guardiansWithCustody][value='1']");
    browser.waitUntilShown("input[name=guardian1Consent][value=ja]");
    browser.tick("input[name=guardian1Consent][value=ja]");
    browser.waitUntilShown("#falt-guardian1ConsentDate");
    browser.date("#falt-guardian1ConsentDate", today);
    browser.type("#falt-consentDocumentReference", "Dnr SSPF 2026/42");
    for (String party : new String[] {"sspf", "skola", "polis"}) {
      browser.tick("input[name=consentParties][value='" + party + "']");
    }
    for (String category : new String[] {"grund", "polis", "plan"}) {
      browser.tick("input[name=consentCategories][value='" + category + "']");
    }
    browser.date("#falt-consentValidTo", LocalDate.now().plusMonths(6).toString());
    complete("the written consent");

    // 5. The mapping talk, after which each party under the consent gives its input.
    openTask("samordnare", caseNumber, "Kartläggande samtal");
    browser.date("#falt-mappingTalkDate", today);
    browser.type("#falt-pd_plan_kartlaggning", "Familjen vill ha stöd med skolgången.");
    browser.type("#falt-pd_plan_child_view", "Vill börja träna igen.");
    complete("the mapping talk");
    browser.logout();

    // 6. The school gives its input: a note of the school's own category.
    browser.login("skola", Http.PASSWORD);
    openTask("skola", caseNumber, "Lämna underlag");
    browser.type("#falt-pd_skola_underlag", SCHOOL_NOTE);
    complete("the school's input");
    browser.logout();

    // 7. The police see their routed task and the case, but not the school's note.
    browser.login("polis", Http.PASSWORD);
    openTask("polis", caseNumber, "Lämna underlag");
    assertThat(browser.driver().getPageSource()).doesNotContain(SCHOOL_NOTE);
    browser.follow(browser.find("main .fakta a[href^='/arenden/']"));
    assertThat(browser.text("h1")).contains(caseNumber);
    browser.checkPage("the case as the police see it");
    assertThat(browser.driver().getPageSource()).as("the school's note is not the police's to read")
        .doesNotContain(SCHOOL_NOTE);
    assertThat(browser.text("main")).contains(firstName + " " + lastName);
  }

  /** Opens, from the group's queue filtered by case number, the task of that name, and checks its page. */
  private void openTask(String group, String caseNumber, String taskName) {
    browser.open("/uppgifter/grupp/" + group);
    browser.type("#caseNumber", caseNumber).submitWithEnter("#caseNumber");
    browser.checkPage("the queue of " + group + " for " + caseNumber);
    WebElement row = browser.findAll("tbody tr").stream().filter(r -> r.getText().contains(taskName)).findFirst()
        .orElseThrow(() -> new AssertionError(group + " has no task \"" + taskName + "\" in " + caseNumber + ": "
            + browser.text("tbody")));
    browser.follow(row.findElement(By.cssSelector("td a")));
    assertThat(browser.text("h1")).isEqualTo(taskName);
    browser.checkPage("the task \"" + taskName + "\" of " + group);
  }

  /** Sends the task's form with its button (Enter on the focused button) and checks the page that confirms it. */
  private void complete(String what) {
    browser.checkPage(what + ", filled in");
    WebElement send = browser.find("form.formular button[name=atgard][value=slutfor]");
    browser.follow(send);
    assertThat(browser.path()).as("%s accepted: %s", what, browser.text("main")).endsWith("/klar");
    browser.checkPage(what + ", done");
  }
}
