package se.samverka.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samverka.support.BrowserSession;
import se.samverka.support.Http;
import se.samverka.support.PostgresIntegrationTest;

/**
 * The licensing page ({@code /oversikt/tillsyn}) and the priority areas ({@code /oversikt/omraden}) from the outside,
 * on a known set of licensing work and process flow in 2007 (a year no other test uses), removed again afterwards:
 *
 * <ul>
 *   <li>14 supervisions inspected in 2007: from the plan, outer, 6 without remarks and 2 with minor ones; from a tip,
 *       inner, 1 with serious ones; coordinated, 5 without remarks. One more inspected in 2006 does not count.</li>
 *   <li>Decisions in 2007: no sanction 7, erinran 6, varning 1 (inspected in 2006); one decision of 2006.</li>
 *   <li>Appeals: the varning appealed in time, forwarded and rejected by the court; one erinran appealed late and
 *       dismissed by the committee.</li>
 *   <li>The plan of 2007: 6 visits (3 per premises, in February, May and November), 3 of them done by the end of
 *       May.</li>
 *   <li>2 restaurant reports for 2006 received in 2007; AAS: 2 courses dated in 2007 with 12 participants (9 passed, 2
 *       failed, 1 without result), one course without a date; KMK: 1 key-staff training, 6 day rounds, 5 night rounds,
 *       4 drug policies, 3 certifications.</li>
 *   <li>Flow in March 2007: SSPF 7 started, 2 completed; reports of concern 12 and 9; Linköpingsmodellen 3 and 1;
 *       supervisions 14 and 13.</li>
 * </ul>
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LicensingPanelIntegrationTests {

  static final String PERIOD = "fran=2007-01&till=2007-12";
  static final String SECRET_PREMISES = "Hemliga Krogen";
  static final String SECRET_HOLDER = "Tillståndshavare Hemlig AB";
  static final String SECRET_PARTICIPANT = "Bartender Hemligsson";
  static final Pattern ROW = Pattern.compile("<th scope=\"row\">([^<]*)</th>(.*?)</tr>", Pattern.DOTALL);
  static final Pattern CELL = Pattern.compile("<td[^>]*>([^<]*)</td>");

  @Autowired Http http;
  @Autowired JdbcTemplate jdbc;
  @Autowired LicensingPanel licensing;
  @Autowired PriorityAreaPanel areas;

  int supervisionNumber;

  @BeforeAll
  void knownLicensingWork() {
    premises("lp2007-a", SECRET_PREMISES);
    premises("lp2007-b", "Hemliga Baren");
    LocalDate feb = LocalDate.of(2007, 2, 3);
    List<String> plan = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      plan.add(supervision("plan", "yttre", feb.plusMonths(i < 2 ? 0 : 3).plusDays(i), "inga", null, null));
    }
    supervision("plan", "yttre", LocalDate.of(2007, 8, 1), "mindre", null, null);
    supervision("plan", "yttre", LocalDate.of(2007, 8, 2), "mindre", null, null);
    supervision("tips", "inre", LocalDate.of(2007, 9, 1), "allvarliga", null, null);
    for (int i = 0; i < 5; i++) {
      supervision("samordnad", "samordnad", LocalDate.of(2007, 10, 1 + i), "inga", null, null);
    }
    supervision("plan", "yttre", LocalDate.of(2006, 12, 30), "inga", null, null);
    LocalDate june = LocalDate.of(2006, 6, 1);
    for (int i = 0; i < 7; i++) {
      supervision("plan", "yttre", june, null, "ingen", LocalDate.of(2007, 1, 10));
    }
    String late = null;
    for (int i = 0; i < 6; i++) {
      late = supervision("tips", "inre", june, null, "erinran", LocalDate.of(2007, 3, 10));
    }
    String warned = supervision("tips", "inre", june, null, "varning", LocalDate.of(2007, 4, 10));
    supervision("tips", "inre", june, null, "varning", LocalDate.of(2006, 12, 20));
    jdbc.update("update supervision set appealed = true, appeal_received_on = ?, appeal_in_time = true, "
        + "forwarded_on = ?, court_ruled_on = ?, court_outcome = 'avslag' where id = ?",
        Date.valueOf("2007-05-02"), Date.valueOf("2007-05-20"), Date.valueOf("2007-09-01"), warned);
    jdbc.update("update supervision set appealed = true, appeal_received_on = ?, appeal_in_time = false, "
        + "appeal_dismissed_on = ? where id = ?", Date.valueOf("2007-04-01"), Date.valueOf("2007-04-10"), late);

    // The plan of 2007: A1, A2 and B1 done (Feb, Feb, May); B2 not done; both third visits in November.
    String[][] visits = {{"lp2007-a", "1", "2007-02-01", plan.get(0)}, {"lp2007-a", "2", "2007-05-01", plan.get(2)},
        {"lp2007-a", "3", "2007-11-15", null}, {"lp2007-b", "1", "2007-02-01", plan.get(1)},
        {"lp2007-b", "2", "2007-05-01", null}, {"lp2007-b", "3", "2007-11-15", null}};
    int rank = 0;
    for (String[] v : visits) {
      jdbc.update("insert into supervision_plan (plan_year, premises_id, visit_number, risk_score, plan_rank, "
          + "planned_for, supervision_id) values (2007, ?, ?, 3, ?, ?, ?)", v[0], Integer.parseInt(v[1]), ++rank,
          Date.valueOf(v[2]), v[3]);
    }

    jdbc.update("insert into restaurant_report (premises_id, report_year, received_on, registered_by) values "
        + "('lp2007-a', 2006, date '2007-02-20', 'test'), ('lp2007-b', 2006, date '2007-03-01', 'test')");

    jdbc.update("insert into aas_course (id, course_year, course_number, planned_date, venue, process_instance_id, "
        + "created_at) values ('lp2007-k1', 2007, 1, date '2007-04-10', 'Hemlig lokal', 'lp2007', current_timestamp),"
        + " ('lp2007-k2', 2007, 2, date '2007-10-10', null, 'lp2007', current_timestamp),"
        + " ('lp2007-k3', 2007, 3, null, null, 'lp2007', current_timestamp)");
    for (int i = 0; i < 12; i++) {
      jdbc.update("insert into aas_participant (id, course_id, name, premises_id, staff_role, passed, "
          + "diploma_number, registered_at) values (?, 'lp2007-k1', ?, 'lp2007-a', 'serveringspersonal', ?, ?, "
          + "current_timestamp)", "lp2007-d" + i, SECRET_PARTICIPANT + " " + i, i < 9 ? Boolean.TRUE
          : i < 11 ? Boolean.FALSE : null, i < 9 ? "LP2007-" + i : null);
    }

    for (String bar : List.of("lp2007-a", "lp2007-b", "lp2007-c")) {
      jdbc.update("insert into kmk_certification (premises_id, cert_year, certified_at, valid_until) "
          + "values (?, 2007, ?, date '2008-05-31')", bar, Timestamp.valueOf(LocalDateTime.of(2007, 6, 1, 10, 0)));
    }
    LocalDate march = LocalDate.of(2007, 3, 1);
    step("KeyStaffTrainingTask", 1);
    step("DayRoundTask", 6);
    step("NightRoundTask", 5);
    step("DrugPolicyTask", 4);

    flow("sspf-arende", "sspf", march.plusDays(4), 7, 2);
    flow("orosanmalan", "socialtjanst", march.plusDays(5), 12, 9);
    flow("linkopingsmodellen", "polis", march.plusDays(6), 3, 1);
    flow("alkoholtillsyn", "miljo", march.plusDays(7), 14, 13);
    // The 14 days of another year do not count.
    flow("orosanmalan", "socialtjanst", LocalDate.of(2006, 12, 31), 40, 40);
  }

  @AfterAll
  void removeTheKnownWork() {
    jdbc.update("delete from aas_participant where course_id like 'lp2007-%'");
    jdbc.update("delete from aas_course where id like 'lp2007-%'");
    jdbc.update("delete from kmk_certification where premises_id like 'lp2007-%'");
    jdbc.update("delete from supervision_plan where premises_id like 'lp2007-%'");
    jdbc.update("delete from restaurant_report where premises_id like 'lp2007-%'");
    jdbc.update("delete from supervision where premises_id like 'lp2007-%'");
    jdbc.update("delete from premises where id like 'lp2007-%'");
    jdbc.update("delete from sv_dash_flow where on_day >= date '2006-12-31' and on_day <= date '2007-12-31'");
    jdbc.update("delete from sv_dash_duration where process_key = 'kmk-ar' and month_start = date '2007-03-01'");
  }

  void premises(String id, String name) {
    jdbc.update("""
        insert into premises (id, premises_key, name, address, district, holder_name, holder_org_number, licence_type,
          audience, serving_hours, outdoor_seating, kmk_status, aas_trained_staff, risk_dancing, risk_young_guests,
          risk_late_hours, risk_earlier_remarks, risk_complaints, updated_at)
        values (?, ?, ?, 'Hemliga gatan 1', 'strangnas', ?, '556000-0000', 'stadigvarande', 'allmanheten',
          '11:00-01:00', false, 'ingen', 0, false, false, false, false, false, current_timestamp)""",
        id, id, name, SECRET_HOLDER);
  }

  String supervision(String trigger, String kind, LocalDate inspectedOn, String remark, String sanction,
      LocalDate decidedOn) {
    String id = "lp2007-s" + (++supervisionNumber);
    jdbc.update("insert into supervision (id, premises_id, trigger_kind, kind, status, inspected_on, remark_level, "
        + "decided_sanction, decided_on, created_at, updated_at) values (?, ?, ?, ?, 'beslutad', ?, ?, ?, ?, "
        + "current_timestamp, current_timestamp)", id, supervisionNumber % 2 == 0 ? "lp2007-a" : "lp2007-b",
        trigger, kind, Date.valueOf(inspectedOn), remark, sanction, decidedOn == null ? null : Date.valueOf(decidedOn));
    return id;
  }

  void step(String activity, long n) {
    jdbc.update("insert into sv_dash_duration (process_key, activity_id, agency, month_start, bucket, n, total_ms) "
        + "values ('kmk-ar', ?, 'miljo', date '2007-03-01', 0, ?, 0)", activity, n);
  }

  void flow(String process, String agency, LocalDate day, long started, long completed) {
    jdbc.update("insert into sv_dash_flow (process_key, agency, on_day, started, completed, cancelled) "
        + "values (?, ?, ?, ?, ?, 0)", process, agency, Date.valueOf(day), started, completed);
  }

  BrowserSession as(String user) throws Exception {
    BrowserSession session = new BrowserSession(http);
    assertThat(session.login(user, Http.PASSWORD).statusCode()).as("login " + user).isEqualTo(302);
    return session;
  }

  /** The cells of the table row headed {@code heading} within the table captioned {@code caption}. */
  static List<String> row(String page, String caption, String heading) {
    int table = page.indexOf(caption);
    assertThat(table).as("table %s", caption).isNotNegative();
    String body = page.substring(table, page.indexOf("</table>", table));
    Matcher m = ROW.matcher(body);
    while (m.find()) {
      if (m.group(1).trim().equals(heading)) {
        List<String> cells = new ArrayList<>();
        Matcher c = CELL.matcher(m.group(2));
        while (c.find()) {
          cells.add(c.group(1).trim());
        }
        return cells;
      }
    }
    throw new AssertionError("no row " + heading + " in " + caption);
  }

  static final DashboardViewer MILJO_MANAGER = new DashboardViewer("miljochef", Set.of("miljo"), true, 5);
  static final Period YEAR = new Period(YearMonth.of(2007, 1), YearMonth.of(2007, 12));

  static List<String> texts(List<Figure> figures) {
    return figures.stream().map(Figure::text).toList();
  }

  // --- the licensing page

  @Test
  void theSteeringGroupSeesTheYearsSupervisionsSanctionsPlanCoursesAndKmkWithCountsBelowFiveSuppressed()
      throws Exception {
    for (String user : List.of("styrgrupp", "trygghetssamordnare")) {
      var page = as(user).get("/oversikt/tillsyn?" + PERIOD);
      assertThat(page.statusCode()).as(user).isEqualTo(200);
      String body = page.body();
      assertThat(body).contains("Genomförda tillsyner (inspektionsdagen under perioden): 14.");
      String byReason = "Tillsyner per anledning och resultat";
      // Without remarks, minor, serious, total. 6 and 2: the 2 is hidden, and with it the 6 is withheld ("dold": 8 − 6
      // would give the 2).
      assertThat(row(body, byReason, "Tillsynsplanen"))
          .containsExactly("dold", "färre än 5", "färre än 5", "8");
      // The tip's total 1 is hidden, so the smallest other total (5) is withheld too: 14 − 8 − 5 would give it back; and
      // with its total the row's 5 without remarks, which would tell that the total is at least 5.
      assertThat(row(body, byReason, "Samordnad"))
          .containsExactly("dold", "färre än 5", "färre än 5", "dold");
      // Every reason has its row, an empty one too: a listed row does not tell that something happened.
      assertThat(row(body, byReason, "Annan")).containsExactly("färre än 5", "färre än 5", "färre än 5", "färre än 5");
      assertThat(row(body, byReason, "Tips eller klagomål"))
          .containsExactly("färre än 5", "färre än 5", "färre än 5", "färre än 5");
      assertThat(row(body, "Nämndens beslut efter tillsyn", "Beslutade under perioden"))
          .containsExactly("7", "dold", "färre än 5", "färre än 5", "14");
      assertThat(row(body, "Överklaganden och förvaltningsrättens", "Förvaltningsrätten avslog"))
          .containsExactly("färre än 5");
      assertThat(row(body, "Tillsynsplanen, till och med", "2007"))
          .containsExactly("6", "6", "färre än 5", "färre än 5");
      assertThat(row(body, "Mottagna och kontrollerade restaurangrapporter", "Rapporter för 2006"))
          .containsExactly("färre än 5");
      assertThat(row(body, "AAS-kurser med kursdag", "2007"))
          .containsExactly("färre än 5", "12", "dold", "färre än 5", "färre än 5");
      assertThat(row(body, "KMK, ", "Krogmiljöronder dag")).containsExactly("6");
      assertThat(row(body, "KMK, ", "Krogmiljöronder kväll eller natt")).containsExactly("5");
      assertThat(row(body, "KMK, ", "Certifierade krogar")).containsExactly("färre än 5");
      // Figures only: no premises, licence holder, participant or venue.
      assertThat(body).doesNotContain(SECRET_PREMISES).doesNotContain("Hemliga Baren").doesNotContain(SECRET_HOLDER)
          .doesNotContain("Hemligsson").doesNotContain("Hemlig lokal").doesNotContain("556000");
    }
  }

  @Test
  void aManagerOfTheLicensingAgencyGetsEveryFigureExact() {
    var panel = licensing.panel(MILJO_MANAGER, YEAR);
    var part = panel.supervisions();
    assertThat(part.all().text()).isEqualTo("14");
    assertThat(part.byReason()).extracting(LicensingPanel.Row::label)
        .containsExactly("Tillsynsplanen", "Tips eller klagomål", "Samordnad", "Restaurangrapport saknas",
            "Polisens iakttagelser", "Annan");
    assertThat(texts(part.byReason().get(0).counts())).containsExactly("6", "2", "0");
    assertThat(texts(part.byReason().get(1).counts())).containsExactly("0", "0", "1");
    assertThat(texts(part.byReason().get(2).counts())).containsExactly("5", "0", "0");
    assertThat(texts(part.byReason().get(5).counts())).containsExactly("0", "0", "0");
    assertThat(part.byKind()).extracting(LicensingPanel.Row::label)
        .containsExactly("Yttre", "Inre", "Samordnad", "Förebyggande");
    assertThat(part.byKind()).extracting(r -> r.total().text()).containsExactly("8", "1", "5", "0");
    assertThat(texts(part.sanctions().counts())).containsExactly("7", "6", "1", "0");
    // In time, late, dismissed as late, forwarded, court: rejected, upheld, dismissed.
    assertThat(texts(part.appeals())).containsExactly("1", "1", "1", "1", "1", "0", "0");
    assertThat(panel.plan()).singleElement().satisfies(p -> {
      assertThat(p.year()).isEqualTo(2007);
      assertThat(List.of(p.planned().text(), p.dueByEnd().text(), p.done().text(), p.notDone().text()))
          .containsExactly("6", "6", "3", "3");
    });
    // Up to the end of May: 4 visits were due, 3 done.
    var spring = licensing.panel(MILJO_MANAGER, new Period(YearMonth.of(2007, 1), YearMonth.of(2007, 5))).plan();
    assertThat(List.of(spring.get(0).dueByEnd().text(), spring.get(0).done().text(), spring.get(0).notDone().text()))
        .containsExactly("4", "3", "1");
    assertThat(panel.reports()).singleElement().satisfies(r -> assertThat(r.total().text()).isEqualTo("2"));
    assertThat(panel.courses()).singleElement().satisfies(c -> {
      assertThat(c.courses().text()).isEqualTo("2");
      assertThat(c.participants().text()).isEqualTo("12");
      assertThat(texts(c.results())).containsExactly("9", "2", "1");
    });
    assertThat(texts(panel.kmk().figures())).containsExactly("1", "6", "5", "4", "3");
    // The year before holds only the supervision of 30 December and a decision; nothing of 2007.
    var before = licensing.panel(MILJO_MANAGER, new Period(YearMonth.of(2006, 12), YearMonth.of(2006, 12)));
    assertThat(before.supervisions().all().text()).isEqualTo("1");
    assertThat(texts(before.supervisions().sanctions().counts())).containsExactly("0", "0", "1", "0");
    assertThat(before.courses()).isEmpty();
  }

  @Test
  void aManagerOfAnotherAgencySeesNoLicensingFigures() throws Exception {
    for (String user : List.of("chef", "chefSocialtjanst", "chefPolis")) {
      var page = as(user).get("/oversikt/tillsyn?" + PERIOD);
      assertThat(page.statusCode()).as(user).isEqualTo(200);
      assertThat(page.body()).as(user).contains("Din myndighet har inga siffror här")
          .doesNotContain("Tillsyner per anledning").doesNotContain("AAS-kurser med kursdag");
      assertThat(as(user).get("/oversikt/tillsyn.csv?" + PERIOD).body()).as(user)
          .contains("Din myndighet har inga siffror här").doesNotContain("Tillsynsplanen");
    }
    assertThat(licensing.panel(new DashboardViewer("c", Set.of("kommun"), true, 5), YEAR).empty()).isTrue();
  }

  @Test
  void theLicensingCsvHasTheSameFiguresAndSuppression() throws Exception {
    HttpResponse<String> csv = as("styrgrupp").get("/oversikt/tillsyn.csv?" + PERIOD, "text/csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv").contains("UTF-8");
    assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("tillsyn-2007-01-2007-12.csv");
    assertThat(csv.body()).startsWith("\uFEFF\"Anledning\";\"Utan anmärkning\";\"Mindre brister\"")
        .contains("\"Samordnad\";\"dold\";\"färre än 5\";\"färre än 5\";\"dold\"")
        .contains("\"Tillsynsplanen\";\"dold\";\"färre än 5\";\"färre än 5\";\"8\"")
        .contains("\"Genomförda tillsyner totalt\";\"14\"")
        .contains("\"Beslut\";\"7\";\"dold\";\"färre än 5\";\"färre än 5\";\"14\"")
        .contains("\"2007\";\"6\";\"6\";\"färre än 5\";\"färre än 5\"")
        .contains("\"Krogmiljöronder dag\";\"6\"")
        .doesNotContain(SECRET_PREMISES).doesNotContain("Hemligsson");
  }

  // --- the priority areas

  @Test
  void thePriorityAreasShowWhatEachActivityDidWithSuppressionForTheSteeringGroup() throws Exception {
    String body = as("styrgrupp").get("/oversikt/omraden?" + PERIOD).body();
    assertThat(body).contains("1. Skydda barn och unga från att hamna i utanförskap, kriminalitet och missbruk")
        .contains("6. Utveckla samverkan med näringslivet").contains("5. Arbeta för en säker och trygg trafikmiljö");
    List<List<String>> lines = lines(body);
    assertThat(lines).contains(
        List.of("SSPF – samverkan mellan skola, socialtjänst, polis och fritid", "Startade: SSPF-ärende", "7"),
        List.of("SSPF – samverkan mellan skola, socialtjänst, polis och fritid", "Avslutade: SSPF-ärende",
            "färre än 5"),
        List.of("Orosanmälningar om barn och unga (socialtjänstens underlag till lägesbilden)",
            "Startade: Orosanmälan", "12"),
        List.of("Orosanmälningar om barn och unga (socialtjänstens underlag till lägesbilden)",
            "Avslutade: Orosanmälan", "9"),
        List.of("Trygghetsvandringar med olika målgrupper och på olika ställen i kommunen", "ingen process ännu",
            "–"),
        List.of("Gemensam tillsyn hos näringsidkare (alkoholtillsyn)", "Genomförda tillsyner", "14"),
        List.of("Utbildning i Ansvarsfull alkoholservering (AAS)", "AAS-kurser", "färre än 5"),
        List.of("Utbildning i Ansvarsfull alkoholservering (AAS)", "Godkända på AAS-provet", "9"),
        List.of("Krogar mot knark (KMK)", "KMK-certifieringar", "färre än 5"));
    assertThat(lines.stream().filter(l -> l.get(1).startsWith("Startade: Linköpingsmodellen")).toList())
        .singleElement().satisfies(l -> assertThat(l.get(2)).isEqualTo("färre än 5"));
    assertThat(body).doesNotContain(SECRET_PREMISES);

    String csv = as("trygghetssamordnare").get("/oversikt/omraden.csv?" + PERIOD, "text/csv").body();
    assertThat(csv).startsWith("\uFEFF\"Insatsområde\";\"Aktivitet\";\"Mått\";\"Antal\"")
        .contains("\"Startade: Orosanmälan\";\"12\"").contains("\"Avslutade: SSPF-ärende\";\"färre än 5\"")
        .contains("\"ingen process ännu\";\"\"");
  }

  @Test
  void aManagerSeesTheFiguresOfTheOwnAgencysProcessesOnlyAndInFull() throws Exception {
    List<List<String>> social = lines(as("chefSocialtjanst").get("/oversikt/omraden?" + PERIOD).body());
    assertThat(social).contains(
        List.of("Orosanmälningar om barn och unga (socialtjänstens underlag till lägesbilden)",
            "Startade: Orosanmälan", "12"),
        List.of("SSPF – samverkan mellan skola, socialtjänst, polis och fritid", PriorityAreaPanel.OTHER_AGENCY, "–"),
        List.of("Gemensam tillsyn hos näringsidkare (alkoholtillsyn)", PriorityAreaPanel.OTHER_AGENCY, "–"));
    assertThat(social).noneMatch(l -> l.get(1).contains("Linköpingsmodellen") || l.get(1).contains("tillsyner"));
    List<List<String>> police = lines(as("chefPolis").get("/oversikt/omraden?" + PERIOD).body());
    assertThat(police).contains(
        List.of("Linköpingsmodellen – hembesök hos unga 15–18 år", "Startade: Linköpingsmodellen – hembesök", "3"),
        List.of("Linköpingsmodellen – hembesök hos unga 15–18 år", "Avslutade: Linköpingsmodellen – hembesök", "1"));
    assertThat(police).noneMatch(l -> l.get(1).contains("Orosanmälan"));
    String municipality = as("chef").get("/oversikt/omraden?" + PERIOD).body();
    // The municipality's own follow-up processes (EST, local BRÅ, the lägesbild) are its manager's figures.
    assertThat(municipality).doesNotContain("Din myndighet har inga siffror här").contains("Startade: EST");
    // The licensing activities for a manager of the licensing agency, in full figures.
    var miljo = areas.panel(MILJO_MANAGER, YEAR).areas().stream().flatMap(a -> a.lines().stream())
        .filter(l -> l.figure() != null).map(l -> l.measure() + "=" + l.figure().text()).toList();
    assertThat(miljo).contains("Genomförda tillsyner=14", "AAS-kurser=2", "Godkända på AAS-provet=9",
        "KMK-certifieringar=3", "Startade: Tillsyn av serveringsställe=14").noneMatch(s -> s.contains("Orosanm"));
  }

  /** The (activity, measure, figure) rows of every area table of the page. */
  static List<List<String>> lines(String page) {
    List<List<String>> lines = new ArrayList<>();
    Matcher m = Pattern.compile("<th scope=\"row\">([^<]*)</th>\\s*<td>([^<]*)</td>\\s*<td class=\"tal\">([^<]*)"
        + "</td>").matcher(page);
    while (m.find()) {
      lines.add(List.of(m.group(1).trim(), m.group(2).trim(), m.group(3).trim()));
    }
    return lines;
  }

  // --- access and bad filters

  @Test
  void caseworkersAreRefusedAndVisitorsSentToTheLogin() throws Exception {
    for (String user : List.of("samordnare", "socialtjanst", "polis", "alkoholhandlaggare", "kommunikator", "admin")) {
      BrowserSession session = as(user);
      for (String path : List.of("/oversikt/tillsyn", "/oversikt/omraden", "/oversikt/tillsyn.csv",
          "/oversikt/omraden.csv")) {
        var answer = session.get(path + "?" + PERIOD);
        assertThat(answer.statusCode()).as(user + " " + path).isEqualTo(403);
        assertThat(answer.body()).doesNotContain("Genomförda tillsyner");
      }
    }
    var anonymous = new BrowserSession(http).get("/oversikt/tillsyn");
    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/login");
  }

  @Test
  void aBadFilterIsTheSwedishPageAgainWithTheErrorAndNeverEchoed() throws Exception {
    BrowserSession steering = as("styrgrupp");
    for (String path : List.of("/oversikt/tillsyn", "/oversikt/omraden")) {
      for (String query : List.of("fran=2007-13", "till=okt", "fran=" + "9".repeat(5000), "fran=2007-05&till=2007-04",
          "fran=1990-01")) {
        var page = steering.get(path + "?" + query);
        assertThat(page.statusCode()).as(path + "?" + query).isEqualTo(400);
        assertThat(page.body()).as(query).contains("Filtret kunde inte användas").contains("id=\"period-fel\"")
            .doesNotContain("99999").doesNotContain("Exception");
      }
      assertThat(steering.get(path + ".csv?fran=2007-13").statusCode()).isEqualTo(400);
    }
    assertThat(steering.get("/oversikt/tillsyn?fran=2007-05&till=2007-04").body())
        .contains("Perioden slutar före den börjar");
  }

  @Test
  void theOverviewLinksToBothPages() throws Exception {
    String overview = as("styrgrupp").get("/oversikt").body();
    assertThat(overview).contains("<ul class=\"undersidor\">").contains("href=\"/oversikt/tillsyn\"")
        .contains("href=\"/oversikt/omraden\"");
  }
}
