package se.samverka.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import se.samverka.annualwork.AasArProcess;
import se.samverka.annualwork.AasCourses;
import se.samverka.annualwork.KmkArProcess;
import se.samverka.annualwork.KmkCertifications;
import se.samverka.licensing.AlkoholtillsynProcess;
import se.samverka.licensing.LicensingCounts;
import se.samverka.licensing.RestaurangrapportProcess;
import se.samverka.licensing.RestaurantReports;
import se.samverka.licensing.Supervision;
import se.samverka.licensing.SupervisionPlans;
import se.samverka.licensing.Supervisions;
import se.samverka.licensing.TillsynsplanProcess;

/**
 * The licensing work on the dashboards ({@code /oversikt/tillsyn}): supervisions by reason, kind and result, the
 * decisions and appeals, the year's supervision plan done against planned, the restaurant reports received, the AAS
 * courses and the KMK cycle. Every figure is a count from the licensing and annual-work modules' own tables (counted
 * there, in SQL, for the period) or from the dashboards' step read model; never a premises, a licence holder or a
 * person. A manager sees the parts whose process has the manager's agency as its home agency, in full figures; an
 * overview viewer sees all, with small counts suppressed.
 */
@Service
public class LicensingPanel {

  /** The result columns of the supervision tables: the remark levels, in order, with their Swedish headings. */
  public static final Map<String, String> RESULTS = results();
  /** The sanctions in the order of the ladder, with their Swedish headings. */
  public static final Map<String, String> SANCTIONS = sanctions();

  private final Supervisions supervisions;
  private final SupervisionPlans plans;
  private final RestaurantReports reports;
  private final AasCourses courses;
  private final KmkCertifications kmk;
  private final DashboardQueries queries;
  private final DashboardSettings settings;

  LicensingPanel(Supervisions supervisions, SupervisionPlans plans, RestaurantReports reports, AasCourses courses,
      KmkCertifications kmk, DashboardQueries queries, DashboardSettings settings) {
    this.supervisions = supervisions;
    this.plans = plans;
    this.reports = reports;
    this.courses = courses;
    this.kmk = kmk;
    this.queries = queries;
    this.settings = settings;
  }

  /** A row of counts (in the columns of its table) with its total. */
  public record Row(String label, List<Figure> counts, Figure total) {}

  /** The supervisions, decisions and appeals (process {@code alkoholtillsyn}). */
  public record SupervisionPart(List<Row> byReason, List<Row> byKind, Figure all, Row sanctions, List<Figure> appeals) {}

  /** A year's supervision plan: visits planned in the year, planned up to the period's end, done by then, not done. */
  public record PlanRow(int year, Figure planned, Figure dueByEnd, Figure done, Figure notDone) {}

  /** The AAS courses of a year dated in the period: courses, participants, and passed, failed, without result. */
  public record CourseRow(int year, Figure courses, Figure participants, List<Figure> results) {}

  /** The KMK cycle: key-staff trainings, environment rounds by day and by night, drug policies, certifications. */
  public record KmkPart(List<Figure> figures) {}

  /**
   * The panel as the viewer may see it: a part is null when its process is another agency's work (for a manager).
   */
  public record Panel(SupervisionPart supervisions, List<PlanRow> plan, List<Row> reports, List<CourseRow> courses,
      KmkPart kmk) {

    /** Whether the viewer sees any part at all ("Din myndighet har inga siffror här" otherwise). */
    public boolean empty() {
      return supervisions == null && plan == null && reports == null && courses == null && kmk == null;
    }
  }

  /** The headings of the appeal figures, in the order of {@link SupervisionPart#appeals()}. */
  public static final List<String> APPEAL_HEADINGS = List.of("Överklaganden som kom in i tid",
      "Överklaganden som kom in för sent", "Avvisade av nämnden som för sena", "Överlämnade till förvaltningsrätten",
      "Förvaltningsrätten avslog", "Förvaltningsrätten biföll", "Förvaltningsrätten avvisade");

  /** The headings of the KMK figures, in the order of {@link KmkPart#figures()}. */
  public static final List<String> KMK_HEADINGS = List.of("Utbildningar för nyckelpersoner", "Krogmiljöronder dag",
      "Krogmiljöronder kväll eller natt", "Drogpolicyer behandlade", "Certifierade krogar");

  /** Whether the viewer sees the figures of this process: an overview viewer all, a manager its own agency's. */
  public boolean visible(DashboardViewer viewer, String processKey) {
    return !viewer.manager() || viewer.agencies().contains(settings.homeAgencyOf(processKey));
  }

  public Panel panel(DashboardViewer viewer, Period period) {
    LocalDate from = period.from().atDay(1);
    LocalDate to = period.to().atEndOfMonth();
    return new Panel(
        visible(viewer, AlkoholtillsynProcess.KEY) ? supervisionPart(viewer, from, to) : null,
        visible(viewer, TillsynsplanProcess.KEY) ? plan(viewer, from, to) : null,
        visible(viewer, RestaurangrapportProcess.KEY) ? reports(viewer, from, to) : null,
        visible(viewer, AasArProcess.KEY) ? courses(viewer, from, to) : null,
        visible(viewer, KmkArProcess.KEY) ? kmk(viewer, period) : null);
  }

  /** Supervisions inspected in the period (0 when the viewer does not see them), for the priority areas. */
  public long supervisionsDone(Period period) {
    return supervisions.inspectedBetween(period.from().atDay(1), period.to().atEndOfMonth()).stream()
        .mapToLong(LicensingCounts.SupervisionCount::count).sum();
  }

  /** AAS courses dated in the period and their participants who passed, for the priority areas. */
  public long[] coursesAndPassed(Period period) {
    long[] sums = new long[2];
    courses.countsBetween(period.from().atDay(1), period.to().atEndOfMonth()).forEach(c -> {
      sums[0] += c.courses();
      sums[1] += c.passed();
    });
    return sums;
  }

  /** KMK certifications given in the period, for the priority areas. */
  public long certifications(Period period) {
    return kmk.certifiedBetween(period.from().atDay(1), period.to().atEndOfMonth());
  }

  private SupervisionPart supervisionPart(DashboardViewer viewer, LocalDate from, LocalDate to) {
    List<LicensingCounts.SupervisionCount> counts = supervisions.inspectedBetween(from, to);
    Map<String, long[]> byReason = new LinkedHashMap<>();
    AlkoholtillsynProcess.TRIGGERS.forEach(t -> byReason.put(t, new long[RESULTS.size()]));
    Map<String, long[]> byKind = new LinkedHashMap<>();
    AlkoholtillsynProcess.KINDS.forEach(k -> byKind.put(k, new long[RESULTS.size()]));
    List<String> levels = List.copyOf(RESULTS.keySet());
    for (LicensingCounts.SupervisionCount c : counts) {
      int column = Math.max(0, levels.indexOf(c.remarkLevel()));
      byReason.computeIfAbsent(c.trigger(), k -> new long[RESULTS.size()])[column] += c.count();
      byKind.computeIfAbsent(c.kind(), k -> new long[RESULTS.size()])[column] += c.count();
    }
    long all = counts.stream().mapToLong(LicensingCounts.SupervisionCount::count).sum();
    Map<String, Long> sanctionCounts = new LinkedHashMap<>();
    SANCTIONS.keySet().forEach(s -> sanctionCounts.put(s, 0L));
    supervisions.decidedBetween(from, to).stream().filter(s -> sanctionCounts.containsKey(s.sanction()))
        .forEach(s -> sanctionCounts.merge(s.sanction(), s.count(), Long::sum));
    List<Long> sanctionRow = List.copyOf(sanctionCounts.values());
    LicensingCounts.AppealCounts a = supervisions.appealsBetween(from, to);
    List<Figure> appeals = List.of(a.receivedInTime(), a.receivedLate(), a.dismissedAsLate(), a.forwarded(),
        a.courtRejected(), a.courtUpheld(), a.courtDismissed()).stream().map(n -> Figure.count(n, viewer)).toList();
    // By reason and by kind break the same supervisions down by the same results: the second without its columns for
    // a viewer who suppresses small counts (SharedMargin).
    return new SupervisionPart(rows(byReason, viewer, true), rows(byKind, viewer, false), Figure.count(all, viewer),
        new Row("Beslut", Figure.row(sanctionRow, viewer),
            Figure.count(sanctionRow.stream().mapToLong(Long::longValue).sum(), viewer)), appeals);
  }

  /**
   * Rows of counts with their totals, one per code (an empty one too, so that a listed row does not tell that its count
   * is at least one), suppressed as {@link SharedMargin} says: in full ({@code breakdown}) or totals only.
   */
  private static List<Row> rows(Map<String, long[]> byCode, DashboardViewer viewer, boolean breakdown) {
    List<Map.Entry<String, long[]>> entries = List.copyOf(byCode.entrySet());
    List<long[]> counts = entries.stream().map(Map.Entry::getValue).toList();
    List<SharedMargin.Line> lines = breakdown ? SharedMargin.breakdown(counts, viewer)
        : SharedMargin.totalsOnly(counts, viewer);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      rows.add(new Row(Supervision.label(entries.get(i).getKey()), lines.get(i).counts(), lines.get(i).total()));
    }
    return rows;
  }

  private List<PlanRow> plan(DashboardViewer viewer, LocalDate from, LocalDate to) {
    return plans.progress(from, to).stream().map(p -> new PlanRow(p.year(), Figure.count(p.planned(), viewer),
        Figure.count(p.dueByEnd(), viewer), Figure.count(p.done(), viewer),
        Figure.count(Math.max(0, p.dueByEnd() - p.done()), viewer))).toList();
  }

  private List<Row> reports(DashboardViewer viewer, LocalDate from, LocalDate to) {
    return reports.receivedBetween(from, to).stream().map(r -> new Row("Rapporter för " + r.reportYear(),
        List.of(Figure.count(r.received(), viewer)), Figure.count(r.received(), viewer))).toList();
  }

  private List<CourseRow> courses(DashboardViewer viewer, LocalDate from, LocalDate to) {
    return courses.countsBetween(from, to).stream().map(c -> new CourseRow(c.year(), Figure.count(c.courses(), viewer),
        Figure.count(c.participants(), viewer),
        Figure.row(List.of(c.passed(), c.failed(), c.withoutResult()), viewer))).toList();
  }

  private KmkPart kmk(DashboardViewer viewer, Period period) {
    Map<String, Long> steps = new LinkedHashMap<>();
    queries.leadTimes(Set.of(KmkArProcess.KEY), null, period.from(), period.to())
        .forEach(l -> steps.merge(l.activityId(), l.count(), Long::sum));
    List<Long> counts = List.of(steps.getOrDefault(KmkArProcess.KEY_STAFF_TRAINING, 0L),
        steps.getOrDefault(KmkArProcess.DAY_ROUND, 0L), steps.getOrDefault(KmkArProcess.NIGHT_ROUND, 0L),
        steps.getOrDefault(KmkArProcess.DRUG_POLICY, 0L), certifications(period));
    return new KmkPart(counts.stream().map(n -> Figure.count(n, viewer)).toList());
  }

  private static Map<String, String> results() {
    Map<String, String> r = new LinkedHashMap<>();
    r.put("inga", "Utan anmärkning");
    r.put("mindre", "Mindre brister");
    r.put("allvarliga", "Allvarliga brister");
    return java.util.Collections.unmodifiableMap(r);
  }

  private static Map<String, String> sanctions() {
    Map<String, String> s = new LinkedHashMap<>();
    AlkoholtillsynProcess.SANCTIONS.forEach(code -> s.put(code, Supervision.label(code)));
    return java.util.Collections.unmodifiableMap(s);
  }
}
