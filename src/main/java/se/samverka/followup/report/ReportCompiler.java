package se.samverka.followup.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.agreement.Agreement;
import se.samverka.agreement.Agreements;
import se.samverka.agreement.District;
import se.samverka.dashboard.DashboardAccess;
import se.samverka.dashboard.DashboardPanels;
import se.samverka.dashboard.DashboardProcesses;
import se.samverka.dashboard.DashboardQueries;
import se.samverka.dashboard.DashboardViewer;
import se.samverka.dashboard.Figure;
import se.samverka.dashboard.LicensingPanel;
import se.samverka.dashboard.Period;
import se.samverka.dashboard.SspfPanels;
import se.samverka.followup.LocalBraMeetings;
import se.samverka.followup.analysis.AnalysisFigures;
import se.samverka.followup.est.EstPeriods;
import se.samverka.followup.est.EstVeckaProcess;
import se.samverka.followup.est.persistence.EstRepository;
import se.samverka.followup.report.ReportContent.Cell;
import se.samverka.followup.report.ReportContent.Row;
import se.samverka.followup.report.ReportContent.Section;
import se.samverka.followup.report.ReportContent.Table;
import se.samverka.followup.report.persistence.ReportRepository;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.Labels;

/**
 * Compiles the follow-up report of a period ({@code bra-uppfoljning}) from the system's own data, read-only: the
 * agreement in force in the period (its priority areas and activities, what was planned), what the activities' processes
 * did (the dashboards' flow read model), SSPF, home visits, reports of concern and their deadlines, supervisions and
 * sanctions, AAS and KMK and the lead times (the dashboards' panels through a full-figure viewer, so that every figure
 * equals what the dashboards show), EST's actions and trends per district and category, local BRÅ's meetings and
 * questions, and the seven supplementary inputs of the lägesbild in the agreement's order: those the system holds
 * filled in, the others as uploaded for the period (the latest upload of each). Every count is a {@link Cell#count}, so
 * the public summary can hide those below 5; medians, shares and trends are text. Reads only the read models and the
 * owning modules' services, never the engine's history tables.
 */
@Service
@Transactional(readOnly = true)
public class ReportCompiler {

  /** The user id the figures are read for (the dashboards' full-figure viewer); never a page's user. */
  static final String VIEWER = "bra-uppfoljning";
  public static final String NOT_UPLOADED = "Inte uppladdat för perioden";
  public static final String FROM_SAMVERKA = "Ifyllt från Samverka";
  public static final String NO_PROCESS = "Ingen process i Samverka: genomförs och följs upp utanför systemet";
  public static final String NOT_DEPLOYED = "Processen finns inte i Samverka ännu";
  public static final String INCREASES = "Ökar";
  public static final String DECREASES = "Minskar";
  public static final String UNCHANGED = "Oförändrat";
  /** In how many distinct weeks of the period a place must be reported to be listed as recurring. */
  static final int RECURRING_WEEKS = 3;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd")
      .withZone(ZoneId.systemDefault());

  private final Agreements agreements;
  private final DashboardAccess access;
  private final DashboardQueries queries;
  private final DashboardProcesses processes;
  private final DashboardPanels deadlines;
  private final SspfPanels sspfPanels;
  private final LicensingPanel licensingPanel;
  private final EstPeriods est;
  private final LocalBraMeetings bra;
  private final ReportRepository repository;
  private final Labels labels;

  ReportCompiler(Agreements agreements, DashboardAccess access, DashboardQueries queries,
      DashboardProcesses processes, DashboardPanels deadlines, SspfPanels sspfPanels, LicensingPanel licensingPanel,
      EstPeriods est, LocalBraMeetings bra, ReportRepository repository, Labels labels) {
    this.agreements = agreements;
    this.access = access;
    this.queries = queries;
    this.processes = processes;
    this.deadlines = deadlines;
    this.sspfPanels = sspfPanels;
    this.licensingPanel = licensingPanel;
    this.est = est;
    this.bra = bra;
    this.repository = repository;
    this.labels = labels;
  }

  /** The report of the period, compiled from the data as it is now; writes nothing. */
  public ReportContent compile(ReportPeriod period) {
    Optional<Agreement> covering = agreements.forPeriodContaining(period.to())
        .or(() -> agreements.forPeriodContaining(period.from()));
    Agreement agreement = covering.orElseGet(() -> agreements.inForce(period.to()));
    Figures f = new Figures(period, agreement);
    List<Section> sections = new ArrayList<>();
    sections.add(about(f, covering.isPresent()));
    for (Agreement.PriorityArea area : agreement.priorityAreas()) {
      sections.add(area(f, area));
    }
    sections.add(sspf(f));
    sections.add(licensing(f));
    sections.add(estActions(f));
    sections.add(leadTimes(f));
    sections.add(estTrends(f));
    sections.add(localBra(f));
    sections.add(inputs(f));
    return new ReportContent("Uppföljning av samverkansöverenskommelsen, " + period.label(), period.code(),
        period.from(), period.to(), agreement.title() + " (" + agreement.periodLabel() + ")", EngineClock.now(),
        sections);
  }

  /** What the sections share: the period's figures read once. */
  private final class Figures {
    final ReportPeriod period;
    final ReportPeriod previous;
    final Agreement agreement;
    final DashboardViewer viewer;
    final Period months;
    final Map<String, long[]> flow;
    final Map<String, long[]> flowBefore;
    final List<SspfPanels.Panel> sspf;
    final LicensingPanel.Panel licensing;
    final List<String> weeks;
    final List<EstRepository.Action> actions;
    final List<DashboardPanels.DeadlineRow> deadlineRows;
    final Map<String, String> districtNames = new LinkedHashMap<>();

    Figures(ReportPeriod period, Agreement agreement) {
      this.period = period;
      this.previous = period.previous();
      this.agreement = agreement;
      this.viewer = access.fullFigures(VIEWER);
      this.months = new Period(period.firstMonth(), period.lastMonth());
      Set<String> keys = new LinkedHashSet<>();
      agreement.priorityAreas().forEach(a -> a.activities().forEach(act -> keys.addAll(deployed(act))));
      this.flow = flow(keys, period);
      this.flowBefore = flow(keys, previous);
      this.sspf = sspfPanels.panels(viewer, months);
      this.licensing = licensingPanel.panel(viewer, months);
      this.weeks = period.estWeeks();
      this.actions = est.actionsDecidedIn(weeks);
      this.deadlineRows = deadlines.deadlines(viewer, viewer.agencies(), months).byMonth();
      agreement.districts().forEach(d -> districtNames.put(d.code(), d.name()));
    }

    String districtName(String code) {
      return code == null ? "Hela kommunen" : districtNames.getOrDefault(code, code);
    }

    /** A count of a converted dashboard table (its row by heading), 0 when the table or row is not there. */
    long sspfCount(String tableId, String rowHeading) {
      return sspf.stream().flatMap(p -> p.tables().stream()).filter(t -> t.id().equals(tableId))
          .flatMap(t -> t.rows().stream()).filter(r -> r.heading().equals(rowHeading)).findFirst()
          .map(r -> r.figures().get(0).value()).orElse(0L);
    }

    long sspfTotal(String tableId) {
      return sspf.stream().flatMap(p -> p.tables().stream()).filter(t -> t.id().equals(tableId))
          .filter(t -> t.total() != null).findFirst().map(t -> t.total().figures().get(0).value()).orElse(0L);
    }
  }

  /** Starts, completions and cancellations per process in the period, from the dashboards' flow read model. */
  private Map<String, long[]> flow(Set<String> keys, ReportPeriod period) {
    Map<String, long[]> sums = new LinkedHashMap<>();
    if (keys.isEmpty()) {
      return sums;
    }
    queries.flow(keys, null, period.from(), period.to(), DashboardQueries.Period.MONTH).forEach(p -> {
      long[] s = sums.computeIfAbsent(p.processKey(), k -> new long[3]);
      s[0] += p.started();
      s[1] += p.completed();
      s[2] += p.cancelled();
    });
    return sums;
  }

  /** The activity's processes that have a model (the agreement may name one still to come). */
  private List<String> deployed(Agreement.Activity activity) {
    return activity.processes().stream().filter(key -> labels.has(Labels.PROCESS, key)).toList();
  }

  // --- about ------------------------------------------------------------------------------------------------------

  private Section about(Figures f, boolean covered) {
    String agreementText = covered ? "Överenskommelsen som gäller perioden: " + f.agreement.title() + " ("
        + f.agreement.periodLabel() + ")."
        : "Ingen överenskommelse gäller hela perioden; rapporten följer den som gällde vid periodens slut: "
            + f.agreement.title() + " (" + f.agreement.periodLabel() + ").";
    String text = "Rapporten avser " + f.period.label() + " (" + f.period.from() + " – " + f.period.to() + ") och "
        + "jämförs med " + f.previous.label() + ". " + agreementText + " Samverka har sammanställt den ur sina egna "
        + "uppgifter: processernas flöden och ledtider och siffrorna på översikterna (samma siffror som cheferna och "
        + "styrgruppen ser där, här utan att små antal döljs), EST-rapporteringen, de lokala BRÅ-mötena och de "
        + "underlag som laddats upp för perioden. Rapporten innehåller inga personuppgifter. I den offentliga "
        + "sammanfattningen visas antal under 5 som ”färre än 5”.";
    List<Row> rows = new ArrayList<>();
    rows.add(Row.of("Period", Cell.text(f.period.label() + " (" + f.period.from() + " – " + f.period.to() + ")")));
    rows.add(Row.of("Jämförs med", Cell.text(f.previous.label() + " (" + f.previous.from() + " – " + f.previous.to()
        + ")")));
    rows.add(Row.of("Överenskommelse", Cell.text(f.agreement.title() + " (" + f.agreement.periodLabel() + ")")));
    rows.add(Row.of("Kommun och lokalpolisområde", Cell.text(f.agreement.municipality().name() + ", "
        + f.agreement.policeArea())));
    rows.add(Row.of("EST-veckor i perioden", Cell.text(f.weeks.isEmpty() ? "–" : f.weeks.get(0) + " – "
        + f.weeks.get(f.weeks.size() - 1) + " (" + f.weeks.size() + " veckor)")));
    return new Section("om-rapporten", "Om rapporten", text, List.of(new Table("om-rapporten", "Rapportens period "
        + "och underlag", List.of("Uppgift", "Värde"), rows, null)));
  }

  // --- 1. per priority area ---------------------------------------------------------------------------------------

  private Section area(Figures f, Agreement.PriorityArea area) {
    List<Row> planned = new ArrayList<>();
    List<Row> done = new ArrayList<>();
    List<Row> measures = new ArrayList<>();
    for (Agreement.Activity activity : area.activities()) {
      List<String> parties = new ArrayList<>(activity.responsible().stream().map(labels::groupName).toList());
      parties.addAll(activity.partners());
      planned.add(Row.of(activity.name(), Cell.text(activity.text()), Cell.text(String.join(", ", parties)),
          Cell.text(activity.processes().isEmpty() ? "Ingen" : String.join(", ", activity.processes().stream()
              .map(labels::processName).toList()))));
      List<String> keys = deployed(activity);
      if (activity.processes().isEmpty() || keys.isEmpty()) {
        String why = activity.processes().isEmpty() ? NO_PROCESS : NOT_DEPLOYED;
        done.add(Row.of(activity.name(), Cell.text(why), Cell.text("–"), Cell.text("–"), Cell.text("–"),
            Cell.text("–")));
        continue;
      }
      for (String key : keys) {
        long[] now = f.flow.getOrDefault(key, new long[3]);
        long[] before = f.flowBefore.getOrDefault(key, new long[3]);
        done.add(Row.of(activity.name() + ": " + labels.processName(key), Cell.count(now[0]), Cell.count(now[1]),
            Cell.count(now[2]), Cell.count(before[0]), Cell.text(change(now[0], before[0]))));
        measures(f, key).forEach((measure, n) -> measures.add(Row.of(activity.name(), Cell.text(measure),
            Cell.count(n))));
      }
    }
    List<Table> tables = new ArrayList<>();
    tables.add(new Table("omrade-" + area.number() + "-planerat", "Planerat enligt handlingsplanen",
        List.of("Aktivitet", "Planerat", "Ansvariga", "Processer i Samverka"), planned,
        "Överenskommelsens handlingsplan."));
    tables.add(new Table("omrade-" + area.number() + "-gjort", "Gjort under perioden: ärenden i aktiviteternas "
        + "processer", List.of("Aktivitet och process", "Startade", "Avslutade", "Avbrutna",
        "Startade " + f.previous.label(), "Startade mot perioden före"), done,
        "Processinstanser som startade, avslutades och avbröts under perioden (översikternas flödesmodell). En process "
            + "som bär aktiviteter i flera områden räknas i vart och ett."));
    if (!measures.isEmpty()) {
      tables.add(new Table("omrade-" + area.number() + "-matt", "Vad som gjorts i aktiviteterna",
          List.of("Aktivitet", "Mått", "Antal"), measures, "Samma siffror som i avsnitten om SSPF, tillsyn och EST "
              + "nedan."));
    }
    return new Section("omrade-" + area.number(), "Insatsområde " + area.number() + ": " + area.name(),
        "Vad handlingsplanen anger för området och vad som gjorts under " + f.period.label() + ".", tables);
  }

  /** What an activity's process did beyond its starts and ends, as the later sections count it. */
  private Map<String, Long> measures(Figures f, String key) {
    Map<String, Long> m = new LinkedHashMap<>();
    switch (key) {
      case "sspf-arende" -> {
        m.put("SSPF-ärenden aktualiserade", f.sspfCount("sspf-korthet", "Aktualiserade under perioden"));
        m.put("SSPF-ärenden avslutade", f.sspfCount("sspf-korthet", "Avslutade under perioden"));
      }
      case "linkopingsmodellen" -> m.put("Hembesök gjorda", f.sspfCount("linkoping-gjort",
          "Hembesök gjorda"));
      case "strangnasmodellen" -> m.put("Orosbesök dokumenterade", f.sspfCount("strangnas-gjort",
          "Orosbesök dokumenterade"));
      case "orosanmalan" -> {
        m.put("Orosanmälningar mottagna", f.sspfTotal("oro-anmalare"));
        m.put("Skyddsbedömningar gjorda", f.sspfCount("oro-bedomning", "Skyddsbedömningar gjorda"));
      }
      case "alkoholtillsyn" -> m.put("Genomförda tillsyner", f.licensing.supervisions() == null ? 0
          : f.licensing.supervisions().all().value());
      case "aas-ar" -> {
        m.put("AAS-kurser", f.licensing.courses() == null ? 0 : f.licensing.courses().stream()
            .mapToLong(c -> c.courses().value()).sum());
        m.put("Deltagare i AAS-kurser", f.licensing.courses() == null ? 0 : f.licensing.courses().stream()
            .mapToLong(c -> c.participants().value()).sum());
      }
      case "kmk-ar" -> m.put("KMK-certifieringar", f.licensing.kmk() == null ? 0
          : f.licensing.kmk().figures().get(f.licensing.kmk().figures().size() - 1).value());
      case EstVeckaProcess.KEY -> {
        m.put("EST-insatser beslutade", (long) f.actions.size());
        m.put("EST-insatser genomförda", f.actions.stream().filter(a -> EstVeckaProcess.DONE.equals(a.result()))
            .count());
      }
      default -> { }
    }
    return m;
  }

  // --- 2. SSPF, home visits, reports of concern and deadlines ----------------------------------------------------

  private Section sspf(Figures f) {
    List<Table> tables = new ArrayList<>();
    for (SspfPanels.Panel panel : f.sspf) {
      for (SspfPanels.Table t : panel.tables()) {
        tables.add(table(panel, t));
      }
    }
    tables.add(deadlineTable(f));
    List<DashboardPanels.ReasonRow> reasons = deadlines.breachReasons(f.viewer, f.viewer.agencies(), f.months);
    if (!reasons.isEmpty()) {
      List<String> columns = new ArrayList<>(List.of("Tidsfrist"));
      columns.addAll(DashboardPanels.REASON_HEADINGS);
      columns.add("Totalt");
      List<Row> rows = reasons.stream().map(r -> {
        List<Cell> cells = new ArrayList<>(r.counts().stream().map(ReportCompiler::cell).toList());
        cells.add(cell(r.total()));
        return new Row(r.kindName(), cells, false);
      }).toList();
      tables.add(new Table("tidsfrister-orsaker", "Överskridna tidsfrister per orsak", columns, rows,
          "Tidsfrister med förfallodag i perioden som överskreds (också de som uppfylldes sent), per orsak som "
              + "socialtjänsten angav."));
    }
    return new Section("sspf", "SSPF, hembesök och orosanmälningar", "SSPF-ärenden som aktualiserades och "
        + "avslutades och deras utfall, hembesöken enligt Linköpings- och Strängnäsmodellen, orosanmälningarna och "
        + "de lagstadgade tidsfristerna, och styrgruppens kvartalsrapporter: samma siffror som på översikten ”SSPF "
        + "och hembesök” och ”Lagstadgade tidsfrister” för periodens månader.", tables);
  }

  /** How the dashboards call a figure of today, and what the report, read later, calls it. */
  static final String NOW = "just nu";
  static final String AT_COMPILATION = "när rapporten sammanställdes";

  /**
   * A table of the dashboard's SSPF page as a report table: its counts as counts, its texts as texts, and a figure of
   * "just nu" (open cases) as of the compilation.
   */
  private static Table table(SspfPanels.Panel panel, SspfPanels.Table t) {
    List<String> columns = new ArrayList<>(List.of(t.rowHeading()));
    columns.addAll(t.columns());
    columns.addAll(t.textColumns());
    List<Row> rows = new ArrayList<>(t.rows().stream().map(r -> new Row(r.heading().replace(NOW, AT_COMPILATION),
        cells(r, t), false)).toList());
    if (t.total() != null) {
      rows.add(new Row(t.total().heading(), cells(t.total(), t), true));
    }
    return new Table(t.id(), panel.heading() + ": " + t.caption(), columns, rows, null);
  }

  private static List<Cell> cells(SspfPanels.Row r, SspfPanels.Table t) {
    List<Cell> cells = new ArrayList<>(r.figures().stream().map(ReportCompiler::cell).toList());
    for (int i = 0; i < t.textColumns().size(); i++) {
      cells.add(Cell.text(i < r.texts().size() ? r.texts().get(i) : ""));
    }
    return cells;
  }

  /** A count of the dashboards as a report cell (a full-figure viewer's counts all have their value). */
  private static Cell cell(Figure figure) {
    return figure.value() == null ? Cell.text(figure.text()) : Cell.count(figure.value());
  }

  private Table deadlineTable(Figures f) {
    Map<String, long[]> byKind = new LinkedHashMap<>();
    Map<String, String> names = new HashMap<>();
    for (DashboardPanels.DeadlineRow row : f.deadlineRows) {
      long[] sums = byKind.computeIfAbsent(row.kind(), k -> new long[STATES + 1]);
      names.put(row.kind(), row.kindName());
      for (int i = 0; i < row.counts().size(); i++) {
        sums[i] += value(row.counts().get(i));
      }
      sums[STATES] += row.extended() == null ? 0 : value(row.extended());
    }
    List<String> columns = new ArrayList<>(List.of("Tidsfrist"));
    columns.addAll(DashboardPanels.STATE_HEADINGS.values());
    columns.add("Totalt");
    columns.add("Förlängda");
    List<Row> rows = new ArrayList<>();
    java.text.Collator swedish = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("sv-SE"));
    List<String> kinds = new ArrayList<>(byKind.keySet());
    kinds.sort((a, b) -> swedish.compare(names.getOrDefault(a, a), names.getOrDefault(b, b)));
    kinds.forEach(kind -> {
      long[] sums = byKind.get(kind);
      List<Cell> cells = new ArrayList<>();
      long total = 0;
      for (int i = 0; i < STATES; i++) {
        cells.add(Cell.count(sums[i]));
        total += sums[i];
      }
      cells.add(Cell.count(total));
      cells.add(Cell.count(sums[STATES]));
      rows.add(new Row(names.getOrDefault(kind, kind), cells, false));
    });
    return new Table("tidsfrister", "Lagstadgade tidsfrister för orosanmälningar: hållna och överskridna", columns,
        rows, "Tidsfrister med förfallodag i periodens månader (i bokstavsordning), per läge när rapporten sammanställdes (som på "
            + "översikten, summerat över månaderna).");
  }

  /** The deadline states of the dashboards' tables, in their column order. */
  private static final int STATES = DashboardPanels.STATE_HEADINGS.size();

  /** The column of a deadline state by its heading on the dashboards. */
  private static int state(String heading) {
    int i = List.copyOf(DashboardPanels.STATE_HEADINGS.values()).indexOf(heading);
    if (i < 0) {
      throw new IllegalStateException("Översikternas tidsfrister saknar kolumnen " + heading);
    }
    return i;
  }

  private static long value(Figure figure) {
    return figure.value() == null ? 0 : figure.value();
  }

  // --- supervision, AAS and KMK -----------------------------------------------------------------------------------

  private Section licensing(Figures f) {
    LicensingPanel.Panel p = f.licensing;
    List<Table> tables = new ArrayList<>();
    if (p.supervisions() != null) {
      LicensingPanel.SupervisionPart s = p.supervisions();
      List<String> columns = new ArrayList<>(List.of("Anledning"));
      columns.addAll(LicensingPanel.RESULTS.values());
      columns.add("Totalt");
      List<Row> rows = new ArrayList<>(s.byReason().stream().map(ReportCompiler::row).toList());
      List<Cell> all = new ArrayList<>();
      LicensingPanel.RESULTS.keySet().forEach(k -> all.add(Cell.text("")));
      all.add(cell(s.all()));
      rows.add(new Row("Alla genomförda tillsyner", all, true));
      tables.add(new Table("tillsyn-anledning", "Tillsyner per anledning och resultat", columns, rows,
          "Tillsyner med inspektionsdag i perioden."));
      List<String> kindColumns = new ArrayList<>(columns);
      kindColumns.set(0, "Slag av tillsyn");
      tables.add(new Table("tillsyn-slag", "Tillsyner per slag och resultat", kindColumns, s.byKind().stream()
          .map(ReportCompiler::row).toList(), null));
      List<Row> sanctions = new ArrayList<>();
      List<String> sanctionNames = List.copyOf(LicensingPanel.SANCTIONS.values());
      for (int i = 0; i < sanctionNames.size(); i++) {
        sanctions.add(Row.of(sanctionNames.get(i), cell(s.sanctions().counts().get(i))));
      }
      sanctions.add(Row.total("Totalt", cell(s.sanctions().total())));
      tables.add(new Table("tillsyn-sanktioner", "Nämndens beslut och sanktioner", List.of("Beslut", "Antal"),
          sanctions, "Beslut med beslutsdag i perioden."));
      List<Row> appeals = new ArrayList<>();
      for (int i = 0; i < s.appeals().size(); i++) {
        appeals.add(Row.of(LicensingPanel.APPEAL_HEADINGS.get(i), cell(s.appeals().get(i))));
      }
      tables.add(new Table("tillsyn-overklaganden", "Överklaganden", List.of("Överklaganden", "Antal"), appeals,
          null));
    }
    if (p.plan() != null) {
      tables.add(new Table("tillsynsplan", "Årets tillsynsplan", List.of("Planår", "Planerade besök under året",
          "Planerade till och med periodens slut", "Genomförda", "Ej genomförda av de planerade"), p.plan().stream()
          .map(r -> Row.of(String.valueOf(r.year()), cell(r.planned()), cell(r.dueByEnd()), cell(r.done()),
              cell(r.notDone()))).toList(), null));
    }
    if (p.reports() != null) {
      tables.add(new Table("restaurangrapporter", "Restaurangrapporter mottagna", List.of("Rapporter", "Mottagna"),
          p.reports().stream().map(r -> Row.of(r.label(), cell(r.total()))).toList(), null));
    }
    if (p.courses() != null) {
      tables.add(new Table("aas", "Ansvarsfull alkoholservering (AAS): kurser och deltagare", List.of("År", "Kurser",
          "Deltagare", "Godkända", "Underkända", "Utan resultat"), p.courses().stream().map(c -> Row.of(
          String.valueOf(c.year()), cell(c.courses()), cell(c.participants()), cell(c.results().get(0)),
          cell(c.results().get(1)), cell(c.results().get(2)))).toList(), "Kurser daterade i perioden."));
    }
    if (p.kmk() != null) {
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < p.kmk().figures().size(); i++) {
        rows.add(Row.of(LicensingPanel.KMK_HEADINGS.get(i), cell(p.kmk().figures().get(i))));
      }
      tables.add(new Table("kmk", "Krogar mot knark (KMK)", List.of("Krogar mot knark", "Antal"), rows,
          "Steg i KMK-cykeln som avslutades i perioden och krogar som certifierades."));
    }
    return new Section("tillsyn", "Tillsyn, sanktioner, AAS och KMK", "Alkoholtillsynen, nämndens beslut, "
        + "tillsynsplanen, restaurangrapporterna, AAS och KMK: samma siffror som på översikten ”Alkoholtillsyn, AAS "
        + "och KMK” för periodens månader.", tables);
  }

  private static Row row(LicensingPanel.Row r) {
    List<Cell> cells = new ArrayList<>(r.counts().stream().map(ReportCompiler::cell).toList());
    cells.add(cell(r.total()));
    return new Row(r.label(), cells, false);
  }

  // --- EST actions ------------------------------------------------------------------------------------------------

  private Section estActions(Figures f) {
    Map<String, long[]> byUnit = new LinkedHashMap<>();
    est.units().keySet().forEach(u -> byUnit.put(u, new long[4]));
    for (EstRepository.Action a : f.actions) {
      long[] n = byUnit.computeIfAbsent(a.unit(), k -> new long[4]);
      n[0]++;
      n[a.result() == null ? 3 : EstVeckaProcess.DONE.equals(a.result()) ? 1 : 2]++;
    }
    long[] total = new long[4];
    List<Row> rows = new ArrayList<>();
    byUnit.forEach((unit, n) -> {
      for (int i = 0; i < 4; i++) {
        total[i] += n[i];
      }
      rows.add(Row.of(est.unitName(unit), Cell.count(n[0]), Cell.count(n[1]), Cell.count(n[2]), Cell.count(n[3])));
    });
    rows.add(Row.total("Totalt", Cell.count(total[0]), Cell.count(total[1]), Cell.count(total[2]),
        Cell.count(total[3])));
    return new Section("est-insatser", "EST: beslutade och genomförda insatser", "Insatser som EST-mötena beslutade "
        + "under periodens veckor, per ansvarig enhet, med resultatet som enheten rapporterat.", List.of(new Table(
        "est-insatser", "EST-insatser per ansvarig enhet", List.of("Ansvarig enhet", "Beslutade", "Genomförda",
        "Inte genomförda", "Pågår"), rows, "Veckor " + weekRange(f.weeks) + ".")));
  }

  private static String weekRange(List<String> weeks) {
    return weeks.isEmpty() ? "–" : weeks.get(0) + " – " + weeks.get(weeks.size() - 1);
  }

  // --- lead times -------------------------------------------------------------------------------------------------

  private Section leadTimes(Figures f) {
    List<Row> rows = new ArrayList<>();
    for (DashboardProcesses.FlowRow r : processes.flow(f.viewer, f.viewer.agencies(), f.months, false).processes()) {
      if (value(r.completed()) == 0 && r.median().value() == null) {
        continue;
      }
      rows.add(Row.of(r.name(), cell(r.completed()), Cell.text(r.median().text()), Cell.text(r.p90().text())));
    }
    return new Section("ledtider", "Ledtider", "Hur lång tid processernas ärenden tog från start till avslut, för "
        + "dem som avslutades under periodens månader: samma siffror som på översikten ”Processerna: flöde och "
        + "ledtider”. Medianen och 90:e percentilen är ungefärliga (högst 9 % fel).", List.of(new Table("ledtider",
        "Ledtider för processerna", List.of("Process", "Avslutade", "Ledtid, median", "Ledtid, 90:e percentilen"),
        rows, null)));
  }

  // --- 3. EST trends ----------------------------------------------------------------------------------------------

  private Section estTrends(Figures f) {
    List<String> previousWeeks = f.previous.estWeeks();
    Map<String, Integer> now = estCounts(f.weeks);
    Map<String, Integer> before = estCounts(previousWeeks);
    List<String> districts = new ArrayList<>(f.districtNames.keySet());
    for (String key : concat(now.keySet(), before.keySet())) {
      String d = key.substring(0, key.indexOf('|'));
      if (!districts.contains(d)) {
        districts.add(d);
      }
    }
    List<EstRepository.Category> categories = est.categories();
    String nowLabel = capitalized(f.period.label());
    String beforeLabel = capitalized(f.previous.label());
    List<Row> cells = new ArrayList<>();
    List<Row> totals = new ArrayList<>();
    long all = 0;
    long allBefore = 0;
    for (String d : districts) {
      long inDistrict = 0;
      long inDistrictBefore = 0;
      for (EstRepository.Category c : categories) {
        int n = now.getOrDefault(d + "|" + c.code(), 0);
        int was = before.getOrDefault(d + "|" + c.code(), 0);
        if (n > 0 || was > 0) {
          cells.add(Row.of(f.districtName(d), Cell.text(c.name()), Cell.count(n), Cell.count(was),
              Cell.text(AnalysisFigures.change(n, was))));
        }
        inDistrict += n;
        inDistrictBefore += was;
      }
      totals.add(Row.of(f.districtName(d), Cell.count(inDistrict), Cell.count(inDistrictBefore),
          Cell.text(change(inDistrict, inDistrictBefore))));
      all += inDistrict;
      allBefore += inDistrictBefore;
    }
    totals.add(Row.total("Hela kommunen", Cell.count(all), Cell.count(allBefore), Cell.text(change(all, allBefore))));
    List<Table> tables = new ArrayList<>();
    tables.add(new Table("est-trend", "EST-händelser per kommundel och kategori", List.of("Kommundel", "Kategori",
        nowLabel, beforeLabel, "Utveckling"), cells, "Händelser som enheterna rapporterat under veckorna "
        + weekRange(f.weeks) + " mot veckorna " + weekRange(previousWeeks) + "; kombinationer utan händelser i "
        + "någon av perioderna visas inte."));
    tables.add(new Table("est-kommundel", "EST-händelser per kommundel", List.of("Kommundel", nowLabel, beforeLabel,
        "Utveckling"), totals, null));
    List<Row> places = est.recurringPlaces(f.weeks, RECURRING_WEEKS).stream().map(p -> Row.of(p.place(),
        Cell.text(f.districtName(p.district())), Cell.count(p.weeks()), Cell.count(p.incidents()))).toList();
    tables.add(new Table("est-platser", "Platser som rapporterats i minst " + RECURRING_WEEKS + " veckor",
        List.of("Plats", "Kommundel", "Veckor", "Händelser"), places, null));
    List<String> run = est.weeksRun(f.weeks);
    return new Section("est-trender", "EST: utvecklingen per kommundel och kategori", "EST:s gemensamma "
        + "lägesbild under " + f.period.label() + " mot " + f.previous.label() + ": " + run.size() + " av "
        + f.weeks.size() + " EST-veckor genomfördes. ”Ökar”, ”Minskar” och ”Oförändrat” jämför antalet händelser "
        + "med perioden före.", tables);
  }

  private Map<String, Integer> estCounts(List<String> weeks) {
    Map<String, Integer> counts = new TreeMap<>();
    est.counts(weeks).forEach(c -> counts.merge(c.district() + "|" + c.category(), c.count(), Integer::sum));
    return counts;
  }

  private static List<String> concat(Set<String> a, Set<String> b) {
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  static String change(long now, long before) {
    return now > before ? INCREASES : now < before ? DECREASES : UNCHANGED;
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  // --- local BRÅ --------------------------------------------------------------------------------------------------

  private Section localBra(Figures f) {
    List<String> quarters = f.period.quarters();
    List<String> columns = new ArrayList<>(List.of("Kommundel"));
    quarters.forEach(columns::add);
    Map<String, List<Cell>> byDistrict = new LinkedHashMap<>();
    List<Row> questions = new ArrayList<>();
    long[] held = new long[quarters.size()];
    for (int q = 0; q < quarters.size(); q++) {
      for (LocalBraMeetings.DistrictQuarter dq : bra.quarter(quarters.get(q))) {
        List<Cell> cells = byDistrict.computeIfAbsent(dq.district().name(), k -> new ArrayList<>());
        String text = dq.meeting().map(m -> m.held() ? "Möte " + m.meetingDate() : "Inget möte")
            .orElse("Inte registrerat");
        if (dq.meeting().map(LocalBraMeetings.Meeting::held).orElse(false)) {
          held[q]++;
        }
        cells.add(Cell.text(text));
      }
      for (LocalBraMeetings.Question question : bra.questionsRaised(quarters.get(q))) {
        questions.add(Row.of(question.district().name(), Cell.text(quarters.get(q)), Cell.text(question.question())));
      }
    }
    List<Row> rows = new ArrayList<>();
    byDistrict.forEach((district, cells) -> {
      if (cells.size() == quarters.size()) {
        rows.add(new Row(district, cells, false));
      }
    });
    rows.add(new Row("Möten hållna", Arrays.stream(held).mapToObj(Cell::count).toList(), true));
    return new Section("lokala-bra", "Lokala BRÅ: möten och frågor till centrala BRÅ", "Varje kvartal i varje "
        + "kommundel: mötet som hölls eller ”Inget möte”, och frågorna som de lokala BRÅ ställde till centrala BRÅ.",
        List.of(new Table("lokala-bra-moten", "Lokala BRÅ-möten per kommundel och kvartal", columns, rows, null),
            new Table("lokala-bra-fragor", "Frågor till centrala BRÅ", List.of("Kommundel", "Kvartal", "Fråga"),
                questions, null)));
  }

  // --- 4. supplementary inputs ------------------------------------------------------------------------------------

  private Section inputs(Figures f) {
    Map<String, List<Uploaded>> uploads = new LinkedHashMap<>();
    for (ReportPeriod half : f.period.halfYears()) {
      for (ReportRepository.Upload u : repository.uploads(half.code())) {
        uploads.computeIfAbsent(u.inputCode(), k -> new ArrayList<>()).add(new Uploaded(half, u));
      }
    }
    List<Row> overview = new ArrayList<>();
    List<Table> details = new ArrayList<>();
    for (Agreement.SupplementaryInput input : f.agreement.supplementaryInputs()) {
      if (input.source() == Agreement.Source.SAMVERKA) {
        overview.add(Row.of(input.name(), Cell.text(input.source().label()), Cell.text(FROM_SAMVERKA)));
        switch (input.code()) {
          case "orosanmalningar" -> details.add(concernReports(f, input));
          case "est-rapportering" -> details.add(estReporting(f, input));
          default -> details.add(new Table("underlag-" + input.code(), input.name(), List.of("Underlag", "Status"),
              List.of(Row.of(input.name(), Cell.text("Samverka har inga siffror för det här underlaget"))), null));
        }
        continue;
      }
      List<Uploaded> of = uploads.getOrDefault(input.code(), List.of());
      List<String> status = new ArrayList<>();
      for (ReportPeriod half : f.period.halfYears()) {
        Optional<Uploaded> u = of.stream().filter(x -> x.half().equals(half)).findFirst();
        String prefix = f.period.isYear() ? capitalized(half.label()) + ": " : "";
        status.add(prefix + u.map(x -> "Uppladdat " + DAY.format(x.upload().uploadedAt()) + " ("
            + x.upload().rows() + " rader)").orElse(NOT_UPLOADED));
        u.ifPresent(x -> details.add(uploaded(f, input, x)));
      }
      overview.add(Row.of(input.name(), Cell.text(input.source().label()), Cell.text(String.join("; ", status))));
    }
    List<Table> tables = new ArrayList<>();
    tables.add(new Table("underlag", "Lägesbildens kompletterande underlag", List.of("Underlag", "Källa", "Status"),
        overview, "I överenskommelsens ordning."));
    tables.addAll(details);
    return new Section("underlag", "Kompletterande underlag till lägesbilden", "De sju underlag som överenskommelsen "
        + "anger: de som Samverka har ifyllda ur systemet, de övriga som de laddats upp för perioden"
        + (f.period.isYear() ? " (för ett år visas vart halvårs uppladdning för sig; värdena summeras inte)" : "")
        + ". Hela tal räknas som antal; värden med decimaler (andelar, index) visas som de är.", tables);
  }

  private record Uploaded(ReportPeriod half, ReportRepository.Upload upload) {}

  /** An uploaded input's figures: one row per measure, one column per district (and the whole municipality). */
  private Table uploaded(Figures f, Agreement.SupplementaryInput input, Uploaded u) {
    List<ReportRepository.Figure> figures = repository.figures(u.upload().id());
    List<String> districts = new ArrayList<>();
    boolean whole = figures.stream().anyMatch(x -> x.district() == null);
    if (whole) {
      districts.add(null);
    }
    f.districtNames.keySet().stream().filter(d -> figures.stream().anyMatch(x -> d.equals(x.district())))
        .forEach(districts::add);
    figures.stream().map(ReportRepository.Figure::district).filter(d -> d != null && !districts.contains(d))
        .distinct().forEach(districts::add);
    Map<String, Map<String, BigDecimal>> byMeasure = new LinkedHashMap<>();
    figures.forEach(x -> byMeasure.computeIfAbsent(x.measure(), k -> new HashMap<>()).put(String.valueOf(
        x.district()), x.value()));
    List<String> columns = new ArrayList<>(List.of("Mått"));
    districts.forEach(d -> columns.add(f.districtName(d)));
    List<Row> rows = new ArrayList<>();
    byMeasure.forEach((measure, values) -> rows.add(new Row(measure, districts.stream().map(d -> {
      BigDecimal v = values.get(String.valueOf(d));
      return v == null ? Cell.text("–") : value(v);
    }).toList(), false)));
    String suffix = f.period.isYear() ? ", " + u.half().label() : "";
    return new Table("underlag-" + input.code() + (f.period.isYear() ? "-" + u.half().code() : ""),
        input.name() + suffix, columns, rows, "Uppladdat " + DAY.format(u.upload().uploadedAt())
        + (u.upload().fileName() == null ? "" : " som " + u.upload().fileName()) + ".");
  }

  /** A whole number is a count (hidden below 5 in the public summary); one with decimals is shown as it is. */
  static Cell value(BigDecimal v) {
    BigDecimal plain = v.stripTrailingZeros();
    if (plain.scale() <= 0) {
      return Cell.count(plain.longValueExact());
    }
    return Cell.text(Numbers.decimal(v));
  }

  private Table concernReports(Figures f, Agreement.SupplementaryInput input) {
    List<Row> rows = new ArrayList<>();
    rows.add(Row.of("Orosanmälningar mottagna", Cell.count(f.sspfTotal("oro-anmalare"))));
    for (String heading : List.of("Skyddsbedömningar gjorda", "Förhandsbedömning: utredning inleds",
        "Förhandsbedömning: ingen utredning inleds", "Återkoppling lämnad till anmälaren")) {
      rows.add(Row.of(heading, Cell.count(f.sspfCount("oro-bedomning", heading))));
    }
    long[] states = new long[STATES];
    for (DashboardPanels.DeadlineRow row : f.deadlineRows) {
      for (int i = 0; i < row.counts().size(); i++) {
        states[i] += value(row.counts().get(i));
      }
    }
    rows.add(Row.of("Tidsfrister uppfyllda i tid (alla slag)", Cell.count(states[state("Uppfyllda i tid")])));
    rows.add(Row.of("Tidsfrister uppfyllda sent (alla slag)", Cell.count(states[state("Uppfyllda sent")])));
    rows.add(Row.of("Tidsfrister överskridna och inte uppfyllda (alla slag)", Cell.count(states[state("Överskridna")])));
    return new Table("underlag-" + input.code(), input.name(), List.of("Under perioden", "Antal"), rows,
        "Ur Samverka: socialtjänstens orosanmälningar och deras lagstadgade tidsfrister (se också avsnittet om SSPF, "
            + "hembesök och orosanmälningar).");
  }

  private Table estReporting(Figures f, Agreement.SupplementaryInput input) {
    List<String> run = est.weeksRun(f.weeks);
    Map<String, long[]> byUnit = new LinkedHashMap<>();
    est.units().keySet().forEach(u -> byUnit.put(u, new long[2]));
    for (EstRepository.UnitReport r : est.unitReports(run)) {
      long[] n = byUnit.computeIfAbsent(r.unit(), k -> new long[2]);
      n[EstPeriods.reported(r) ? 0 : 1]++;
    }
    List<Row> rows = new ArrayList<>();
    byUnit.forEach((unit, n) -> rows.add(Row.of(est.unitName(unit), Cell.count(n[0]), Cell.count(run.size() - n[0]),
        Cell.text(run.isEmpty() ? "–" : Math.round(100.0 * n[0] / run.size()) + " %"))));
    return new Table("underlag-" + input.code(), input.name() + ": rapporteringsgrad per enhet", List.of("Enhet",
        "Veckor med rapport", "Veckor utan rapport", "Rapporteringsgrad"), rows, "Av de " + run.size()
        + " EST-veckor som genomfördes under perioden; ”Inga händelser” räknas som rapport.");
  }
}
