package se.samverka.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import se.samverka.support.BrowserSession;
import se.samverka.support.Http;
import se.samverka.support.PostgresIntegrationTest;
import se.samverka.workflow.EngineClock;

/**
 * The demo's history on PostgreSQL, as the browser tests start the demo: a manager of social services finds on
 * {@code /oversikt} the reports of concern whose 14 days ran out last month unmet, with the case numbers and the reasons
 * behind the figure; the steering group finds on the SSPF picture how long cases stayed at each step, days and weeks,
 * not seconds; every instance of the history has ended, so no open task or waiting instance stems from it.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = "samverka.demo.data=true")
class DemoHistoryIntegrationTests {

  static final String DECISION_KIND = "Beslut om att inleda utredning eller inte inom 14 dagar från mottagandet";

  @Autowired Http http;
  @Autowired HistoryService historyService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  /** History instances started at least a week ago; today's demo cases are from today and yesterday. */
  private static Date historyCutoff() {
    return Date.from(EngineClock.today().minusDays(7).atStartOfDay(ZoneId.systemDefault()).toInstant());
  }

  private BrowserSession as(String user) throws Exception {
    BrowserSession session = new BrowserSession(http);
    assertThat(session.login(user, Http.PASSWORD).statusCode()).as("login " + user).isEqualTo(302);
    return session;
  }

  @Test
  void everyInstanceOfTheHistoryHasEndedAndNoOpenTaskStemsFromIt() {
    List<HistoricProcessInstance> history = historyService.createHistoricProcessInstanceQuery()
        .startedBefore(historyCutoff()).list();
    assertThat(history).extracting(HistoricProcessInstance::getProcessDefinitionKey)
        .filteredOn("orosanmalan"::equals).hasSizeGreaterThanOrEqualTo(24);
    assertThat(history).extracting(HistoricProcessInstance::getProcessDefinitionKey)
        .filteredOn("sspf-arende"::equals).hasSizeGreaterThanOrEqualTo(10);
    assertThat(history).allSatisfy(instance -> assertThat(instance.getEndTime()).as(instance.getBusinessKey())
        .isNotNull());
    Set<String> historyIds = new HashSet<>();
    history.forEach(h -> historyIds.add(h.getId()));
    List<Task> open = taskService.createTaskQuery().list();
    assertThat(open).isNotEmpty().extracting(Task::getProcessInstanceId).doesNotContainAnyElementsOf(historyIds);
    // No timer or other job of the history waits either.
    assertThat(runtimeService.createProcessInstanceQuery().list())
        .extracting(p -> p.getId()).doesNotContainAnyElementsOf(historyIds);
    // (The open tasks of today's demo cases, counted per process and group, are checked in DemoProfileIntegrationTests,
    // whose context is the demo's alone; the browser tests share this one and work on those tasks.)
  }

  @Test
  void theManagerOfSocialServicesFindsLastMonthsBreachedPreliminaryAssessmentsWithCaseNumbersAndReasons()
      throws Exception {
    YearMonth lastMonth = YearMonth.from(EngineClock.today()).minusMonths(1);
    BrowserSession manager = as("chefSocialtjanst");

    var page = manager.get("/oversikt?fran=" + lastMonth + "&till=" + lastMonth);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(DECISION_KIND).contains("/oversikt/tidsfrister?manad=" + lastMonth
        + "&amp;slag=forhandsbedomning&amp;lage=UPPFYLLD_SENT");

    // The figure, as the CSV export of the same table gives it: met late last month, at least three.
    String csv = manager.get("/oversikt/tidsfrister.csv?fran=" + lastMonth + "&till=" + lastMonth, "text/csv").body();
    String row = csv.lines().filter(l -> l.contains("\"" + lastMonth + "\";\"" + DECISION_KIND + "\""))
        .findFirst().orElseThrow(() -> new AssertionError(csv));
    String[] cells = row.replace("\"", "").split(";");
    // Månad; Tidsfrist; Uppfyllda i tid; Uppfyllda sent; Överskridna; ...
    long metLate = Long.parseLong(cells[3]);
    long breached = Long.parseLong(cells[4]);
    assertThat(metLate + breached).as(row).isGreaterThanOrEqualTo(3);

    // The list behind it: the case numbers and the reasons recorded for them.
    var list = manager.get("/oversikt/tidsfrister?manad=" + lastMonth + "&slag=forhandsbedomning&lage=UPPFYLLD_SENT");
    assertThat(list.statusCode()).isEqualTo(200);
    Matcher numbers = Pattern.compile(">(ORO-\\d{4}-\\d{4})<").matcher(list.body());
    List<String> caseNumbers = new ArrayList<>();
    while (numbers.find()) {
      caseNumbers.add(numbers.group(1));
    }
    assertThat(caseNumbers).as(list.body()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(list.body()).contains("Väntade på underlag från en annan myndighet – Väntade på skolans uppgifter om "
            + "frånvaron.")
        .contains("Hög arbetsbelastning – Två handläggare sjukskrivna samma vecka.")
        .contains("Vårdnadshavaren eller den unge gick inte att nå");
  }

  @Test
  void theSteeringGroupSeesOnTheSspfPictureThatCasesWaitedDaysForConsentAndInput() throws Exception {
    var page = as("styrgrupp").get("/oversikt/process/sspf-arende");
    assertThat(page.statusCode()).isEqualTo(200);
    String body = page.body();
    for (String step : List.of("Inhämta skriftligt samtycke", "Lämna underlag", "Nätverksmöte och åtagandeplan",
        "Genomför åtagande")) {
      Matcher median = Pattern.compile(Pattern.quote(step) + ": [^<]*?median ([0-9 ,]+) dagar").matcher(body);
      assertThat(median.find()).as("a median in days for " + step).isTrue();
      double days = Double.parseDouble(median.group(1).replace(" ", "").replace(",", "."));
      assertThat(days).as(step).isGreaterThanOrEqualTo(3);
    }
    Matcher consent = Pattern.compile("Inhämta skriftligt samtycke: [^<]*?median ([0-9 ,]+) dagar").matcher(body);
    consent.find();
    Matcher meeting = Pattern.compile("Kartläggande samtal: [^<]*?median ([0-9 ,]+) dagar").matcher(body);
    assertThat(meeting.find()).isTrue();
    assertThat(Double.parseDouble(consent.group(1).replace(",", "."))).as("consent waits longer than the mapping")
        .isGreaterThan(Double.parseDouble(meeting.group(1).replace(",", ".")));
  }

  @Test
  void theHistoryStartsBeforeTodayAndEndsBeforeIt() {
    LocalDate today = EngineClock.today();
    for (var report : DemoHistory.reports(today)) {
      assertThat(report.received()).isBefore(today.minusDays(20));
    }
    YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
    assertThat(DemoHistory.reports(today)).filteredOn(r -> r.route().name().equals("BREACHED"))
        .hasSize(4).allSatisfy(r -> assertThat(YearMonth.from(r.received().plusDays(14))).isEqualTo(lastMonth));
    // The last ended half-year has reports of its own (its follow-up report waits in the demo), about other children.
    LocalDate halfYearEnd = DemoHistory.lastHalfYearEnd(today);
    assertThat(halfYearEnd).isBefore(today).isAfter(today.minusMonths(7));
    assertThat(halfYearEnd.plusDays(1).getDayOfMonth()).isEqualTo(1);
    assertThat(halfYearEnd.plusDays(1).getMonthValue()).isIn(1, 7);
    assertThat(DemoHistory.earlierReports(halfYearEnd)).hasSize(12).allSatisfy(report ->
        assertThat(report.received()).isBefore(halfYearEnd.minusDays(20)).isAfter(halfYearEnd.minusMonths(6)));
    assertThat(DemoHistory.earlierReports(halfYearEnd)).extracting(DemoHistory.Report::firstName)
        .doesNotContainAnyElementsOf(DemoHistory.reports(today).stream().map(DemoHistory.Report::firstName).toList());
    assertThat(DemoHistory.lastHalfYearEnd(LocalDate.of(2026, 6, 30))).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(DemoHistory.lastHalfYearEnd(LocalDate.of(2026, 7, 1))).isEqualTo(LocalDate.of(2026, 6, 30));
  }
}
