package se.samverka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samverka.support.Browser;
import se.samverka.support.BrowserIntegrationTest;
import se.samverka.support.Http;
import se.samverka.workflow.EngineClock;

/**
 * Samverka's pages in a real Chromium, for the accounts that use them, on the demo data: each page passes axe-core
 * without a serious or critical violation, reflows at 320 px, posts its forms with the CSRF token and runs under its
 * Content-Security-Policy without a violation ({@link se.samverka.support.Browser#checkPage}); login, the skip link,
 * filters and logout work by keyboard alone.
 */
class PagesBrowserIntegrationTests extends BrowserIntegrationTest {

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void theLoginPageWorksByKeyboardAndAnnouncesAWrongPasswordInSwedish() {
    browser.open("/login").checkPage("the login page");
    assertThat(browser.text("h1")).isEqualTo("Samverka");

    // An account of its own: after a wrong password the engine locks the account for a few seconds.
    browser.login("kommunikator", "fel-lösenord");
    assertThat(browser.path()).isEqualTo("/login?error");
    assertThat(browser.find("[role=alert]").getText()).isEqualTo("Fel användarnamn eller lösenord. Försök igen.");
    browser.checkPage("the login page with a wrong password");

    browser.login("trygghetssamordnare", Http.PASSWORD);
    assertThat(browser.path()).isEqualTo("/");
    assertThat(browser.text("h1")).isEqualTo("Välkommen, trygghetssamordnare");
  }

  @Test
  void theChecksCatchAMissingTextAlternativeAWidePageAndAnInlineScript() {
    browser.open("/login");
    browser.js("const img = document.createElement('img'); img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';"
        + " document.querySelector('main').appendChild(img);");
    assertThatThrownBy(() -> browser.assertNoSeriousAxeViolations("a page with an image without alt"))
        .hasMessageContaining("image-alt (critical)");

    browser.open("/login");
    browser.js("const wide = document.createElement('div'); wide.textContent = 'x'; wide.style.width = '600px';"
        + " document.querySelector('main').appendChild(wide);");
    browser.resize(Browser.NARROW);
    try {
      assertThatThrownBy(() -> browser.assertReflows("a page with a 600 px block"))
          .hasMessageContaining("scrolls sideways at 320 px");
    } finally {
      browser.resize(Browser.WIDE);
    }

    browser.open("/login");
    browser.consoleMessages();
    browser.js("const s = document.createElement('script'); s.textContent = 'document.title = \"injicerat\"';"
        + " document.body.appendChild(s);");
    assertThat(browser.driver().getTitle()).as("the policy kept the inline script from running")
        .isEqualTo("Logga in – Samverka");
    assertThatThrownBy(() -> browser.assertNoContentSecurityPolicyViolations("a page with an inline script"))
        .hasMessageContaining("script-src");
  }

  @Test
  void theLinkCheckCatchesALinkThatIsADeadEndForTheUserWhoSeesIt() {
    browser.login("skola", Http.PASSWORD).assertLinksAnswer("the school's start page");
    browser.js("for (const href of ['/arenden/00000000-0000-0000-0000-000000000000', '/tillsyn']) {"
        + " const a = document.createElement('a'); a.href = href; a.textContent = href;"
        + " document.querySelector('main').appendChild(a); }");
    assertThatThrownBy(() -> browser.assertLinksAnswer("a page with a link to a case that does not exist"))
        .hasMessageContaining("links on a page with a link to a case that does not exist that do not answer 200 to"
            + " skola")
        .hasMessageContaining("/arenden/00000000-0000-0000-0000-000000000000 → 404")
        .hasMessageContaining("/tillsyn → 4");
  }

  @Test
  void everyAccountsStartPageIsAccessibleAndLogsOutByKeyboard() {
    for (String user : List.of("samordnare", "skola", "socialtjanst", "polis", "fritid", "alkoholhandlaggare",
        "raddningstjanst", "styrgrupp", "chef", "admin")) {
      browser.login(user, Http.PASSWORD);
      assertThat(browser.path()).as("%s lands on the start page", user).isEqualTo("/");
      assertThat(browser.text(".utloggning span")).isEqualTo("Inloggad som " + user);
      browser.checkPage("the start page of " + user);
      browser.logout();
      assertThat(browser.path()).isEqualTo("/login?utloggad");
      assertThat(browser.text("[role=status]")).isEqualTo("Du är utloggad.");
    }
    browser.checkPage("the login page after logout");
  }

  @Test
  void theSkipLinkIsTheFirstTabStopAndMovesTheFocusToTheContent() {
    browser.login("alkoholhandlaggare", Http.PASSWORD).open("/serveringsstallen");
    browser.press(Keys.TAB);
    assertThat(browser.focused().getText()).isEqualTo("Hoppa till innehållet");
    assertThat(browser.focused().isDisplayed()).as("the skip link shows when it has the focus").isTrue();
    browser.press(Keys.ENTER);
    assertThat(browser.focused().getAttribute("id")).isEqualTo("innehall");
    browser.press(Keys.TAB);
    assertThat(browser.focused().getAttribute("id")).as("the next stop is the page's first control")
        .isEqualTo("kommundel");
  }

  @Test
  void theAgreementIsReachedFromTheStartPageAndReadsAsLoaded() {
    browser.login("fritid", Http.PASSWORD).followLink("Samverkansöverenskommelsen: områden, aktiviteter, forum och "
        + "kommundelar");
    assertThat(browser.path()).isEqualTo("/overenskommelse");
    assertThat(browser.text("h1")).isEqualTo(
        "Samverkansöverenskommelse mellan Lokalpolisområde Eskilstuna och Strängnäs kommun 2023–2026");
    assertThat(browser.findAll("main h3")).hasSizeGreaterThanOrEqualTo(6);
    assertThat(browser.findAll("caption")).extracting(WebElement::getText).contains("Aktiviteterna i område 1",
        "Forumen, hur ofta de möts och vilka som deltar", "Underlagen och var de kommer ifrån");
    browser.checkPage("the agreement").assertLinksAnswer("the agreement");
    browser.followLink("2023-06-21 – 2026-12-31: Samverkansöverenskommelse mellan Lokalpolisområde Eskilstuna och "
        + "Strängnäs kommun 2023–2026");
    assertThat(browser.path()).isEqualTo("/overenskommelse?period=2023-06-21");
    browser.checkPage("the agreement chosen by its period");
  }

  @Test
  void thePremisesRegisterIsFilteredByKeyboardAndItsTableScrollsInItsOwnRegion() {
    browser.login("skola", Http.PASSWORD).open("/serveringsstallen").checkPage("the premises register");
    int all = browser.findAll("tbody tr").size();
    assertThat(all).isEqualTo(30);

    browser.tabTo("#kommundel", 10);
    String district = new Select(browser.find("#kommundel")).getOptions().get(1).getAttribute("value");
    browser.press(Keys.ARROW_DOWN);
    browser.tabTo(".filter button", 3);
    browser.press(Keys.ENTER);
    browser.waitForLoad();
    assertThat(browser.path()).isEqualTo("/serveringsstallen?kommundel=" + district);
    assertThat(browser.findAll("tbody tr")).hasSizeBetween(1, all - 1);
    browser.checkPage("the premises register of one district");

    var region = browser.find(".tabell");
    assertThat(region.getAttribute("role")).isEqualTo("region");
    assertThat(region.getAttribute("tabindex")).isEqualTo("0");
    assertThat(region.getAttribute("aria-label")).isNotBlank();
  }

  @Test
  void theLicensingOfficersPagesAreAccessible() {
    int year = EngineClock.today().getYear();
    browser.login("alkoholhandlaggare", Http.PASSWORD);
    browser.open("/tillsyn").checkPage("the supervisions");
    assertThat(browser.findAll("tbody tr")).isNotEmpty();
    for (String href : browser.findAll("tbody tr td:first-child a").stream().map(a -> a.getAttribute("href")).toList()) {
      browser.driver().get(href);
      browser.waitForLoad();
      browser.checkPage("the supervision " + browser.path());
    }
    browser.open("/tillsyn/plan/" + year).checkPage("the supervision plan");
    assertThat(browser.findAll("tbody tr")).hasSize(30);
    browser.open("/restaurangrapporter").checkPage("the restaurant reports");
    browser.open("/aas-kurser").checkPage("the AAS courses");
    assertThat(browser.findAll("form.ny-deltagare")).isNotEmpty();
  }

  @Test
  void theTaskQueuesAndTheCaseListAreAccessibleForEveryCaseworker() {
    for (String user : List.of("samordnare", "skola", "socialtjanst", "polis", "alkoholhandlaggare", "chef")) {
      browser.login(user, Http.PASSWORD);
      browser.open("/uppgifter").checkPage("Mina uppgifter of " + user);
      for (String href : browser.findAll(".huvudmeny a[href*='/uppgifter/grupp/']").stream()
          .map(a -> a.getAttribute("href")).toList()) {
        browser.driver().get(href);
        browser.waitForLoad();
        browser.checkPage("the queue " + browser.path() + " of " + user);
      }
      browser.open("/arenden").checkPage("the cases of " + user);
      browser.open("/ny").checkPage("the start forms of " + user);
      browser.logout();
    }
  }

  @Test
  void thePoliceAndTheRescueServiceSeeTheSupervisions() {
    for (String user : List.of("polis", "raddningstjanst", "chef")) {
      browser.login(user, Http.PASSWORD).open("/tillsyn").checkPage("the supervisions as " + user);
      assertThat(browser.text("h1")).isEqualTo("Tillsyn av serveringsställen");
      browser.logout();
    }
  }

  @Test
  void theCasePageIsAccessibleForTheOwnerAndForAPartyUnderConsent() {
    String schoolCase = caseVisibleTo("skola", "skola");
    browser.login("skola", Http.PASSWORD).open("/arenden/" + schoolCase).checkPage("a school's own case");
    assertThat(browser.text("h1")).isNotBlank();
    browser.logout();

    String coordinatorCase = caseVisibleTo("samordnare", null);
    browser.login("samordnare", Http.PASSWORD).open("/arenden/" + coordinatorCase)
        .checkPage("an SSPF case the coordinator reads under consent");
    assertThat(browser.findAll("#person ~ dl dd")).isNotEmpty();
  }

  @Test
  void aCaseTheAgencyMayNotSeeIsASwedishPageWithoutALeak() {
    String schoolCase = caseVisibleTo("skola", "skola");
    browser.login("raddningstjanst", Http.PASSWORD).open("/arenden/" + schoolCase)
        .checkPage("a case the rescue service may not see");
    assertThat(browser.text("h1")).isEqualTo("Ärendet finns inte");
  }

  @Test
  void theErrorPagesAreSwedishAccessibleAndKeepTheHeader() {
    browser.login("skola", Http.PASSWORD);
    browser.open("/finns-inte").checkPage("the page for a missing address");
    assertThat(browser.text("h1")).isEqualTo("Sidan finns inte");
    assertThat(browser.findAll(".utloggning button")).hasSize(1);

    browser.open("/tillsyn").checkPage("the page for a refused address");
    assertThat(browser.text("h1")).isEqualTo("Du har inte behörighet till sidan");
    browser.logout();
  }

  @Test
  void theLoginPageAfterATimeoutSaysWhyInSwedish() {
    browser.open("/login?inaktiv").checkPage("the login page after a timeout");
    assertThat(browser.find("[role=alert]").getText())
        .startsWith("Du har loggats ut efter 30 minuters inaktivitet.");
  }

  @Test
  void tasklistRunsUnderItsOwnPolicyWithoutAViolation() {
    browser.login("admin", Http.PASSWORD).open("/camunda/app/tasklist/default/");
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
        .until(d -> !d.findElements(By.cssSelector(".tasks-list, [cam-tasks]")).isEmpty());
    browser.assertNoContentSecurityPolicyViolations("Camunda Tasklist");
  }

  /** A demo case that {@code user} may read (through {@code /api/cases/{id}}), owned by {@code owner} if given. */
  private String caseVisibleTo(String user, String owner) {
    List<String> ids = owner == null
        ? jdbc.queryForList("select id from sv_case where case_type = 'sspf-arende' order by opened_at", String.class)
        : jdbc.queryForList("select id from sv_case where owner_agency = ? order by opened_at", String.class, owner);
    return ids.stream().filter(id -> http.get(user, "/api/cases/" + id).status() == 200)
        .filter(id -> http.get(user, "/api/cases/" + id).json().path("person").isObject())
        .findFirst().orElseThrow(() -> new AssertionError("no demo case that " + user + " may read"));
  }
}
