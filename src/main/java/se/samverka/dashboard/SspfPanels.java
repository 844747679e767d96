package se.samverka.dashboard;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import se.samverka.homevisit.HomeVisitFigures;
import se.samverka.homevisit.LinkopingsmodellenProcess;
import se.samverka.homevisit.OrosanmalanProcess;
import se.samverka.homevisit.StrangnasmodellenProcess;
import se.samverka.sspf.SspfArendeProcess;
import se.samverka.sspf.SspfFigures;
import se.samverka.sspf.SspfStyrgruppProcess;
import se.samverka.sspf.SteeringReports;
import se.samverka.workflow.Labels;

/**
 * The page "SSPF och hembesök" ({@code /oversikt/sspf}): SSPF referrals, reports of concern, the two home-visit models
 * and the steering group's quarterly reports, each as tables of figures. A panel is shown to a manager only when its
 * process's home agency ({@code samverka.dashboard.home-agency}) is the manager's own, in full figures; an overview
 * viewer sees every panel with each count below the threshold suppressed ({@link Figure#count}, {@link Figure#row}).
 * The figures are the owning modules' counts ({@link SspfFigures}, {@link HomeVisitFigures},
 * {@link SteeringReports#history}) for the period, and for the concern visits made, the step read model.
 */
@Service
public class SspfPanels {

  /** The step of Strängnäsmodellen whose end is the concern visit documented. */
  static final String STRANGNAS_VISIT_STEP = StrangnasmodellenProcess.HOME_VISIT;

  /**
   * A table of figures: a heading column, number columns (optionally drawn as a chart) and text columns, and a total
   * row (null: none) shown under the rows and left out of the chart.
   */
  public record Table(String id, String caption, String rowHeading, List<String> columns, List<String> textColumns,
      List<Row> rows, Row total, boolean chart) {

    Table(String id, String caption, String rowHeading, List<String> columns, List<String> textColumns,
        List<Row> rows, boolean chart) {
      this(id, caption, rowHeading, columns, textColumns, rows, null, chart);
    }
  }

  /** A row: its heading, its figures in column order and its texts in text-column order. */
  public record Row(String heading, List<Figure> figures, List<String> texts) {

    static Row of(String heading, Figure figure) {
      return new Row(heading, List.of(figure), List.of());
    }
  }

  /** A panel of the page: a heading, an explanation and its tables. */
  public record Panel(String id, String heading, String intro, List<Table> tables) {}

  private final SspfFigures sspf;
  private final HomeVisitFigures homeVisits;
  private final SteeringReports steering;
  private final DashboardQueries queries;
  private final DashboardSettings settings;
  private final Labels labels;

  SspfPanels(SspfFigures sspf, HomeVisitFigures homeVisits, SteeringReports steering, DashboardQueries queries,
      DashboardSettings settings, Labels labels) {
    this.sspf = sspf;
    this.homeVisits = homeVisits;
    this.steering = steering;
    this.queries = queries;
    this.settings = settings;
    this.labels = labels;
  }

  /** The panels the viewer may see for the period, in page order; none of another agency's processes for a manager. */
  public List<Panel> panels(DashboardViewer viewer, Period period) {
    Instant from = start(period.from().atDay(1));
    Instant to = start(period.to().plusMonths(1).atDay(1));
    List<Panel> panels = new ArrayList<>();
    if (sees(viewer, SspfArendeProcess.KEY)) {
      panels.add(sspfPanel(viewer, sspf.referrals(from, to)));
    }
    if (sees(viewer, OrosanmalanProcess.KEY)) {
      panels.add(reportPanel(viewer, homeVisits.reportsOfConcern(from, to)));
    }
    if (sees(viewer, LinkopingsmodellenProcess.KEY)) {
      panels.add(visitPanel(viewer, "linkoping", homeVisits.linkoping(from, to), "Tips", null));
    }
    if (sees(viewer, StrangnasmodellenProcess.KEY)) {
      long visits = queries.leadTimes(Set.of(StrangnasmodellenProcess.KEY), null, period.from(), period.to()).stream()
          .filter(t -> STRANGNAS_VISIT_STEP.equals(t.activityId())).mapToLong(DashboardQueries.LeadTime::count).sum();
      panels.add(visitPanel(viewer, "strangnas", homeVisits.strangnas(from, to), "Registrerad oro", visits));
    }
    if (sees(viewer, SspfStyrgruppProcess.KEY)) {
      panels.add(steeringPanel(viewer, period));
    }
    return panels;
  }

  /** Does the viewer see the panel of this process: its home agency among the viewer's agencies? */
  boolean sees(DashboardViewer viewer, String processKey) {
    return viewer.agencies().contains(settings.homeAgencyOf(processKey));
  }

  private Panel sspfPanel(DashboardViewer viewer, SspfFigures.Referrals r) {
    List<Table> tables = new ArrayList<>();
    tables.add(new Table("sspf-korthet", "SSPF i korthet", "Ärenden", List.of("Antal"), List.of(), List.of(
        Row.of("Aktualiserade under perioden", Figure.count(r.referred(), viewer)),
        Row.of("Avslutade under perioden", Figure.count(r.closed(), viewer)),
        Row.of("Pågående just nu", Figure.count(r.openNow(), viewer))), false));
    tables.add(distribution("sspf-kalla", "Aktualiseringar per aktualiserande myndighet", "Aktualiserande myndighet",
        "Aktualiseringar", r.bySource(), this::agencyName, viewer, true));
    tables.add(distribution("sspf-avslut", "Avslutade ärenden per skäl", "Skäl för avslut", "Avslutade",
        r.byClosureReason(), c -> labels.label(Labels.CLOSURE_REASON, c), viewer, true));
    tables.add(new Table("sspf-samtycke", "Samtycket", "Samtycke", List.of("Ärenden"), List.of(), List.of(
        Row.of("Samtycke lämnat", Figure.count(r.consentGiven(), viewer)),
        Row.of("Samtycke nekat", Figure.count(r.consentRefused(), viewer)),
        Row.of("Samtycket kom inte in i tid", Figure.count(r.consentNotObtained(), viewer)),
        Row.of("Samtycket återkallat", Figure.count(r.consentWithdrawn(), viewer))), false));
    tables.add(distribution("sspf-alder", "Ålder vid aktualiseringen", "Åldersgrupp", "Aktualiseringar",
        r.ageBands(), SspfPanels::ageBandName, viewer, true));
    return new Panel("sspf", "SSPF: aktualiseringar, samtycke och avslut",
        "Aktualiseringar och åldersgrupper räknas till den månad ärendet öppnades, avslut till den månad det avslutades. "
            + "”Samtycke lämnat” är ärenden där ett samtycke registrerades under perioden; nekat, ej inkommet och "
            + "återkallat är ärenden som avslutades av det skälet.", tables);
  }

  private Panel reportPanel(DashboardViewer viewer, HomeVisitFigures.ReportFigures r) {
    List<Table> tables = new ArrayList<>();
    tables.add(distribution("oro-anmalare", "Mottagna orosanmälningar per anmälande myndighet", "Anmälande myndighet",
        "Mottagna", r.byReporter(), this::agencyName, viewer, true));
    tables.add(new Table("oro-bedomning", "Bedömningar, beslut och återkoppling", "Under perioden", List.of("Antal"),
        List.of(), List.of(
        Row.of("Skyddsbedömningar gjorda", Figure.count(r.assessed(), viewer)),
        Row.of("Förhandsbedömning: utredning inleds", Figure.count(r.opened(), viewer)),
        Row.of("Förhandsbedömning: ingen utredning inleds", Figure.count(r.notOpened(), viewer)),
        Row.of("Återkoppling lämnad till anmälaren", Figure.count(r.feedbackGiven(), viewer)),
        Row.of("Pågående orosanmälningar just nu", Figure.count(r.openNow(), viewer))), false));
    return new Panel("orosanmalan", labels.processName(OrosanmalanProcess.KEY),
        "Mottagna räknas till den månad anmälan kom in; bedömningar, beslut och återkoppling till den månad de "
            + "gjordes.", tables);
  }

  private Panel visitPanel(DashboardViewer viewer, String id, HomeVisitFigures.VisitFigures v, String registered,
      Long visitsDocumented) {
    List<Row> done = new ArrayList<>();
    if (LinkopingsmodellenProcess.KEY.equals(v.processKey())) {
      done.add(Row.of("Hembesök planerade", Figure.count(v.steps().getOrDefault(HomeVisitFigures.VISIT_PLANNED, 0L),
          viewer)));
      done.add(Row.of("Hembesök gjorda", Figure.count(v.steps().getOrDefault(HomeVisitFigures.VISIT_MADE, 0L),
          viewer)));
    } else {
      done.add(Row.of("Vårdnadshavarna kontaktade", Figure.count(v.steps().getOrDefault(
          HomeVisitFigures.GUARDIANS_CONTACTED, 0L), viewer)));
      done.add(Row.of("Orosbesök dokumenterade", Figure.count(visitsDocumented == null ? 0 : visitsDocumented,
          viewer)));
    }
    done.add(Row.of("Pågående just nu", Figure.count(v.openNow(), viewer)));
    List<Table> tables = new ArrayList<>();
    tables.add(distribution(id + "-registrerat", registered + " per registrerande myndighet",
        "Registrerande myndighet", registered, v.byRegistrar(), this::agencyName, viewer, false));
    tables.add(new Table(id + "-gjort", "Vad som gjorts", "Under perioden", List.of("Ärenden"), List.of(), done,
        false));
    tables.add(distribution(id + "-utfall", "Utfall: avslutade ärenden per skäl", "Utfall", "Avslutade",
        v.outcomes(), c -> labels.label(Labels.CLOSURE_REASON, c), viewer, true));
    return new Panel(id, labels.processName(v.processKey()),
        "Registrerade räknas till den månad ärendet öppnades, utfallet till den månad det avslutades"
            + (visitsDocumented != null ? "; orosbesöken till den månad socialtjänstens dokumentation av besöket "
            + "blev klar." : "."), tables);
  }

  private Panel steeringPanel(DashboardViewer viewer, Period period) {
    List<SteeringReports.QuarterReport> reports = steering.history(
        SteeringReports.quarterOf(period.from().atDay(1)), SteeringReports.quarterOf(period.to().atDay(1)));
    List<Row> rows = new ArrayList<>();
    Figure previous = null;
    for (SteeringReports.QuarterReport q : reports) {
      Figure created = Figure.count(q.newCases(), viewer);
      Figure closed = Figure.count(q.closedCases(), viewer);
      rows.add(new Row(quarterName(q.period()), List.of(created, closed), List.of(
          change(previous, created),
          q.decided() ? labels.label("resourceDecision", q.resourceDecision()) : "Inget beslut ännu",
          q.decisionText() == null ? "" : q.decisionText())));
      previous = created;
    }
    Table table = new Table("styrgrupp-kvartal", "Kvartalsrapporterna och styrgruppens beslut", "Kvartal",
        List.of("Nya ärenden", "Avslutade ärenden"), List.of("Nya ärenden mot kvartalet före", "Resurser", "Beslut"),
        rows, true);
    return new Panel("styrgrupp", "Styrgruppens kvartalsrapporter och beslut",
        "Varje kvartal under perioden som har en rapport: nya och avslutade SSPF-ärenden enligt rapporten och "
            + "styrgruppens beslut om resurser, med beslutets text.", List.of(table));
  }

  /** The change of new cases from the quarter before, only where both figures are shown. */
  private static String change(Figure previous, Figure current) {
    if (previous == null || previous.value() == null || current.value() == null) {
      return "–";
    }
    long d = current.value() - previous.value();
    return d > 0 ? "+" + Figure.number(d) : d < 0 ? "−" + Figure.number(-d) : "oförändrat";
  }

  /**
   * Counts per code as a table with a total: the codes in words, the counts as one row for the suppression (so that a
   * hidden count is not given back by the total less the shown ones).
   */
  private Table distribution(String id, String caption, String rowHeading, String column, Map<String, Long> counts,
      java.util.function.Function<String, String> words, DashboardViewer viewer, boolean chart) {
    List<String> codes = new ArrayList<>(counts.keySet());
    List<Long> values = codes.stream().map(counts::get).toList();
    List<Figure> figures = Figure.row(values, viewer);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      rows.add(Row.of(words.apply(codes.get(i)), figures.get(i)));
    }
    Row total = rows.isEmpty() ? null
        : Row.of("Totalt", Figure.count(values.stream().mapToLong(Long::longValue).sum(), viewer));
    return new Table(id, caption, rowHeading, List.of(column), List.of(), rows, total, chart && rows.size() > 1);
  }

  /** The agency's name as a row heading: "Skolan", "Polisen". */
  private String agencyName(String agency) {
    String name = labels.agencyName(agency);
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  static String ageBandName(String band) {
    return switch (band) {
      case "-12" -> "12 år eller yngre";
      case "13-15" -> "13–15 år";
      case "16-" -> "16 år eller äldre";
      default -> "Okänd ålder";
    };
  }

  /** "2026-K3" → "3:e kvartalet 2026". */
  static String quarterName(String period) {
    String[] ordinal = {"1:a", "2:a", "3:e", "4:e"};
    int q = Integer.parseInt(period.substring(6));
    return ordinal[q - 1] + " kvartalet " + period.substring(0, 4);
  }

  private static Instant start(java.time.LocalDate day) {
    return day.atStartOfDay(ZoneId.systemDefault()).toInstant();
  }
}
