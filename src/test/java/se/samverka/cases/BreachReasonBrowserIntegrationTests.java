package se.samverka.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samverka.support.BrowserIntegrationTest;
import se.samverka.support.Http;

/**
 * The form "Ange orsak till överskridandet" on the case page in Chromium: reached and filled by keyboard, the error
 * next to its field when "Annat" has no comment, saved and shown; under axe-core at 1280 and 320 px, with CSRF and no
 * Content-Security-Policy violation, before and after the refusal.
 */
class BreachReasonBrowserIntegrationTests extends BrowserIntegrationTest {

  static final String CASE = "orsak-webb-arende";
  static final String DEADLINE = "orsak-webb-frist";

  @Autowired JdbcTemplate jdbc;

  @BeforeAll
  void aCaseOfSocialServicesWithABreachedDeadline() {
    LocalDateTime due = LocalDateTime.of(2002, 7, 10, 12, 0);
    jdbc.update("""
        insert into person (id, coordination_number, first_name, last_name, birth_date, owner_agency, created_by,
          created_at) values ('orsak-webb-person', false, 'Webb', 'Orsak', date '2000-01-01', 'socialtjanst', 'test',
          current_timestamp)""");
    jdbc.update("""
        insert into sv_case (id, case_type, status, person_id, owner_agency, opened_at, created_by, case_number)
        values (?, 'orosanmalan', 'OPPNAT', 'orsak-webb-person', 'socialtjanst', ?, 'test', 'ORSAK-2002-0100')""",
        CASE, Timestamp.valueOf(due.minusDays(14)));
    jdbc.update("""
        insert into deadline (id, case_id, kind, legal_reference, owner_group, due_at, status, breached_at, created_at)
        values (?, ?, 'forhandsbedomning', 'SoL', 'socialtjanst', ?, 'OVERSKRIDEN', ?, ?)""", DEADLINE, CASE,
        Timestamp.valueOf(due), Timestamp.valueOf(due), Timestamp.valueOf(due.minusDays(14)));
  }

  @Test
  void theOwningGroupsCaseworkerRecordsTheReasonByKeyboardAndSeesTheErrorNextToTheComment() {
    browser.login("socialtjanst", Http.PASSWORD).open("/arenden/" + CASE);
    assertThat(browser.pageText()).contains("Ange orsak till överskridandet");
    browser.checkPage("the case page with the breach-reason form");

    browser.tabTo("#orsak-" + DEADLINE, 200);
    browser.fill("Orsak", "Annat");
    browser.follow(browser.find("form.orsaksformular button"));
    assertThat(browser.text("#kommentar-" + DEADLINE + "-fel")).contains("när du väljer Annat");
    assertThat(browser.find("#kommentar-" + DEADLINE).getAttribute("aria-describedby"))
        .contains("kommentar-" + DEADLINE + "-fel");
    assertThat(browser.find("#kommentar-" + DEADLINE).getAttribute("aria-invalid")).isEqualTo("true");
    browser.checkPage("the case page with the refused breach-reason form");

    browser.fill("Kommentar", "Journalsystemet låg nere i tre dagar");
    browser.follow(browser.find("form.orsaksformular button"));
    assertThat(browser.path()).startsWith("/arenden/" + CASE);
    assertThat(browser.pageText()).contains("Orsaken till överskridandet är sparad.")
        .contains("Annat – Journalsystemet låg nere i tre dagar");
    assertThat(browser.text("form.orsaksformular button")).isEqualTo("Ändra orsaken");
  }
}
