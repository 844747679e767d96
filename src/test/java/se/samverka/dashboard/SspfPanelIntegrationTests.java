package se.samverka.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samverka.sspf.SspfFigures;
import se.samverka.support.BrowserSession;
import se.samverka.support.Http;
import se.samverka.support.PostgresIntegrationTest;

/**
 * "SSPF och hembesök" ({@code /oversikt/sspf}) from the outside, on a known data set in March and April 2005 (a year no
 * other test uses), inserted in the case store and the modules' tables by SQL:
 * <ul>
 *   <li>SSPF: 17 referrals in March (school 6, leisure 7, police 3, social services 1; aged 12 (6), 13 and 15 (7),
 *       16 (4)), 9 of them closed in April (outside the target group 6, consent refused 2, withdrawn 1), a consent
 *       recorded in 8 (one of them twice); one referral on 28 February 23:59 and one on 1 May 00:00, both outside;</li>
 *   <li>reports of concern: 15 received in March (school 9, police 2, social services 4), 12 protection
 *       assessments, 5 investigations opened and 7 not, 3 feedbacks given (and one in December 2004, outside);</li>
 *   <li>Linköpingsmodellen: 6 tips (police 5, social services 1), visits planned in 4 and made in 3 (one recorded
 *       twice; one more recorded on a report of concern, which is no visit case), 4 closed (visit done 3, no visit 1);
 *   <li>Strängnäsmodellen: 5 concerns (school 3, social services 2), guardians contacted in 4, 3 concern visits
 *       documented (the step read model) and 9 in June (outside), 2 closed with no further action;</li>
 *   <li>the steering group's reports of 2004-K4 (outside), 2005-K1 (12 new, 3 closed, decided: more resources) and
 *       2005-K2 (8 new, 9 closed, undecided).</li>
 * </ul>
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SspfPanelIntegrationTests {

  static final String PERIOD = "fran=2005-03&till=2005-04";
  static final LocalDateTime MARCH = LocalDateTime.of(2005, 3, 10, 12, 0);
  static final LocalDateTime APRIL = LocalDateTime.of(2005, 4, 12, 9, 0);

  @Autowired Http http;
  @Autowired JdbcTemplate jdbc;
  @Autowired SspfFigures sspfFigures;

  int n;

  @BeforeAll
  void knownDataSet() {
    person("sspfpanel-12", LocalDate.of(1992, 3, 11));   // 12 on 10 March 2005, 13 the day after
    person("sspfpanel-13", LocalDate.of(1992, 3, 10));   // 13 that very day
    person("sspfpanel-16", LocalDate.of(1988, 6, 1));
    List<String> sspf = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      sspf.add(sspfCase("skola", "sspfpanel-12", null));
    }
    for (int i = 0; i < 5; i++) {
      sspf.add(sspfCase("fritid", "sspfpanel-13", null));
    }
    sspf.add(sspfCase("fritid", null, 15));
    sspf.add(sspfCase("fritid", null, 15));
    for (int i = 0; i < 3; i++) {
      sspf.add(sspfCase("polis", null, 16));
    }
    sspf.add(sspfCase("socialtjanst", "sspfpanel-16", null));
    caseOpened("sspf-arende", "skola", LocalDateTime.of(2005, 2, 28, 23, 59));
    caseOpened("sspf-arende", "skola", LocalDateTime.of(2005, 5, 1, 0, 0));
    for (int i = 0; i < 9; i++) {
      close(sspf.get(i), i < 6 ? "utanfor-malgruppen" : i < 8 ? "samtycke-nekat" : "samtycke-aterkallat");
    }
    for (int i = 9; i < 17; i++) {
      event(sspf.get(i), "SAMTYCKE_LAMNAT", MARCH);
    }
    event(sspf.get(16), "SAMTYCKE_LAMNAT", MARCH.plusDays(3));

    List<String> reports = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      reports.add(caseOpened("orosanmalan", i < 9 ? "skola" : i < 11 ? "polis" : "socialtjanst", MARCH));
    }
    for (int i = 0; i < 12; i++) {
      event(reports.get(i), "SKYDDSBEDOMNING_GJORD", MARCH.plusDays(1));
      event(reports.get(i), i < 5 ? "UTREDNING_INLEDS" : "INGEN_UTREDNING", MARCH.plusDays(10));
    }
    for (int i = 0; i < 3; i++) {
      feedback(reports.get(i), MARCH.plusDays(20));
    }
    feedback(reports.get(3), LocalDateTime.of(2004, 12, 20, 10, 0));
    event(reports.get(4), "HEMBESOK_GJORT", MARCH.plusDays(2));

    List<String> linkoping = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      linkoping.add(caseOpened("linkopingsmodellen", i < 5 ? "polis" : "socialtjanst", MARCH));
    }
    for (int i = 0; i < 4; i++) {
      event(linkoping.get(i), "HEMBESOK_PLANERAT", MARCH.plusDays(1));
      close(linkoping.get(i), i < 3 ? "hembesok-avslutat" : "inget-hembesok");
    }
    for (int i = 0; i < 3; i++) {
      event(linkoping.get(i), "HEMBESOK_GJORT", MARCH.plusDays(5));
    }
    event(linkoping.get(0), "HEMBESOK_GJORT", MARCH.plusDays(6));

    List<String> strangnas = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      strangnas.add(caseOpened("strangnasmodellen", i < 3 ? "skola" : "socialtjanst", MARCH));
    }
    for (int i = 0; i < 4; i++) {
      event(strangnas.get(i), "VARDNADSHAVARE_KONTAKTADE", MARCH.plusDays(2));
    }
    close(strangnas.get(0), "ingen-fortsatt-insats");
    close(strangnas.get(1), "ingen-fortsatt-insats");
    visitsDocumented(LocalDate.of(2005, 3, 1), 3);
    visitsDocumented(LocalDate.of(2005, 6, 1), 9);

    report("2004-K4", 99, 98, null, null);
    report("2005-K1", 12, 3, "utoka", "Ytterligare en samordnare från hösten");
    report("2005-K2", 8, 9, null, null);
  }

  void person(String id, LocalDate born) {
    jdbc.update("""
        insert into person (id, coordination_number, first_name, last_name, birth_date, owner_agency, created_by,
          created_at) values (?, false, 'Panel', 'Hemligsson', ?, 'socialtjanst', 'test', current_timestamp)""",
        id, java.sql.Date.valueOf(born));
  }

  String sspfCase(String agency, String personId, Integer age) {
    String id = "sspfpanel-arende-" + (++n);
    jdbc.update("""
        insert into sv_case (id, case_type, status, person_id, youth_age, owner_agency, opened_at, created_by)
        values (?, 'sspf-arende', 'OPPET', ?, ?, ?, ?, 'test')""", id, personId, age, agency, Timestamp.valueOf(MARCH));
    return id;
  }

  String caseOpened(String type, String agency, LocalDateTime at) {
    String id = "sspfpanel-arende-" + (++n);
    jdbc.update("""
        insert into sv_case (id, case_type, status, person_id, youth_age, owner_agency, opened_at, created_by)
        values (?, ?, 'OPPET', 'sspfpanel-12', null, ?, ?, 'test')""", id, type, agency, Timestamp.valueOf(at));
    return id;
  }

  void close(String caseId, String reason) {
    jdbc.update("update sv_case set status = 'AVSLUTAT', closed_at = ?, closure_reason = ? where id = ?",
        Timestamp.valueOf(APRIL), reason, caseId);
  }

  void event(String caseId, String kind, LocalDateTime at) {
    jdbc.update("insert into case_event (id, case_id, kind, detail, created_by, created_at) values (?, ?, ?, null, "
        + "'test', ?)", "sspfpanel-handelse-" + (++n), caseId, kind, Timestamp.valueOf(at));
  }

  void feedback(String caseId, LocalDateTime met) {
    jdbc.update("""
        insert into deadline (id, case_id, kind, legal_reference, owner_group, due_at, status, met_at, created_at)
        values (?, ?, 'aterkoppling', 'lag', 'socialtjanst', ?, 'UPPFYLLD', ?, ?)""", "sspfpanel-frist-" + (++n),
        caseId, Timestamp.valueOf(met.plusDays(2)), Timestamp.valueOf(met), Timestamp.valueOf(met.minusDays(10)));
  }

  void visitsDocumented(LocalDate month, long count) {
    jdbc.update("""
        insert into sv_dash_duration (process_key, activity_id, agency, month_start, bucket, n, total_ms)
        values ('strangnasmodellen', 'HomeVisitTask', 'socialtjanst', ?, 40, ?, ?)""",
        java.sql.Date.valueOf(month), count, count * 3_600_000L);
  }

  void report(String period, int created, int closed, String resources, String text) {
    jdbc.update("""
        insert into sspf_steering_report (id, period, new_cases, closed_cases, summary, resource_decision,
          decision_text, created_at, decided_at) values (?, ?, ?, ?, 'Sammanfattning', ?, ?, current_timestamp, ?)""",
        "sspfpanel-rapport-" + period, period, created, closed, resources, text,
        resources == null ? null : Timestamp.valueOf(APRIL));
  }

  BrowserSession as(String user) throws Exception {
    BrowserSession session = new BrowserSession(http);
    assertThat(session.login(user, Http.PASSWORD).statusCode()).as("login " + user).isEqualTo(302);
    return session;
  }

  static final Pattern ROW = Pattern.compile("<th scope=\"row\">([^<]*)</th>((?:\\s*<td[^>]*>[^<]*</td>)*)");
  static final Pattern CELL = Pattern.compile("<td[^>]*>([^<]*)</td>");

  /** The rows of the table with this caption id: row heading → its cells, the total row included. */
  static Map<String, List<String>> table(String page, String id) {
    int at = page.indexOf("<caption id=\"" + id + "\"");
    assertThat(at).as("table " + id).isPositive();
    String table = page.substring(at, page.indexOf("</table>", at));
    Map<String, List<String>> rows = new LinkedHashMap<>();
    Matcher row = ROW.matcher(table);
    while (row.find()) {
      List<String> cells = new ArrayList<>();
      Matcher cell = CELL.matcher(row.group(2));
      while (cell.find()) {
        cells.add(cell.group(1).trim());
      }
      rows.put(row.group(1).trim(), cells);
    }
    return rows;
  }

  static Map<String, String> firstColumn(String page, String id) {
    Map<String, String> figures = new LinkedHashMap<>();
    table(page, id).forEach((heading, cells) -> figures.put(heading, cells.get(0)));
    return figures;
  }

  long openNow(String type) {
    return jdbc.queryForObject("select count(*) from sv_case where case_type = ? and closed_at is null", Long.class,
        type);
  }

  static Instant at(LocalDate day) {
    return day.atStartOfDay(ZoneId.systemDefault()).toInstant();
  }

  @Test
  void theSspfFiguresOfTheModuleAreExactAndCountedOnlyInsideThePeriod() {
    SspfFigures.Referrals r = sspfFigures.referrals(at(LocalDate.of(2005, 3, 1)), at(LocalDate.of(2005, 5, 1)));
    assertThat(r.bySource()).containsExactly(Map.entry("fritid", 7L), Map.entry("polis", 3L),
        Map.entry("skola", 6L), Map.entry("socialtjanst", 1L));
    assertThat(r.ageBands()).containsExactly(Map.entry("-12", 6L), Map.entry("13-15", 7L), Map.entry("16-", 4L));
    assertThat(r.byClosureReason()).containsExactly(Map.entry("samtycke-aterkallat", 1L),
        Map.entry("samtycke-nekat", 2L), Map.entry("utanfor-malgruppen", 6L));
    assertThat(List.of(r.consentGiven(), r.consentRefused(), r.consentNotObtained(), r.consentWithdrawn()))
        .containsExactly(8L, 2L, 0L, 1L);
    assertThat(r.referred()).isEqualTo(17);
    assertThat(r.openNow()).isEqualTo(openNow("sspf-arende"));
    // March alone: the closures of April are not in it.
    assertThat(sspfFigures.referrals(at(LocalDate.of(2005, 3, 1)), at(LocalDate.of(2005, 4, 1))).closed()).isZero();
  }

  @Test
  void aManagerOfSocialServicesSeesReportsOfConcernAndStrangnasInFullFiguresAndNothingElse() throws Exception {
    var answer = as("chefSocialtjanst").get("/oversikt/sspf?" + PERIOD);
    assertThat(answer.statusCode()).isEqualTo(200);
    String page = answer.body();
    assertThat(firstColumn(page, "oro-anmalare")).containsExactly(Map.entry("Polisen", "2"),
        Map.entry("Skolan", "9"), Map.entry("Socialtjänsten", "4"), Map.entry("Totalt", "15"));
    assertThat(firstColumn(page, "oro-bedomning")).containsExactly(
        Map.entry("Skyddsbedömningar gjorda", "12"),
        Map.entry("Förhandsbedömning: utredning inleds", "5"),
        Map.entry("Förhandsbedömning: ingen utredning inleds", "7"),
        Map.entry("Återkoppling lämnad till anmälaren", "3"),
        Map.entry("Pågående orosanmälningar just nu", Figure.number(openNow("orosanmalan"))));
    assertThat(firstColumn(page, "strangnas-registrerat")).containsExactly(Map.entry("Skolan", "3"),
        Map.entry("Socialtjänsten", "2"), Map.entry("Totalt", "5"));
    assertThat(firstColumn(page, "strangnas-gjort")).containsEntry("Vårdnadshavarna kontaktade", "4")
        .containsEntry("Orosbesök dokumenterade", "3");
    assertThat(firstColumn(page, "strangnas-utfall")).containsExactly(Map.entry("Ingen fortsatt insats", "2"),
        Map.entry("Totalt", "2"));
    // Not social services' processes: SSPF (the SSPF function's), Linköpingsmodellen (the police's), the steering group.
    assertThat(page).doesNotContain("sspf-kalla").doesNotContain("linkoping-").doesNotContain("styrgrupp-kvartal")
        .doesNotContain("Hemligsson").doesNotContain("färre än");
  }

  @Test
  void thePolicesManagerSeesLinkopingsmodellenOnlyAndNoSspfOrReportOfConcernFigure() throws Exception {
    String page = as("chefPolis").get("/oversikt/sspf?" + PERIOD).body();
    assertThat(firstColumn(page, "linkoping-registrerat")).containsExactly(Map.entry("Polisen", "5"),
        Map.entry("Socialtjänsten", "1"), Map.entry("Totalt", "6"));
    // A case counts once per kind, and a visit recorded on a report of concern is no Linköpingsmodellen visit.
    assertThat(firstColumn(page, "linkoping-gjort")).containsEntry("Hembesök planerade", "4")
        .containsEntry("Hembesök gjorda", "3")
        .containsEntry("Pågående just nu", Figure.number(openNow("linkopingsmodellen")));
    assertThat(firstColumn(page, "linkoping-utfall")).containsExactly(Map.entry("Hembesöket genomfört", "3"),
        Map.entry("Inget hembesök", "1"), Map.entry("Totalt", "4"));
    assertThat(page).doesNotContain("sspf-").doesNotContain("oro-anmalare").doesNotContain("oro-bedomning")
        .doesNotContain("Mottagna orosanmälningar").doesNotContain("strangnas-").doesNotContain("styrgrupp-kvartal");
    String csv = as("chefPolis").get("/oversikt/sspf.csv?" + PERIOD, "text/csv").body();
    assertThat(csv).contains("Linköpingsmodellen").doesNotContain("Orosanmälan:").doesNotContain("SSPF:");

    // The municipality's manager owns none of these processes.
    String municipality = as("chef").get("/oversikt/sspf?" + PERIOD).body();
    assertThat(municipality).contains("Din myndighet ansvarar inte för SSPF").doesNotContain("<table");
  }

  @Test
  void theSteeringGroupSeesEveryPanelWithCountsBelowFiveSuppressedAndTheQuarterlyHistory() throws Exception {
    for (String user : List.of("styrgrupp", "trygghetssamordnare")) {
      String page = as(user).get("/oversikt/sspf?" + PERIOD).body();
      // School 6, leisure 7, police 3, social services 1: 3 and 1 hidden add up to 4, so the 6 is withheld with them.
      assertThat(firstColumn(page, "sspf-kalla")).as(user).containsExactly(Map.entry("Fritidsverksamheten", "7"),
          Map.entry("Polisen", "färre än 5"), Map.entry("Skolan", "dold"),
          Map.entry("Socialtjänsten", "färre än 5"), Map.entry("Totalt", "17"));
      assertThat(firstColumn(page, "sspf-alder")).containsExactly(Map.entry("12 år eller yngre", "dold"),
          Map.entry("13–15 år", "7"), Map.entry("16 år eller äldre", "färre än 5"), Map.entry("Totalt", "17"));
      assertThat(firstColumn(page, "sspf-avslut")).containsExactly(
          Map.entry("Samtycket återkallades", "färre än 5"), Map.entry("Samtycke nekades", "färre än 5"),
          Map.entry("Utanför målgruppen", "dold"), Map.entry("Totalt", "9"));
      assertThat(firstColumn(page, "sspf-samtycke")).containsExactly(Map.entry("Samtycke lämnat", "8"),
          Map.entry("Samtycke nekat", "färre än 5"), Map.entry("Samtycket kom inte in i tid", "färre än 5"),
          Map.entry("Samtycket återkallat", "färre än 5"));
      // Police 2, school 9, social services 4: the hidden ones add up to 6, which the total does not give away.
      assertThat(firstColumn(page, "oro-anmalare")).containsExactly(Map.entry("Polisen", "färre än 5"),
          Map.entry("Skolan", "9"), Map.entry("Socialtjänsten", "färre än 5"), Map.entry("Totalt", "15"));
      assertThat(firstColumn(page, "linkoping-gjort")).containsEntry("Hembesök gjorda", "färre än 5");
      assertThat(firstColumn(page, "strangnas-registrerat")).containsEntry("Totalt", "5");

      Map<String, List<String>> quarters = table(page, "styrgrupp-kvartal");
      assertThat(quarters.keySet()).containsExactly("1:a kvartalet 2005", "2:a kvartalet 2005");
      assertThat(quarters.get("1:a kvartalet 2005")).containsExactly("12", "färre än 5", "–", "Utöka",
          "Ytterligare en samordnare från hösten");
      assertThat(quarters.get("2:a kvartalet 2005")).containsExactly("8", "9", "−4", "Inget beslut ännu", "");
      assertThat(page).contains("data-diagram=\"stapel\"").doesNotContain("Hemligsson").doesNotContain(">99<");
    }
  }

  @Test
  void everyTableExportsAsCsvWithTheSameSuppression() throws Exception {
    var manager = as("chefSocialtjanst").get("/oversikt/sspf.csv?" + PERIOD, "text/csv");
    assertThat(manager.statusCode()).isEqualTo(200);
    assertThat(manager.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv").contains("UTF-8");
    assertThat(manager.headers().firstValue("Content-Disposition").orElse(""))
        .contains("sspf-och-hembesok-2005-03-2005-04.csv");
    assertThat(manager.body()).startsWith("\uFEFF\"Orosanmälan: Mottagna orosanmälningar per anmälande myndighet\"")
        .contains("\"Polisen\";\"2\"").contains("\"Totalt\";\"15\"").contains("\"Orosbesök dokumenterade\";\"3\"")
        .doesNotContain("SSPF:");
    String steering = as("styrgrupp").get("/oversikt/sspf.csv?" + PERIOD, "text/csv").body();
    assertThat(steering).contains("\"Polisen\";\"färre än 5\"").contains("\"Skolan\";\"9\"")
        .contains("\"Kvartal\";\"Nya ärenden\";\"Avslutade ärenden\"")
        .contains("\"1:a kvartalet 2005\";\"12\";\"färre än 5\";\"–\";\"Utöka\"")
        .doesNotContain("\"Polisen\";\"2\"");
  }

  @Test
  void caseworkersAreRefusedAndBadFiltersGetTheSwedishPageAgain() throws Exception {
    for (String user : List.of("samordnare", "skola", "socialtjanst", "polis", "fritid", "admin")) {
      BrowserSession session = as(user);
      for (String path : List.of("/oversikt/sspf", "/oversikt/sspf.csv?" + PERIOD)) {
        var answer = session.get(path);
        assertThat(answer.statusCode()).as(user + " " + path).isEqualTo(403);
        assertThat(answer.body()).doesNotContain("Totalt");
      }
    }
    var anonymous = new BrowserSession(http).get("/oversikt/sspf");
    assertThat(anonymous.statusCode()).isEqualTo(302);

    BrowserSession manager = as("chefSocialtjanst");
    for (String query : List.of("fran=2005-13", "till=okt", "fran=" + "9".repeat(5000), "fran=2005-05&till=2005-04",
        "fran=1990-01")) {
      var page = manager.get("/oversikt/sspf?" + query);
      assertThat(page.statusCode()).as(query).isEqualTo(400);
      assertThat(page.body()).as(query).contains("Filtret kunde inte användas").contains("period-fel")
          .doesNotContain("99999").doesNotContain("Exception");
    }
    assertThat(manager.get("/oversikt/sspf.csv?fran=2005-13").statusCode()).isEqualTo(400);
    // The overview's page links here.
    assertThat(manager.get("/oversikt").body()).contains("href=\"/oversikt/sspf\"");
  }
}
