package se.samverka.sspf;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.cases.CaseModel.CaseRecord;
import se.samverka.cases.CaseService;
import se.samverka.sspf.persistence.SteeringReportRepository;
import se.samverka.sspf.persistence.SteeringReportRepository.SteeringReport;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.InvalidFormInput;

/**
 * Aggregates SSPF cases per quarter for the steering group: new cases, age bands at referral, concern categories,
 * closures and their reasons. Counts only; a report is made once per quarter, however often the timer fires.
 */
@Service
@Transactional
public class SteeringReports {

  private final CaseService cases;
  private final SteeringReportRepository reports;

  SteeringReports(CaseService cases, SteeringReportRepository reports) {
    this.cases = cases;
    this.reports = reports;
  }

  /** The quarter before the one that contains the day, e.g. 2027-01-01 → {@code 2026-K4}. */
  public static String previousQuarter(LocalDate day) {
    LocalDate inPrevious = day.withDayOfMonth(1).minusMonths(3);
    return inPrevious.getYear() + "-K" + ((inPrevious.getMonthValue() - 1) / 3 + 1);
  }

  static LocalDate[] bounds(String period) {
    int year = Integer.parseInt(period.substring(0, 4));
    int quarter = Integer.parseInt(period.substring(6));
    LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    return new LocalDate[] {from, from.plusMonths(3)};
  }

  /** Compiles (or finds) the report of a quarter, e.g. {@code 2026-K4}. */
  public SteeringReport compile(String period) {
    return reports.find(period).orElseGet(() -> compileNew(period));
  }

  private SteeringReport compileNew(String period) {
    LocalDate[] range = bounds(period);
    // Only the cases open at some time in the quarter (opened before its end, not closed before its start), in SQL:
    // the ones opened or closed in it and the ones still open at its end are all among them.
    ZoneId zone = ZoneId.systemDefault();
    List<CaseRecord> all = cases.casesOfTypeOpenBetween(SspfArendeProcess.KEY, range[0].atStartOfDay(zone).toInstant(),
        range[1].atStartOfDay(zone).toInstant());
    List<CaseRecord> opened = all.stream().filter(c -> within(c.openedAt(), range)).toList();
    List<CaseRecord> closed = all.stream().filter(c -> c.closedAt() != null && within(c.closedAt(), range)).toList();
    Map<String, Integer> ageBands = new TreeMap<>();
    Map<String, Integer> concerns = new TreeMap<>();
    for (CaseRecord c : opened) {
      ageBands.merge(ageBand(cases.ageAtOpening(c)), 1, Integer::sum);
      c.concerns().forEach(concern -> concerns.merge(concern, 1, Integer::sum));
    }
    Map<String, Integer> reasons = new TreeMap<>();
    closed.forEach(c -> reasons.merge(c.closureReason() == null ? "okänt" : c.closureReason(), 1, Integer::sum));
    String summary = "Period: " + period + "\n"
        + "Nya ärenden: " + opened.size() + "\n"
        + "Avslutade ärenden: " + closed.size() + "\n"
        + "Pågående vid periodens slut: " + all.stream().filter(c -> isOpenAt(c, range[1])).count() + "\n"
        + "Åldersgrupper vid aktualisering: " + format(ageBands) + "\n"
        + "Oro gäller: " + format(concerns) + "\n"
        + "Skäl för avslut: " + format(reasons);
    reports.insert(period, opened.size(), closed.size(), summary, EngineClock.now());
    return reports.find(period).orElseThrow();
  }

  /**
   * Records the steering group's decision on a quarter's report, once: a decision already made is never overwritten
   * (the quarter's claim keeps a second instance from getting here; this holds for instances started before it).
   */
  public void recordDecision(String period, String note, String resourceDecision, String decisionText) {
    if (!reports.recordDecision(period, note, resourceDecision, decisionText, EngineClock.now())) {
      throw new InvalidFormInput("Styrgruppen har redan fattat beslut om kvartal " + period
          + "; det beslutet ändras inte");
    }
  }

  public List<SteeringReport> all() {
    return reports.all();
  }

  /**
   * A quarter's report as history for the dashboards: its new and closed cases and the steering group's decision (the
   * resource decision's code, see the decision form, and its text; both null while undecided). No summary text.
   */
  public record QuarterReport(String period, int newCases, int closedCases, String resourceDecision,
      String decisionText) {

    public boolean decided() {
      return resourceDecision != null;
    }
  }

  /** The quarter a day is in, e.g. 2026-11-30 → {@code 2026-K4}. */
  public static String quarterOf(LocalDate day) {
    return day.getYear() + "-K" + ((day.getMonthValue() - 1) / 3 + 1);
  }

  /** The reports of the quarters {@code fromQuarter} to {@code toQuarter} (both in, {@code 2026-K1}), oldest first. */
  @Transactional(readOnly = true)
  public List<QuarterReport> history(String fromQuarter, String toQuarter) {
    if (!QUARTER.matcher(fromQuarter).matches() || !QUARTER.matcher(toQuarter).matches()) {
      throw new IllegalArgumentException("Kvartal skrivs som 2026-K1");
    }
    return reports.between(fromQuarter, toQuarter).stream().map(r -> new QuarterReport(r.period(), r.newCases(),
        r.closedCases(), r.resourceDecision(), r.decisionText())).toList();
  }

  private static final java.util.regex.Pattern QUARTER = java.util.regex.Pattern.compile("\\d{4}-K[1-4]");

  /** The age band of an age at referral, as the quarterly report and the dashboards count them. */
  public static String ageBand(int age) {
    if (age <= 12) {
      return "-12";
    }
    if (age <= 15) {
      return "13-15";
    }
    return "16-";
  }

  private static boolean within(java.time.Instant at, LocalDate[] range) {
    LocalDate day = at.atZone(ZoneId.systemDefault()).toLocalDate();
    return !day.isBefore(range[0]) && day.isBefore(range[1]);
  }

  private static boolean isOpenAt(CaseRecord c, LocalDate end) {
    LocalDate opened = c.openedAt().atZone(ZoneId.systemDefault()).toLocalDate();
    return opened.isBefore(end)
        && (c.closedAt() == null || !c.closedAt().atZone(ZoneId.systemDefault()).toLocalDate().isBefore(end));
  }

  private static String format(Map<String, Integer> counts) {
    if (counts.isEmpty()) {
      return "inga";
    }
    StringBuilder text = new StringBuilder();
    counts.forEach((key, count) -> text.append(text.isEmpty() ? "" : ", ").append(key).append(" ").append(count));
    return text.toString();
  }
}
