package se.samverka.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import se.samverka.sspf.SspfSteps;
import se.samverka.cases.DeadlineStatistics;
import se.samverka.tasklist.TaskList;
import se.samverka.tasklist.persistence.TaskRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import se.samverka.support.BrowserSession;
import se.samverka.support.TestPersons;
import se.samverka.support.WorkApi;
import se.samverka.support.Http;
import se.samverka.support.PostgresIntegrationTest;

/**
 * The dashboards from the outside, on a known set of deadlines in March and April 2001 (long before any other test's
 * data): the figures each role sees, the suppression below five for the steering group, the lists behind a figure for
 * a manager of the owning agency only, the CSV export, and Swedish 4xx for what the page would never send.
 *
 * <p>Social services' groups own, due in March 2001: 7 met in time (one of them extended, with its reason), 2 met late,
 * 3 breached, for the 14-day preliminary assessment; and 1 protection assessment breached by the on-call service. The
 * police own 6 feedback deadlines breached in March. In April social services have 12 met and 1 breached.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardIntegrationTests {

  static final String PERIOD = "fran=2001-03&till=2001-04";
  static final Pattern CELLS = Pattern.compile("<td[^>]*class=\"tal\"[^>]*>\\s*(?:<a[^>]*>|<span>)?([^<]*)");

  @Autowired Http http;
  @Autowired JdbcTemplate jdbc;
  @Autowired DeadlineStatistics deadlineStatistics;
  @Autowired TaskList taskList;
  @Autowired TaskRepository taskRepository;
  @Autowired PlatformTransactionManager transactions;

  final List<String> breachedInMarch = new ArrayList<>();

  @BeforeAll
  void knownDeadlines() {
    jdbc.update("""
        insert into person (id, coordination_number, first_name, last_name, birth_date, owner_agency, created_by,
          created_at) values ('oversikt-person', false, 'Översikt', 'Hemlig', date '1990-01-01', 'socialtjanst',
          'test', current_timestamp)""");
    LocalDateTime march = LocalDateTime.of(2001, 3, 10, 12, 0);
    LocalDateTime april = LocalDateTime.of(2001, 4, 10, 12, 0);
    int n = 0;
    for (int i = 0; i < 7; i++) {
      deadline(++n, "socialtjanst", "forhandsbedomning", "socialtjanst", march, march.minusDays(1), null,
          i == 0 ? "Synnerliga skäl: utredaren sjuk" : null);
    }
    for (int i = 0; i < 2; i++) {
      deadline(++n, "socialtjanst", "forhandsbedomning", "socialtjanst", march, march.plusDays(2), march, null);
    }
    for (int i = 0; i < 3; i++) {
      breachedInMarch.add(deadline(++n, "socialtjanst", "forhandsbedomning", "socialtjanst", march, null, march,
          null));
    }
    deadline(++n, "socialtjanst", "skyddsbedomning", "socialjour", march, null, march, null);
    for (int i = 0; i < 6; i++) {
      deadline(++n, "polis", "aterkoppling", "polis", march, null, march, null);
    }
    for (int i = 0; i < 12; i++) {
      deadline(++n, "socialtjanst", "forhandsbedomning", "socialtjanst", april, april.minusDays(3), null, null);
    }
    deadline(++n, "socialtjanst", "forhandsbedomning", "socialtjanst", april, null, april, null);
    // The flow of reports of concern in March 2001, as the read model holds it: 12 started, 2 completed, none
    // cancelled.
    jdbc.update("insert into sv_dash_flow (process_key, agency, on_day, started, completed, cancelled)"
        + " values ('orosanmalan', 'socialtjanst', date '2001-03-05', 12, 2, 0)");
    // The deadlines went in around Deadlines.met, as an import would: the monthly roll-up of the met ones is made again.
    deadlineStatistics.rebuild();
  }

  /** A case and its deadline; returns the case number. */
  String deadline(int n, String agency, String kind, String group, LocalDateTime due, LocalDateTime met,
      LocalDateTime breached, String reason) {
    String caseId = "oversikt-arende-" + n;
    String number = "OVERSIKT-2001-" + String.format("%04d", n);
    jdbc.update("""
        insert into sv_case (id, case_type, status, person_id, owner_agency, opened_at, created_by, case_number)
        values (?, 'orosanmalan', 'OPPNAT', 'oversikt-person', ?, ?, 'test', ?)""", caseId, agency,
        Timestamp.valueOf(due.minusDays(14)), number);
    jdbc.update("""
        insert into deadline (id, case_id, kind, legal_reference, owner_group, due_at, status, paused_reason, met_at,
          breached_at, created_at) values (?, ?, ?, 'lag', ?, ?, ?, ?, ?, ?, ?)""",
        "oversikt-frist-" + n, caseId, kind, group, Timestamp.valueOf(due),
        met != null ? "UPPFYLLD" : breached != null ? "OVERSKRIDEN" : "OPPEN", reason,
        met == null ? null : Timestamp.valueOf(met), breached == null ? null : Timestamp.valueOf(breached),
        Timestamp.valueOf(due.minusDays(14)));
    return number;
  }

  BrowserSession as(String user) throws Exception {
    BrowserSession session = new BrowserSession(http);
    assertThat(session.login(user, Http.PASSWORD).statusCode()).as("login " + user).isEqualTo(302);
    return session;
  }

  /** The figures of the table rows that start with this heading and deadline kind, in column order. */
  static List<String> row(String page, String heading, String kind) {
    Matcher start = Pattern.compile("<th scope=\"row\">" + Pattern.quote(heading) + "</th>\\s*<td>"
        + Pattern.quote(kind)).matcher(page);
    assertThat(start.find()).as("row %s / %s", heading, kind).isTrue();
    int at = start.start();
    String tr = page.substring(at, page.indexOf("</tr>", at));
    List<String> cells = new ArrayList<>();
    Matcher m = CELLS.matcher(tr);
    while (m.find()) {
      cells.add(m.group(1).trim());
    }
    return cells;
  }

  static final String ASSESSMENT = "Beslut om att inleda utredning eller inte inom 14 dagar";

  @Test
  void aManagerOfSocialServicesSeesItsOwnDeadlinesInFullFiguresAndNothingOfThePolice() throws Exception {
    var page = as("chefSocialtjanst").get("/oversikt?" + PERIOD);
    assertThat(page.statusCode()).isEqualTo(200);
    String body = page.body();
    // In time, late, breached, at risk, open, total, extended.
    assertThat(row(body, "mars 2001", ASSESSMENT)).containsExactly("7", "2", "3", "0", "0", "12", "1");
    assertThat(row(body, "april 2001", ASSESSMENT)).containsExactly("12", "0", "1", "0", "0", "13", "0");
    assertThat(row(body, "mars 2001", "Skyddsbedömning")).containsExactly("0", "0", "1", "0", "0", "1", "0");
    assertThat(body).doesNotContain("Återkoppling till anmälningsskyldig").doesNotContain("Översikt Hemlig")
        .doesNotContain("Hemlig").contains("Arbetet inom socialtjänsten i siffror");
    // Each non-zero figure links to the case numbers behind it.
    assertThat(body).contains("/oversikt/tidsfrister?manad=2001-03&amp;slag=forhandsbedomning&amp;lage=OVERSKRIDEN");
  }

  @Test
  void theListBehindAFigureGivesTheManagerTheCaseNumbersAndNothingElse() throws Exception {
    var list = as("chefSocialtjanst").get("/oversikt/tidsfrister?manad=2001-03&slag=forhandsbedomning&lage=OVERSKRIDEN");
    assertThat(list.statusCode()).isEqualTo(200);
    breachedInMarch.forEach(number -> assertThat(list.body()).contains(number));
    assertThat(list.body()).contains("3 tidsfrister").doesNotContain("Hemlig").doesNotContain("OVERSIKT-2001-0001<");
    var extended = as("chefSocialtjanst").get("/oversikt/tidsfrister?manad=2001-03&slag=forhandsbedomning&lage=UPPFYLLD");
    assertThat(extended.body()).contains("7 tidsfrister").contains("Synnerliga skäl: utredaren sjuk");

    // The police's manager asking for the same figure gets the police's deadlines only: none of these.
    var police = as("chefPolis").get("/oversikt/tidsfrister?manad=2001-03&slag=forhandsbedomning&lage=OVERSKRIDEN");
    assertThat(police.statusCode()).isEqualTo(200);
    assertThat(police.body()).contains("0 tidsfrister");
    breachedInMarch.forEach(number -> assertThat(police.body()).doesNotContain(number));
    var own = as("chefPolis").get("/oversikt/tidsfrister?manad=2001-03&slag=aterkoppling&lage=OVERSKRIDEN");
    assertThat(own.body()).contains("6 tidsfrister");
  }

  @Test
  void theSteeringGroupSeesEveryAgencyWithCountsBelowFiveSuppressedAndNoLists() throws Exception {
    for (String user : List.of("styrgrupp", "trygghetssamordnare")) {
      BrowserSession session = as(user);
      String body = session.get("/oversikt?" + PERIOD).body();
      assertThat(body).contains("Arbetet inom alla myndigheter").contains("färre än 5");
      // 7 in time, 2 late and 3 breached: 2 and 3 are below five; the total 12 is shown.
      assertThat(row(body, "mars 2001", ASSESSMENT))
          .containsExactly("7", "färre än 5", "färre än 5", "färre än 5", "färre än 5", "12", "färre än 5");
      assertThat(row(body, "mars 2001", "Återkoppling")).containsExactly("färre än 5", "färre än 5", "6",
          "färre än 5", "färre än 5", "6", "färre än 5");
      // 12 met and 1 breached in April: the 1 is hidden, so the 12 is withheld with it (13 − 12 would give it back),
      // as "dold", not as "färre än 5", which it is not.
      assertThat(row(body, "april 2001", ASSESSMENT))
          .containsExactly("dold", "färre än 5", "färre än 5", "färre än 5", "färre än 5", "13", "färre än 5");
      assertThat(body).doesNotContain("/oversikt/tidsfrister?").doesNotContain("OVERSIKT-2001-");
      assertThat(session.get("/oversikt/tidsfrister?manad=2001-03&slag=forhandsbedomning&lage=OVERSKRIDEN")
          .statusCode()).as("no list for " + user).isEqualTo(403);
      // One agency chosen: the police's figures only.
      String police = session.get("/oversikt?" + PERIOD + "&myndighet=polis").body();
      assertThat(police).contains("Återkoppling").doesNotContain(ASSESSMENT);
    }
  }

  @Test
  void thePerGroupDeadlinesShowTheSteeringGroupTheirTotalsOnlySinceTheyShareTheirStatesWithThePerMonthTable()
      throws Exception {
    // March and April together for the assessment: 19 in time, 2 late, 4 breached, 25 in all, 1 extended.
    assertThat(row(as("chefSocialtjanst").get("/oversikt?" + PERIOD).body(), "Socialtjänst", ASSESSMENT))
        .containsExactly("19", "2", "4", "0", "0", "25", "1");
    for (String user : List.of("styrgrupp", "trygghetssamordnare")) {
      String body = as(user).get("/oversikt?" + PERIOD).body();
      // In full, the group's 19 in time minus March's 7 would give April's hidden 12, and April's total 13 minus
      // that its one breached deadline: per group the total only.
      assertThat(row(body, "Socialtjänst", ASSESSMENT)).containsExactly("25");
      assertThat(body).contains("Per grupp visas bara summorna");
      String csv = as(user).get("/oversikt/tidsfrister.csv?" + PERIOD, "text/csv").body();
      assertThat(csv).contains("\"Grupp\";\"Tidsfrist\";\"Totalt\"\r\n")
          .containsPattern("\"Socialtjänst\";\"" + Pattern.quote(ASSESSMENT) + "[^\"]*\";\"25\"\r\n");
    }
  }

  @Test
  void everyoneElseIsRefusedAndNobodyIsLetInWithoutLoggingIn() throws Exception {
    for (String user : List.of("samordnare", "skola", "socialtjanst", "polis", "fritid", "faltare",
        "alkoholhandlaggare", "raddningstjanst", "kommunikator", "admin")) {
      BrowserSession session = as(user);
      for (String path : List.of("/oversikt", "/oversikt/tidsfrister?manad=2001-03&lage=OVERSKRIDEN",
          "/oversikt/tidsfrister.csv", "/oversikt/belastning.csv")) {
        var answer = session.get(path);
        assertThat(answer.statusCode()).as(user + " " + path).isEqualTo(403);
        assertThat(answer.body()).doesNotContain("OVERSIKT-2001");
      }
      assertThat(session.get("/").body()).as(user + " has no link to the dashboards").doesNotContain("/oversikt\"");
    }
    assertThat(as("chefSocialtjanst").get("/").body()).contains("href=\"/oversikt\"");
    var anonymous = new BrowserSession(http).get("/oversikt");
    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/login");
    // The municipality's manager (agency "kommun") owns none of these deadlines.
    assertThat(as("chef").get("/oversikt?" + PERIOD).body()).doesNotContain(ASSESSMENT).contains("Arbetet inom kommunen");
  }

  @Test
  void whatTheFormWouldNeverSendIsASwedish400() throws Exception {
    BrowserSession manager = as("chefSocialtjanst");
    for (String query : List.of("fran=2026-13", "till=okt", "fran=" + "9".repeat(5000), "fran=2026-05&till=2026-04",
        "myndighet=polis", "myndighet=%3Cscript%3E")) {
      var page = manager.get("/oversikt?" + query);
      assertThat(page.statusCode()).as(query).isEqualTo(400);
      assertThat(page.body()).as(query).contains("Filtret kunde inte användas").doesNotContain("99999")
          .doesNotContain("<script>");
    }
    for (String query : List.of("manad=2001-03&lage=NAGOT", "manad=x&lage=OVERSKRIDEN",
        "manad=2001-03&slag=okand&lage=OVERSKRIDEN", "lage=OVERSKRIDEN")) {
      var page = manager.get("/oversikt/tidsfrister?" + query);
      assertThat(page.statusCode()).as(query).isEqualTo(400);
      assertThat(page.body()).as(query).doesNotContain("Exception").doesNotContain("NAGOT");
    }
    var csv = manager.get("/oversikt/tidsfrister.csv?fran=2026-13");
    assertThat(csv.statusCode()).isEqualTo(400);
  }

  @Test
  void eachPanelExportsAsCsvThatASwedishSpreadsheetReadsWithTheSameSuppression() throws Exception {
    HttpResponse<String> managers = as("chefSocialtjanst").get("/oversikt/tidsfrister.csv?" + PERIOD, "text/csv");
    assertThat(managers.statusCode()).isEqualTo(200);
    assertThat(managers.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv")
        .contains("UTF-8");
    assertThat(managers.headers().firstValue("Content-Disposition").orElse(""))
        .contains("tidsfrister-2001-03-2001-04.csv");
    String text = managers.body();
    assertThat(text).startsWith("\uFEFF\"Månad\";\"Tidsfrist\";\"Uppfyllda i tid\"");
    assertThat(text).contains("\"2001-03\";\"" + ASSESSMENT).contains("\"7\";\"2\";\"3\";\"0\";\"0\";\"12\";\"1\"");
    String steering = as("styrgrupp").get("/oversikt/tidsfrister.csv?" + PERIOD, "text/csv").body();
    assertThat(steering).contains("\"7\";\"färre än 5\";\"färre än 5\"").doesNotContain("\"2\";\"3\"");
    assertThat(new String(steering.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).contains("Överskridna");

    var load = as("chefSocialtjanst").get("/oversikt/belastning.csv", "text/csv");
    assertThat(load.statusCode()).isEqualTo(200);
    assertThat(load.body()).contains("\"Grupp\";\"Öppna uppgifter\";\"Försenade uppgifter\"").contains("Socialtjänst")
        .doesNotContain("\"Polis\"");
  }

  /** The open tasks of a group as a manager's workload table shows them. */
  static long openTasks(String csv, String groupName) {
    Matcher m = Pattern.compile("\"" + Pattern.quote(groupName) + "\";\"(\\d+)\";").matcher(csv);
    assertThat(m.find()).as(groupName + " in " + csv).isTrue();
    return Long.parseLong(m.group(1));
  }

  @Test
  void theWorkloadListsOnlyTheGroupsThatProcessesGiveTasksNotTheManagersOwnGroups() throws Exception {
    String social = as("chefSocialtjanst").get("/oversikt/belastning.csv", "text/csv").body();
    assertThat(social).contains("\"Socialtjänst\";").doesNotContain("Chef inom socialtjänsten");
    assertThat(as("chefPolis").get("/oversikt/belastning.csv", "text/csv").body()).contains("\"Polis\";")
        .doesNotContain("Chef inom Polisen");
    // The steering group decides on the quarterly report, the municipality's manager takes the escalations and the
    // security coordinator compiles EST's weekly picture: they receive tasks and stay; the communicators and the
    // agencies' managers receive none.
    String steering = as("styrgrupp").get("/oversikt/belastning.csv", "text/csv").body();
    assertThat(steering).contains("\"Styrgrupp\";", "\"Chef\";", "\"Alkoholhandläggare\";", "\"SSPF-samordnare\";",
        "\"Trygghetssamordnare\";")
        .doesNotContain("Kommunikatör", "Chef inom socialtjänsten", "Chef inom Polisen");
    assertThat(as("styrgrupp").get("/oversikt").body()).doesNotContain("Kommunikatör</th>")
        .contains("Styrgrupp</th>", "Trygghetssamordnare</th>");
  }

  @Test
  void theWorkloadCountsEachNewTaskForItsGroupAndTheCaseworkerWhoTookIt() throws Exception {
    long before = openTasks(as("chefSocialtjanst").get("/oversikt/belastning.csv", "text/csv").body(), "Socialtjänst");
    SspfSteps steps = new SspfSteps(http);
    Map<String, Object> form = SspfSteps.person(TestPersons.identityNumber(9), "Belastning", "Testsson", "strangnas");
    form.put("reporterAgency", "skola");
    form.put("reporterMandatory", true);
    form.put("violenceInvolved", false);
    form.put("pd_grund_beskrivning", "Eleven kommer inte till skolan och säger att det är oroligt hemma.");
    String instance = steps.start("skola", "orosanmalan", form);
    WorkApi work = new WorkApi(http);
    JsonNode task = work.tasks("socialtjanst", instance).get(0);
    assertThat(work.claim("socialtjanst", task.path("id").asText()).status()).isEqualTo(200);

    String load = as("chefSocialtjanst").get("/oversikt/belastning.csv", "text/csv").body();
    assertThat(openTasks(load, "Socialtjänst")).isEqualTo(before + 1);
    assertThat(load).contains("\"Handläggare\";\"Öppna uppgifter\"");
    assertThat(openTasks(load.substring(load.indexOf("Handläggare")), "socialtjanst")).isPositive();
    // The page shows the same; the police's manager sees no social-services group; the steering group no person.
    assertThat(as("chefSocialtjanst").get("/oversikt").body()).contains("Tagna uppgifter per handläggare");
    assertThat(as("chefPolis").get("/oversikt/belastning.csv", "text/csv").body()).doesNotContain("Socialtjänst")
        .contains("\"Polis\"");
    String steering = as("styrgrupp").get("/oversikt/belastning.csv", "text/csv").body();
    assertThat(steering).doesNotContain("Handläggare").doesNotContain("\"socialtjanst\"");
    assertThat(as("styrgrupp").get("/oversikt").body()).doesNotContain("Tagna uppgifter per handläggare");
  }

  @Test
  void aGroupsWorkloadStopsCountingAtTheQueuesCapAndSaysItIsALowerBound() throws Exception {
    Object target = AopTestUtils.getTargetObject(taskList);
    int shipped = taskList.countCap();
    ReflectionTestUtils.setField(target, "cap", 1);
    for (int i = 0; i < 2; i++) { // two open tasks of social services' queue, as the read model holds them
      jdbc.update("insert into sv_task (task_id, name, created_at) values (?, 'Förhandsbedöm', current_timestamp)",
          "tak-" + i);
      jdbc.update("insert into sv_task_candidate (task_id, group_id, created_at) values (?, 'socialtjanst',"
          + " current_timestamp)", "tak-" + i);
    }
    try {
      String load = as("chefSocialtjanst").get("/oversikt/belastning.csv", "text/csv").body();
      assertThat(load).contains("\"Socialtjänst\";\"fler än 1\"");
      assertThat(as("styrgrupp").get("/oversikt/belastning.csv", "text/csv").body())
          .contains("\"Socialtjänst\";\"fler än 1\"");
    } finally {
      ReflectionTestUtils.setField(target, "cap", shipped);
      jdbc.update("delete from sv_task_candidate where task_id like 'tak-%'");
      jdbc.update("delete from sv_task where task_id like 'tak-%'");
    }
  }

  @Test
  void theWorkloadPerPersonShowsTheMostLoadedFirstCappedAndSaysHowManyPeopleAreLeftOut() throws Exception {
    Object target = AopTestUtils.getTargetObject(taskList);
    int shippedCap = taskList.countCap();
    int shippedPersons = (int) ReflectionTestUtils.getField(target, "persons");
    TransactionTemplate tx = new TransactionTemplate(transactions);
    java.time.Instant now = se.samverka.workflow.EngineClock.now();
    // Three tasks taken by one caseworker (one of them offered to two of social services' groups: counted once), one
    // by another, one of the police's by a third: as the engine's events write them into the read model.
    tx.executeWithoutResult(s -> {
      for (int i = 0; i < 4; i++) {
        String id = "tap-" + i;
        taskRepository.addCandidate(id, "socialtjanst", now, null);
        taskRepository.insert(new TaskRepository.TaskRow(id, null, null, null, "Förhandsbedöm", null, null, null,
            null, null, i < 3 ? "belastadHandlaggare" : "annanHandlaggare", now, i == 0 ? now.minusSeconds(60) : null));
      }
      taskRepository.addCandidate("tap-0", "faltare", now, now.minusSeconds(60));
      taskRepository.addCandidate("tap-4", "polis", now, null);
      taskRepository.insert(new TaskRepository.TaskRow("tap-4", null, null, null, "Planera", null, null, null, null,
          null, "polisHandlaggare", now, null));
    });
    ReflectionTestUtils.setField(target, "cap", 2);
    ReflectionTestUtils.setField(target, "persons", 1);
    try {
      String load = as("chefSocialtjanst").get("/oversikt/belastning.csv", "text/csv").body();
      String persons = load.substring(load.indexOf("Handläggare"));
      assertThat(persons).contains("\"belastadHandlaggare\";\"fler än 2\";\"1\"")
          .doesNotContain("annanHandlaggare").doesNotContain("polisHandlaggare");
      // Two of these people and any other test's caseworkers who have taken social services' tasks.
      assertThat(as("chefSocialtjanst").get("/oversikt").body())
          .containsPattern("Tagna uppgifter per handläggare: de 1 med flest öppna uppgifter av [2-9] handläggare");

      ReflectionTestUtils.setField(target, "cap", shippedCap);
      ReflectionTestUtils.setField(target, "persons", shippedPersons);
      // Handed over, re-routed and completed: the counters follow, and what is left is counted exactly.
      tx.executeWithoutResult(s -> {
        taskRepository.update("tap-1", "Förhandsbedöm", "annanHandlaggare", null);
        taskRepository.removeCandidate("tap-0", "faltare");
        taskRepository.delete("tap-2");
      });
      persons = as("chefSocialtjanst").get("/oversikt/belastning.csv", "text/csv").body();
      persons = persons.substring(persons.indexOf("Handläggare"));
      assertThat(persons).contains("\"belastadHandlaggare\";\"1\";\"1\"")
          .contains("\"annanHandlaggare\";\"2\";\"0\"");
      assertThat(jdbc.queryForList("select group_id, assignee, open_count from sv_task_assigned"
          + " where assignee in ('belastadHandlaggare', 'annanHandlaggare', 'polisHandlaggare') and open_count <> 0"
          + " order by group_id, assignee"))
          .extracting(r -> r.get("group_id") + "/" + r.get("assignee") + "=" + r.get("open_count"))
          .containsExactly("polis/polisHandlaggare=1", "socialtjanst/annanHandlaggare=2",
              "socialtjanst/belastadHandlaggare=1");
    } finally {
      ReflectionTestUtils.setField(target, "cap", shippedCap);
      ReflectionTestUtils.setField(target, "persons", shippedPersons);
      tx.executeWithoutResult(s -> List.of("tap-0", "tap-1", "tap-2", "tap-3", "tap-4")
          .forEach(taskRepository::delete));
    }
    assertThat(jdbc.queryForObject("select count(*) from sv_task_assigned where assignee in ('belastadHandlaggare',"
        + " 'annanHandlaggare', 'polisHandlaggare') and open_count <> 0", Integer.class)).isZero();
  }

  @Test
  void aReportOfConcernShowsInTheFlowAndWaitsAtItsStepInThePictureWhereTheManagerFindsItsCaseNumber()
      throws Exception {
    SspfSteps steps = new SspfSteps(http);
    Map<String, Object> form = SspfSteps.person(TestPersons.identityNumber(11), "Bild", "Testsson", "strangnas");
    form.put("reporterAgency", "skola");
    form.put("reporterMandatory", true);
    form.put("violenceInvolved", false);
    form.put("pd_grund_beskrivning", "Eleven har berättat om oro hemma.");
    String instance = steps.start("skola", "orosanmalan", form);
    WorkApi work = new WorkApi(http);
    JsonNode task = work.tasks("socialtjanst", instance).get(0);
    String caseNumber = task.path("caseNumber").asText();
    String step = task.path("taskKey").asText();
    assertThat(caseNumber).isNotBlank();

    BrowserSession manager = as("chefSocialtjanst");
    String overview = manager.get("/oversikt").body();
    assertThat(overview).contains("Processerna: flöde och ledtider").contains("/oversikt/process/orosanmalan");
    String picture = manager.get("/oversikt/process/orosanmalan").body();
    assertThat(picture).contains("<svg").contains("Var ärendena väntar")
        .contains("/oversikt/process/orosanmalan/steg/" + step);
    var atStep = manager.get("/oversikt/process/orosanmalan/steg/" + step);
    assertThat(atStep.statusCode()).isEqualTo(200);
    assertThat(atStep.body()).contains(caseNumber).doesNotContain("Bild Testsson").doesNotContain("Testsson");

    // The police's manager: the step is social services', so not this case; the steering group: no links, no list.
    assertThat(as("chefPolis").get("/oversikt/process/orosanmalan/steg/" + step).body()).doesNotContain(caseNumber);
    BrowserSession steering = as("styrgrupp");
    String aggregate = steering.get("/oversikt/process/orosanmalan").body();
    assertThat(aggregate).contains("<svg").doesNotContain("/steg/").doesNotContain(caseNumber);
    assertThat(steering.get("/oversikt/process/orosanmalan/steg/" + step).statusCode()).isEqualTo(403);

    // What no page links to.
    assertThat(manager.get("/oversikt/process/okand").statusCode()).isEqualTo(404);
    assertThat(manager.get("/oversikt/process/orosanmalan/steg/NoSuchStep").statusCode()).isEqualTo(404);
    assertThat(manager.get("/oversikt/process/orosanmalan/steg/" + step + "?efter=x").statusCode()).isEqualTo(400);
    assertThat(manager.get("/oversikt/process/orosanmalan/steg/" + step + "?efter=" + "9".repeat(200) + "~a")
        .statusCode()).isEqualTo(400);
    assertThat(as("socialtjanst").get("/oversikt/process/orosanmalan").statusCode()).isEqualTo(403);
    var flow = manager.get("/oversikt/floden.csv", "text/csv");
    assertThat(flow.statusCode()).isEqualTo(200);
    assertThat(flow.body()).contains("\"Process\";\"Startade\"").contains("Orosanmälan");
  }

  @Test
  void startedCompletedAndCancelledAreSuppressedEachOnItsOwnForTheyAreNotPartsOfOneTotal() throws Exception {
    String manager = as("chefSocialtjanst").get("/oversikt?fran=2001-03&till=2001-03").body();
    assertThat(periodRow(manager, "mars 2001")).containsExactly("12", "2", "0");
    String steering = as("styrgrupp").get("/oversikt?fran=2001-03&till=2001-03").body();
    assertThat(periodRow(steering, "mars 2001")).containsExactly("12", "färre än 5", "färre än 5");
    // The reports of concern are social services' work: the police's manager has no flow in that month.
    assertThat(as("chefPolis").get("/oversikt?fran=2001-03&till=2001-03").body())
        .contains("Inga processer har startats eller avslutats under perioden.");
  }

  /** The figures of a row of the flow per month. */
  static List<String> periodRow(String page, String month) {
    int table = page.indexOf("id=\"flode-tid\"");
    assertThat(table).as("the flow per month").isNotNegative();
    Matcher start = Pattern.compile("<th scope=\"row\">" + Pattern.quote(month) + "</th>").matcher(page);
    assertThat(start.find(table)).as("row " + month).isTrue();
    String tr = page.substring(start.start(), page.indexOf("</tr>", start.start()));
    List<String> cells = new ArrayList<>();
    Matcher m = CELLS.matcher(tr);
    while (m.find()) {
      cells.add(m.group(1).trim());
    }
    return cells;
  }

  @Test
  void theChartLibraryIsServedFromItsWebJar() throws Exception {
    var script = as("styrgrupp").get("/webjars/chart.js/dist/chart.umd.js", "*/*");
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.body()).contains("Chart");
    assertThat(as("styrgrupp").get("/js/oversikt.js", "*/*").statusCode()).isEqualTo(200);
  }
}
