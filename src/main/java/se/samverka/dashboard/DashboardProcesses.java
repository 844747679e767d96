package se.samverka.dashboard;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;
import se.samverka.errors.NotFound;
import se.samverka.workflow.Labels;
import se.samverka.workflow.SystemContext;

/**
 * The processes on the dashboards: their flow (started, completed, cancelled, open, lead time) and each one as a
 * picture with where its cases wait and for how long, from the read models ({@link DashboardQueries}). The deployed
 * diagram is read without the user's engine authorizations: a manager has none on definitions, and a diagram holds
 * no case data.
 */
@Service
public class DashboardProcesses {

  /** How many case numbers one page behind a step shows. */
  public static final int PAGE = 100;

  private final DashboardQueries queries;
  private final DashboardSettings settings;
  private final RepositoryService repository;
  private final SystemContext system;
  private final ProcessDiagram diagram;
  private final Labels labels;

  DashboardProcesses(DashboardQueries queries, DashboardSettings settings, RepositoryService repository,
      SystemContext system, ProcessDiagram diagram, Labels labels) {
    this.queries = queries;
    this.settings = settings;
    this.repository = repository;
    this.system = system;
    this.diagram = diagram;
    this.labels = labels;
  }

  /** The processes the dashboards know (those with a home agency), by name. */
  public Map<String, String> processes() {
    Map<String, String> names = new java.util.TreeMap<>();
    settings.homeAgency().keySet().forEach(key -> names.put(key, labels.processName(key)));
    Map<String, String> byName = new LinkedHashMap<>();
    names.entrySet().stream().sorted(Map.Entry.comparingByValue())
        .forEach(e -> byName.put(e.getKey(), e.getValue()));
    return byName;
  }

  // --- flow -------------------------------------------------------------------------------------------------------

  /** One process over the period: its starts and ends, the open instances now, and its lead time. */
  public record FlowRow(String processKey, String name, Figure started, Figure completed, Figure cancelled,
      Figure open, Figure median, Figure p90) {}

  /** Starts and ends of all the processes per month or per week. */
  public record PeriodRow(LocalDate start, String label, Figure started, Figure completed, Figure cancelled) {}

  public record FlowPanel(List<FlowRow> processes, List<PeriodRow> periods, boolean weekly) {}

  public FlowPanel flow(DashboardViewer viewer, Set<String> scope, Period period, boolean weekly) {
    LocalDate from = period.from().atDay(1);
    LocalDate to = period.to().atEndOfMonth();
    Map<String, long[]> totals = new LinkedHashMap<>();
    Map<LocalDate, long[]> perPeriod = new java.util.TreeMap<>();
    for (var point : queries.flow(null, scope, from, to,
        weekly ? DashboardQueries.Period.WEEK : DashboardQueries.Period.MONTH)) {
      add(totals.computeIfAbsent(point.processKey(), k -> new long[3]), point);
      add(perPeriod.computeIfAbsent(point.periodStart(), k -> new long[3]), point);
    }
    Map<String, Long> open = new LinkedHashMap<>();
    queries.open(null, scope).forEach(o -> open.put(o.processKey(), o.open()));
    Map<String, DashboardQueries.LeadTime> lead = new LinkedHashMap<>();
    queries.leadTimes(null, scope, period.from(), period.to(), DashboardReadModel.PROCESS)
        .forEach(l -> lead.put(l.processKey(), l));
    List<FlowRow> rows = new ArrayList<>();
    for (String key : processes().keySet()) {
      long[] t = totals.getOrDefault(key, new long[3]);
      long openNow = open.getOrDefault(key, 0L);
      var l = lead.get(key);
      if (t[0] + t[1] + t[2] + openNow == 0 && l == null) {
        continue;
      }
      // Started, completed and cancelled are not parts of one total (instances end in other periods than they
      // start), so each is suppressed on its own.
      rows.add(new FlowRow(key, labels.processName(key), Figure.count(t[0], viewer), Figure.count(t[1], viewer),
          Figure.count(t[2], viewer),
          Figure.count(openNow, viewer), Figure.duration(l == null ? null : l.median(), l == null ? 0 : l.count(),
              viewer), Figure.duration(l == null ? null : l.p90(), l == null ? 0 : l.count(), viewer)));
    }
    List<PeriodRow> periods = new ArrayList<>();
    perPeriod.forEach((start, s) -> {
      periods.add(new PeriodRow(start, weekly ? "vecka " + start.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)
          + ", " + start.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR) : Period.monthName(
              java.time.YearMonth.from(start)), Figure.count(s[0], viewer), Figure.count(s[1], viewer),
          Figure.count(s[2], viewer)));
    });
    return new FlowPanel(rows, periods, weekly);
  }

  private static void add(long[] sums, DashboardQueries.FlowPoint point) {
    sums[0] += point.started();
    sums[1] += point.completed();
    sums[2] += point.cancelled();
  }

  // --- the process as a picture -----------------------------------------------------------------------------------

  /** The process's picture with the viewer's figures; 404 for a key the dashboards do not know. */
  public DiagramView picture(DashboardViewer viewer, Set<String> scope, String processKey, Period period) {
    ProcessDefinition definition = definition(processKey);
    var model = system.call(() -> repository.getBpmnModelInstance(definition.getId()));
    Map<String, Long> waiting = new LinkedHashMap<>();
    queries.waiting(List.of(processKey), scope).forEach(w -> waiting.put(w.activityId(), w.cases()));
    Map<String, DashboardQueries.LeadTime> times = new LinkedHashMap<>();
    queries.leadTimes(List.of(processKey), scope, period.from(), period.to()).stream()
        .filter(l -> !DashboardReadModel.PROCESS.equals(l.activityId())).forEach(l -> times.put(l.activityId(), l));
    Map<String, StepFigure> figures = new LinkedHashMap<>();
    java.util.Set<String> steps = new java.util.LinkedHashSet<>(waiting.keySet());
    steps.addAll(times.keySet());
    for (String step : steps) {
      var time = times.get(step);
      // The time of fewer than five passages tells an overview viewer when those cases were there: left out.
      boolean shown = time != null && !(viewer.suppresses() && time.count() < viewer.suppressBelow());
      Duration median = shown ? time.median() : null;
      figures.put(step, StepFigure.of(waiting.getOrDefault(step, 0L), median, shown ? time.p90() : null));
    }
    StepFigure.Heated heated = StepFigure.withHeat(figures);
    Function<String, String> link = viewer.mayList()
        ? step -> "/oversikt/process/" + processKey + "/steg/" + step : null;
    return diagram.view(model, heated.figures(), link, heated.scale(), viewer.suppresses());
  }

  /** The case numbers at one step now (managers only, their own agency's), a page from the cursor. */
  public DashboardQueries.CasePage casesAt(DashboardViewer viewer, Set<String> scope, String processKey,
      String activityId, DashboardQueries.Cursor after) {
    if (!viewer.mayList()) {
      throw new org.springframework.security.access.AccessDeniedException(
          "Ärendenumren bakom siffrorna är till för cheferna, för deras egen myndighet");
    }
    definition(processKey);
    return queries.casesAt(processKey, activityId, scope, after, PAGE);
  }

  /** The name of a step of a process, from its deployed diagram (the id itself if it has none). */
  public String stepName(String processKey, String activityId) {
    ProcessDefinition definition = definition(processKey);
    var model = system.call(() -> repository.getBpmnModelInstance(definition.getId()));
    var element = model.getModelElementById(activityId);
    if (element == null) {
      throw new NotFound("Processen har inget sådant steg");
    }
    String name = element.getAttributeValue("name");
    return name == null || name.isBlank() ? activityId : name.replace('\n', ' ');
  }

  private ProcessDefinition definition(String processKey) {
    if (processKey == null || !settings.homeAgency().containsKey(processKey)) {
      throw new NotFound("Översikten känner ingen sådan process");
    }
    ProcessDefinition definition = system.call(() -> repository.createProcessDefinitionQuery()
        .processDefinitionKey(processKey).latestVersion().singleResult());
    if (definition == null) {
      throw new NotFound("Processen är inte driftsatt");
    }
    return definition;
  }
}
