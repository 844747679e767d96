package se.samverka.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samverka.support.BrowserSession;
import se.samverka.support.Http;
import se.samverka.support.PostgresIntegrationTest;

/**
 * The reason for a breached deadline from the outside: social services' caseworker records it on the case page and
 * through the API, a manager of social services changes it and sees it behind the dashboard's figure, and everyone
 * else (the police, the on-call service, the police's manager) is told the deadline does not exist. Forged codes,
 * personnummer and 100 kB comments get a Swedish 400 with the page again; a deadline in time gets a 409. Deadlines due
 * in May 2002, a month no other test uses.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BreachReasonIntegrationTests {

  static final LocalDateTime MAY = LocalDateTime.of(2002, 5, 10, 12, 0);
  static final String IDENTITY_NUMBER = "20100101-2390";

  @Autowired Http http;
  @Autowired JdbcTemplate jdbc;

  @BeforeAll
  void person() {
    jdbc.update("""
        insert into person (id, coordination_number, first_name, last_name, birth_date, owner_agency, created_by,
          created_at) values ('orsak-person', false, 'Orsak', 'Hemlig', date '2000-01-01', 'socialtjanst', 'test',
          current_timestamp)""");
  }

  /** A case of social services with one deadline of the group; returns the deadline's id (the case is "orsak-arende-n"). */
  String deadline(int n, LocalDateTime due, boolean markedBreached) {
    String caseId = "orsak-arende-" + n;
    jdbc.update("""
        insert into sv_case (id, case_type, status, person_id, owner_agency, opened_at, created_by, case_number)
        values (?, 'orosanmalan', 'OPPNAT', 'orsak-person', 'socialtjanst', ?, 'test', ?)""", caseId,
        Timestamp.valueOf(MAY.minusDays(14)), "ORSAK-2002-" + String.format("%04d", n));
    jdbc.update("""
        insert into deadline (id, case_id, kind, legal_reference, owner_group, due_at, status, breached_at, created_at)
        values (?, ?, 'forhandsbedomning', '11 kap. 1 a § SoL', 'socialtjanst', ?, ?, ?, ?)""",
        "orsak-frist-" + n, caseId, Timestamp.valueOf(due), markedBreached ? "OVERSKRIDEN" : "OPPEN",
        markedBreached ? Timestamp.valueOf(due) : null, Timestamp.valueOf(MAY.minusDays(14)));
    return "orsak-frist-" + n;
  }

  BrowserSession as(String user) throws Exception {
    BrowserSession session = new BrowserSession(http);
    assertThat(session.login(user, Http.PASSWORD).statusCode()).as("login " + user).isEqualTo(302);
    return session;
  }

  String api(int n, String deadlineId) {
    return "/api/cases/orsak-arende-" + n + "/deadlines/" + deadlineId + "/breach-reason";
  }

  String storedReason(String deadlineId) {
    return jdbc.queryForObject("select coalesce(breach_reason, '-') || '|' || coalesce(breach_comment, '-') || '|'"
        + " || coalesce(breach_recorded_by, '-') || '|' || coalesce(breach_recorded_group, '-') from deadline"
        + " where id = ?", String.class, deadlineId);
  }

  @Test
  void theOwningGroupsCaseworkerRecordsTheReasonOnTheCasePageAndItIsACaseEvent() throws Exception {
    String breached = deadline(1, MAY, true);
    jdbc.update("""
        insert into deadline (id, case_id, kind, legal_reference, owner_group, due_at, status, created_at)
        values ('orsak-frist-1-framtid', 'orsak-arende-1', 'utredning', 'SoL', 'socialtjanst', ?, 'OPPEN', ?)""",
        Timestamp.valueOf(LocalDateTime.now().plusYears(5)), Timestamp.valueOf(MAY));
    BrowserSession social = as("socialtjanst");
    String page = social.get("/arenden/orsak-arende-1").body();
    assertThat(page).contains("Ange orsak till överskridandet").contains("Hög arbetsbelastning")
        .contains("action=\"/arenden/orsak-arende-1/tidsfrister/" + breached + "/orsak\"")
        .doesNotContain("/tidsfrister/orsak-frist-1-framtid/orsak").doesNotContain("style=").doesNotContain("<script>");
    assertThat(page.split("<form method=\"post\" class=\"orsaksformular\"", -1)).as("one form: the breached deadline")
        .hasSize(2);

    var saved = social.submit("/arenden/orsak-arende-1", "/arenden/orsak-arende-1/tidsfrister/" + breached + "/orsak",
        Map.of("orsak", "VANTAR_ANNAN", "kommentar", "Läkarintyget kom efter 20 dagar"));
    assertThat(saved.statusCode()).isEqualTo(302);
    assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/arenden/orsak-arende-1#frist-" + breached);
    assertThat(storedReason(breached)).isEqualTo("VANTAR_ANNAN|Läkarintyget kom efter 20 dagar|socialtjanst|socialtjanst");
    String after = social.get("/arenden/orsak-arende-1").body();
    assertThat(after).contains("Orsaken till överskridandet är sparad.")
        .contains("Väntade på underlag från en annan myndighet – Läkarintyget kom efter 20 dagar")
        .contains("Orsak till överskriden tidsfrist angiven").contains("Ändra orsaken");
  }

  @Test
  void refusedInputGivesTheCasePageAgainWithTheSwedishErrorNextToTheFieldAndStoresNothing() throws Exception {
    String breached = deadline(2, MAY, true);
    BrowserSession social = as("socialtjanst");
    String page = "/arenden/orsak-arende-2";
    String action = page + "/tidsfrister/" + breached + "/orsak";

    var forged = social.submit(page, action, Map.of("orsak", "DROP_TABLE", "kommentar", "Hej"));
    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(forged.body()).contains("Okänd orsak: välj en av orsakerna i listan")
        .contains("id=\"orsak-" + breached + "-fel\"").contains("aria-invalid=\"true\"").doesNotContain("DROP_TABLE")
        .contains(">Hej</textarea>");

    var identity = social.submit(page, action, Map.of("orsak", "EJ_NAADD",
        "kommentar", "Mamman till " + IDENTITY_NUMBER + " svarade inte"));
    assertThat(identity.statusCode()).isEqualTo(400);
    assertThat(identity.body()).contains("Kommentaren får inte innehålla ett personnummer")
        .contains("id=\"kommentar-" + breached + "-fel\"").doesNotContain(IDENTITY_NUMBER);

    String huge = "å".repeat(100_000);
    var tooLong = social.submit(page, action, Map.of("orsak", "ANNAT", "kommentar", huge));
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body()).contains("Kommentaren får vara högst 500 tecken").doesNotContain("å".repeat(501));

    // A forged reason with a comment the form would refuse: the comment is not written back either.
    var forgedWithHuge = social.submit(page, action, Map.of("orsak", "DROP_TABLE", "kommentar", huge));
    assertThat(forgedWithHuge.statusCode()).isEqualTo(400);
    assertThat(forgedWithHuge.body()).contains("Okänd orsak").doesNotContain("å".repeat(501));
    var forgedWithIdentity = social.submit(page, action, Map.of("orsak", "DROP_TABLE",
        "kommentar", "Mamman till " + IDENTITY_NUMBER));
    assertThat(forgedWithIdentity.statusCode()).isEqualTo(400);
    assertThat(forgedWithIdentity.body()).doesNotContain(IDENTITY_NUMBER);

    var missing = social.submit(page, action, Map.of("orsak", "ANNAT"));
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("när du väljer Annat");

    assertThat(storedReason(breached)).isEqualTo("-|-|-|-");
  }

  @Test
  void theApiRecordsTheReasonAndAnswersRefusalsAsSwedishProblems() {
    String pastDue = deadline(3, MAY.plusDays(2), false);
    var recorded = http.send("socialtjanst", "PUT", api(3, pastDue),
        Map.of("reason", "HOG_BELASTNING", "comment", "Två av fyra handläggare sjukskrivna"));
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
    assertThat(recorded.json().at("/breach/reason").asText()).isEqualTo("HOG_BELASTNING");
    assertThat(recorded.json().at("/breach/reasonName").asText()).isEqualTo("Hög arbetsbelastning");
    assertThat(recorded.json().at("/breach/recordedGroup").asText()).isEqualTo("socialtjanst");

    var forged = http.send("socialtjanst", "PUT", api(3, pastDue), Map.of("reason", "<script>"));
    assertThat(forged.status()).isEqualTo(400);
    assertThat(forged.json().get("detail").asText()).isEqualTo("Okänd orsak: välj en av orsakerna i listan");
    assertThat(forged.json().get("field").asText()).isEqualTo("reason");
    var identity = http.send("socialtjanst", "PUT", api(3, pastDue),
        Map.of("reason", "ANNAT", "comment", "Gäller " + IDENTITY_NUMBER));
    assertThat(identity.status()).isEqualTo(400);
    assertThat(identity.body()).contains("personnummer").doesNotContain(IDENTITY_NUMBER);
    var huge = http.send("socialtjanst", "PUT", api(3, pastDue), Map.of("reason", "ANNAT", "comment",
        "x".repeat(100_000)));
    assertThat(huge.status()).isEqualTo(400);
    assertThat(huge.body()).contains("högst 500 tecken").doesNotContain("x".repeat(501));
    assertThat(storedReason(pastDue)).as("the refusals kept the recorded reason")
        .isEqualTo("HOG_BELASTNING|Två av fyra handläggare sjukskrivna|socialtjanst|socialtjanst");

    var caseDeadlines = http.get("socialtjanst", "/api/cases/orsak-arende-3/deadlines");
    assertThat(caseDeadlines.json().get(0).at("/breach/comment").asText()).isEqualTo("Två av fyra handläggare sjukskrivna");
  }

  @Test
  void aDeadlineInTimeHasNoBreachReasonToRecord() throws Exception {
    String inTime = deadline(4, LocalDateTime.now().plusYears(5), false);
    var answer = http.send("socialtjanst", "PUT", api(4, inTime), Map.of("reason", "HOG_BELASTNING"));
    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.json().get("detail").asText()).contains("inte överskriden");
    var page = as("socialtjanst").submit("/arenden/orsak-arende-4", "/arenden/orsak-arende-4/tidsfrister/" + inTime
        + "/orsak", Map.of("orsak", "HOG_BELASTNING"));
    assertThat(page.statusCode()).isEqualTo(409);
    assertThat(storedReason(inTime)).isEqualTo("-|-|-|-");
  }

  @Test
  void anotherAgencyAnotherGroupOrAnotherAgencysManagerIsToldTheDeadlineDoesNotExist() throws Exception {
    String breached = deadline(5, MAY, true);
    for (String user : new String[] {"polis", "socialjour", "chefPolis", "skola"}) {
      var answer = http.send(user, "PUT", api(5, breached), Map.of("reason", "HOG_BELASTNING"));
      assertThat(answer.status()).as(user).isEqualTo(404);
      // The same words as for a deadline that does not exist: nothing tells that this one does.
      assertThat(answer.json().get("detail").asText()).as(user)
          .isEqualTo("Tidsfristen finns inte eller så saknar du behörighet till den");
      assertThat(answer.body()).as(user).doesNotContain("forhandsbedomning").doesNotContain("Beslut om");
    }
    // The deadline under another case's id, and an id that does not exist: the same answer.
    deadline(6, MAY, true);
    assertThat(http.send("socialtjanst", "PUT", api(6, breached), Map.of("reason", "ANNAT")).status()).isEqualTo(404);
    assertThat(http.send("socialtjanst", "PUT", api(5, "finns-inte"), Map.of("reason", "ANNAT")).status())
        .isEqualTo(404);
    // The police's caseworker posting the page's form (with a CSRF token of a page they may see) gets a 404 too.
    var police = as("polis").submit("/", "/arenden/orsak-arende-5/tidsfrister/" + breached + "/orsak",
        Map.of("orsak", "HOG_BELASTNING"));
    assertThat(police.statusCode()).isEqualTo(404);
    assertThat(storedReason(breached)).isEqualTo("-|-|-|-");
  }

  @Test
  void aManagerOfTheAgencyChangesTheReasonAndSeesItBehindTheDashboardsFigure() throws Exception {
    String breached = deadline(7, MAY, true);
    String without = deadline(8, MAY.plusDays(1), true);
    assertThat(http.send("socialtjanst", "PUT", api(7, breached), Map.of("reason", "HOG_BELASTNING")).status())
        .isEqualTo(200);
    var changed = http.send("chefSocialtjanst", "PUT", api(7, breached),
        Map.of("reason", "FEL_HANDLAGGNING", "comment", "Ärendet hamnade i fel kö"));
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(storedReason(breached)).isEqualTo("FEL_HANDLAGGNING|Ärendet hamnade i fel kö|chefSocialtjanst|"
        + "chefSocialtjanst");
    assertThat(jdbc.queryForObject("select count(*) from case_event where case_id = 'orsak-arende-7'"
        + " and kind = 'ORSAK_OVERSKRIDANDE'", Integer.class)).as("each recording is an event").isEqualTo(2);

    var list = as("chefSocialtjanst").get("/oversikt/tidsfrister?manad=2002-05&slag=forhandsbedomning&lage=OVERSKRIDEN");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("Orsak till överskridandet").contains("ORSAK-2002-0007")
        .contains("Förbisedd eller fel i handläggningen – Ärendet hamnade i fel kö").contains("ORSAK-2002-0008")
        .contains("Ingen orsak angiven").doesNotContain("Hemlig").doesNotContain(">chefSocialtjanst<");
    assertThat(without).isNotNull();
  }

  /** The figures of the breach-reason table's row of the 14-day assessment, in column order. */
  static List<String> reasonRow(String page) {
    int table = page.indexOf("id=\"tf-orsak\"");
    assertThat(table).as("the breach-reason table").isPositive();
    int start = page.indexOf("<th scope=\"row\">" + ASSESSMENT, table);
    assertThat(start).as("the assessment's row").isPositive();
    String tr = page.substring(start, page.indexOf("</tr>", start));
    List<String> cells = new ArrayList<>();
    Matcher m = Pattern.compile("<td class=\"tal\">([^<]*)</td>").matcher(tr);
    while (m.find()) {
      cells.add(m.group(1).trim());
    }
    return cells;
  }

  static final String ASSESSMENT = "Beslut om att inleda utredning eller inte inom 14 dagar";

  @Test
  void theOverviewCountsBreachesPerReasonForTheManagerAndGivesTheSteeringGroupNoBreakdown() throws Exception {
    LocalDateTime june = LocalDateTime.of(2002, 6, 10, 12, 0);
    for (int n = 11; n <= 15; n++) {
      assertThat(http.send("socialtjanst", "PUT", api(n, deadline(n, june, true)), Map.of("reason", "HOG_BELASTNING"))
          .status()).isEqualTo(200);
    }
    assertThat(http.send("chefSocialtjanst", "PUT", api(16, deadline(16, june, true)),
        Map.of("reason", "ANNAT", "comment", "Systemet låg nere i tre dagar")).status()).isEqualTo(200);
    deadline(17, june.plusDays(1), false);

    String manager = as("chefSocialtjanst").get("/oversikt?fran=2002-06&till=2002-06").body();
    // Hög arbetsbelastning, ej nådd, annan myndighet, sena uppgifter, fel i handläggningen, annat, ingen orsak, totalt.
    assertThat(reasonRow(manager)).containsExactly("5", "0", "0", "0", "0", "1", "1", "7");
    assertThat(manager).contains("Orsaker till överskridna tidsfrister");

    // The steering group gets no breakdown by reason: each kind's breaches over the period would be one more margin
    // of the figures the per-month table breaks down, from which a hidden small count could be derived.
    BrowserSession steeringGroup = as("styrgrupp");
    var steering = steeringGroup.get("/oversikt?fran=2002-06&till=2002-06");
    assertThat(steering.statusCode()).isEqualTo(200);
    assertThat(steering.body()).doesNotContain("Orsaker till överskridna tidsfrister").doesNotContain("Hög arbetsbelastning")
        .doesNotContain("Systemet låg nere");
    assertThat(steeringGroup.get("/oversikt/tidsfrister.csv?fran=2002-06&till=2002-06", "text/csv").body())
        .doesNotContain("Överskridna per orsak");

    var csv = as("chefSocialtjanst").get("/oversikt/tidsfrister.csv?fran=2002-06&till=2002-06", "text/csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body()).contains("\"Överskridna per orsak\";\"Tidsfrist\";\"Hög arbetsbelastning\"")
        .containsPattern("\"" + ASSESSMENT + "[^\"]*\";\"5\";\"0\";\"0\";\"0\";\"0\";\"1\";\"1\";\"7\"");
  }
}
