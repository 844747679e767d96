package se.samverka.dashboard;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import se.samverka.cases.DeadlineStatistics;
import se.samverka.cases.DeadlineStatistics.State;
import se.samverka.errors.InvalidInput;
import se.samverka.security.Agencies;
import se.samverka.tasklist.TaskList;
import se.samverka.workflow.Labels;

/**
 * The dashboards' panels as the viewer may see them: which agencies' work they cover, the figures with small counts
 * suppressed for overview viewers, and the lists behind a figure for managers. Reads the read models only.
 */
@Service
public class DashboardPanels {

  /** The columns of the deadline tables, in order, with their Swedish headings. */
  public static final Map<State, String> STATE_HEADINGS = headings();

  private final Agencies agencies;
  private final DeadlineStatistics deadlines;
  private final TaskList tasks;
  private final Labels labels;
  private final TaskGroups taskGroups;
  private final Duration atRisk;

  DashboardPanels(Agencies agencies, DeadlineStatistics deadlines, TaskList tasks, Labels labels,
      TaskGroups taskGroups) {
    this.agencies = agencies;
    this.deadlines = deadlines;
    this.tasks = tasks;
    this.labels = labels;
    this.taskGroups = taskGroups;
    // "Löper snart ut" means the same here as in the task list.
    this.atRisk = tasks.atRisk();
  }

  /** The agencies a panel covers: the viewer's, or for an overview viewer one chosen among them. */
  public Set<String> scope(DashboardViewer viewer, String agency) {
    if (agency == null || agency.isBlank()) {
      return viewer.agencies();
    }
    if (!viewer.agencies().contains(agency)) {
      throw new InvalidInput("Välj en av de myndigheter som översikten visar");
    }
    return Set.of(agency);
  }

  /** The agencies the viewer may choose between, with their names; empty for a manager (who sees one). */
  public Map<String, String> agencyChoices(DashboardViewer viewer) {
    Map<String, String> choices = new LinkedHashMap<>();
    if (!viewer.manager()) {
      viewer.agencies().stream().sorted().forEach(a -> choices.put(a, labels.agencyName(a)));
    }
    return choices;
  }

  // --- deadlines ------------------------------------------------------------------------------------------------

  /**
   * A row of the deadline figures: per month and kind, or per group and kind; the counts in the order of the states.
   * The per-group table shares its columns with the per-month one ({@link SharedMargin}): for a viewer who suppresses
   * small counts its rows have no counts and no extended figure (null), only their totals.
   */
  public record DeadlineRow(YearMonth month, String monthName, String kind, String kindName, String group,
      String groupName, List<Figure> counts, Figure total, Figure extended) {}

  public record DeadlinePanel(List<DeadlineRow> byMonth, List<DeadlineRow> byGroup) {}

  public DeadlinePanel deadlines(DashboardViewer viewer, Set<String> scope, Period period) {
    Collection<String> groups = agencies.groupsOf(scope);
    List<DeadlineStatistics.Month> months = deadlines.monthly(groups, period.from(), period.to(), atRisk);
    Map<String, long[]> byMonth = new LinkedHashMap<>();
    Map<String, long[]> byGroup = new java.util.TreeMap<>();
    for (DeadlineStatistics.Month m : months) {
      add(byMonth.computeIfAbsent(m.month() + "|" + m.kind() + "|", k -> new long[6]), m);
      add(byGroup.computeIfAbsent("|" + m.kind() + "|" + m.ownerGroup(), k -> new long[6]), m);
    }
    return new DeadlinePanel(rows(byMonth, viewer, true), rows(byGroup, viewer, false));
  }

  /** The deadlines behind one figure (managers only), at most 500. */
  public List<DeadlineStatistics.Entry> deadlinesBehind(DashboardViewer viewer, Set<String> scope, String kind,
      YearMonth month, String state) {
    if (!viewer.mayList()) {
      throw new org.springframework.security.access.AccessDeniedException(
          "Listorna bakom siffrorna är till för cheferna, för deras egen myndighet");
    }
    State parsed = State.parse(state);
    if (parsed == null) {
      throw new InvalidInput("Okänt läge för tidsfristen");
    }
    if (kind != null && !knownKind(kind)) {
      throw new InvalidInput("Okänd sorts tidsfrist");
    }
    return deadlines.behind(agencies.groupsOf(scope), kind, month, parsed, atRisk, 500);
  }

  public String kindName(String kind) {
    return deadlines.kindName(kind);
  }

  private boolean knownKind(String kind) {
    return deadlines.kindName(kind) != null;
  }

  /** The headings of the breach-reason table's columns: each reason in words, then "Ingen orsak angiven". */
  public static final List<String> REASON_HEADINGS = reasonHeadings();

  /** A row of the breach-reason table: a kind of deadline, its breaches per reason (as {@link #REASON_HEADINGS}). */
  public record ReasonRow(String kind, String kindName, List<Figure> counts, Figure total) {}

  /**
   * Breached deadlines per kind and recorded reason, exact, for managers; none for a viewer who suppresses small counts:
   * each kind's breaches (breached and met late, over the period) would be a third margin of the figures that the
   * per-month table already breaks down, so a count hidden there could be derived (see {@code SharedMargin}).
   */
  public List<ReasonRow> breachReasons(DashboardViewer viewer, Set<String> scope, Period period) {
    if (viewer.suppresses()) {
      return List.of();
    }
    return deadlines.breachesByReason(agencies.groupsOf(scope), period.from(), period.to()).stream().map(r -> {
      List<Long> counts = java.util.Arrays.stream(r.counts()).boxed().toList();
      return new ReasonRow(r.kind(), deadlines.kindName(r.kind()), Figure.row(counts, viewer),
          Figure.count(counts.stream().mapToLong(Long::longValue).sum(), viewer));
    }).toList();
  }

  private static List<String> reasonHeadings() {
    List<String> headings = new ArrayList<>();
    for (se.samverka.cases.BreachReason reason : se.samverka.cases.BreachReason.values()) {
      headings.add(reason.label());
    }
    headings.add("Ingen orsak angiven");
    return List.copyOf(headings);
  }

  private static void add(long[] sum, DeadlineStatistics.Month m) {
    for (State s : State.values()) {
      sum[s.ordinal()] += m.count(s);
    }
    sum[5] += m.extended();
  }

  /**
   * The rows of a deadline table, suppressed kind by kind ({@link SharedMargin}): the per-month table in full, the
   * per-group one with its totals only, since a kind's counts per state add up to the same in both.
   */
  private List<DeadlineRow> rows(Map<String, long[]> cells, DashboardViewer viewer, boolean breakdown) {
    Map<String, List<String>> keysByKind = new LinkedHashMap<>();
    cells.keySet().forEach(key -> keysByKind.computeIfAbsent(key.split("\\|", -1)[1], k -> new ArrayList<>()).add(key));
    Map<String, DeadlineRow> byKey = new java.util.HashMap<>();
    keysByKind.values().forEach(keys -> {
      List<long[]> counts = keys.stream().map(key -> Arrays.copyOf(cells.get(key), State.values().length)).toList();
      List<SharedMargin.Line> lines = breakdown ? SharedMargin.breakdown(counts, viewer)
          : SharedMargin.totalsOnly(counts, viewer);
      for (int i = 0; i < keys.size(); i++) {
        String key = keys.get(i);
        SharedMargin.Line line = lines.get(i);
        long extended = cells.get(key)[5];
        Figure extendedFigure = line.counts().isEmpty() ? null
            : line.total().suppressed() ? Figure.count(0, viewer) : Figure.count(extended, viewer);
        String[] k = key.split("\\|", -1);
        YearMonth month = k[0].isEmpty() ? null : YearMonth.parse(k[0]);
        byKey.put(key, new DeadlineRow(month, month == null ? null : Period.monthName(month), k[1],
            deadlines.kindName(k[1]), k[2].isEmpty() ? null : k[2], k[2].isEmpty() ? null : labels.groupName(k[2]),
            line.counts(), line.total(), extendedFigure));
      }
    });
    return cells.keySet().stream().map(byKey::get).toList();
  }

  private static Map<State, String> headings() {
    Map<State, String> h = new LinkedHashMap<>();
    h.put(State.UPPFYLLD, "Uppfyllda i tid");
    h.put(State.UPPFYLLD_SENT, "Uppfyllda sent");
    h.put(State.OVERSKRIDEN, "Överskridna");
    h.put(State.SNART, "Löper snart ut");
    h.put(State.OPPEN, "Öppna");
    return h;
  }

  // --- workload -------------------------------------------------------------------------------------------------

  public record LoadRow(String key, String name, Figure open, Figure overdue) {}

  /**
   * Open and overdue tasks per group of the agencies that receives tasks ({@link TaskGroups}: no empty row for a
   * managers' group that no process routes to), and per person for managers: the most loaded people, and how many
   * people have taken any of the groups' tasks ({@code personsInAll}; more than are shown in a large deployment).
   */
  public record WorkloadPanel(List<LoadRow> groups, List<LoadRow> persons, long personsInAll) {

    /** True when some people who have taken tasks are not in the list (it shows the most loaded). */
    public boolean personsLeftOut() {
      return personsInAll > persons.size();
    }
  }

  public WorkloadPanel workload(DashboardViewer viewer, Set<String> scope) {
    // Per person for managers only: nobody else sees it, so nobody else pays for it.
    TaskList.Workload load = tasks.workload(agencies.groupsOf(scope), viewer.manager());
    Set<String> routed = taskGroups.routed();
    List<LoadRow> groups = load.groups().stream()
        .filter(g -> TaskGroups.receivesTasks(g.group(), g.open().count(), routed))
        .map(g -> new LoadRow(g.group(), labels.groupName(g.group()), Figure.count(g.open(), viewer),
            Figure.count(g.overdue(), viewer))).toList();
    List<LoadRow> persons = viewer.manager() ? load.persons().stream().map(p -> new LoadRow(p.assignee(),
        p.assignee(), Figure.count(p.open(), viewer), Figure.count(p.overdue(), viewer))).toList() : List.of();
    return new WorkloadPanel(groups, persons, viewer.manager() ? load.personsInAll() : 0);
  }
}
