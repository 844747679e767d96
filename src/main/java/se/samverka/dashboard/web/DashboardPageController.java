package se.samverka.dashboard.web;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.samverka.dashboard.DashboardAccess;
import se.samverka.dashboard.DashboardPanels;
import se.samverka.dashboard.DashboardProcesses;
import se.samverka.dashboard.DashboardQueries;
import se.samverka.dashboard.DashboardViewer;
import se.samverka.dashboard.Figure;
import se.samverka.dashboard.Period;
import se.samverka.errors.InvalidInput;
import se.samverka.workflow.Labels;

/**
 * The managers' dashboards: {@code /oversikt} (deadlines and workload for the viewer's agencies and period), the lists
 * behind a figure for managers, and each panel as CSV. Who sees what is decided by {@link DashboardAccess}.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class DashboardPageController {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

  private final DashboardAccess access;
  private final DashboardPanels panels;
  private final DashboardProcesses processes;
  private final Labels labels;

  DashboardPageController(DashboardAccess access, DashboardPanels panels, DashboardProcesses processes,
      Labels labels) {
    this.access = access;
    this.panels = panels;
    this.processes = processes;
    this.labels = labels;
  }

  @GetMapping("/oversikt")
  String overview(@ModelAttribute(PeriodFilter.MODEL) PeriodFilter filter, Model model,
      jakarta.servlet.http.HttpServletResponse response) {
    DashboardViewer viewer = access.require(filter.whole());
    Period period = filter.apply("/oversikt", viewer, access.hasBothViews(), model, response);
    String agency = filter.myndighet();
    Set<String> scope;
    try {
      scope = panels.scope(viewer, agency);
    } catch (InvalidInput e) {
      // The page again with every agency the viewer sees and the error at the filter, not an error page.
      PeriodFilter.refuse(e, model, response);
      scope = viewer.agencies();
      agency = null;
    }
    model.addAttribute("myndighet", agency);
    model.addAttribute("omfang", scopeLabel(viewer, scope));
    model.addAttribute("myndigheter", panels.agencyChoices(viewer));
    model.addAttribute("lagen", DashboardPanels.STATE_HEADINGS);
    model.addAttribute("tidsfrister", panels.deadlines(viewer, scope, period));
    // Managers only: the per-kind totals of breaches share a margin with the per-month table (SharedMargin).
    model.addAttribute("orsaker", viewer.suppresses() ? null : panels.breachReasons(viewer, scope, period));
    model.addAttribute("orsaksrubriker", DashboardPanels.REASON_HEADINGS);
    model.addAttribute("belastning", panels.workload(viewer, scope));
    model.addAttribute("per", filter.weekly() ? "vecka" : null);
    model.addAttribute("floden", processes.flow(viewer, scope, period, filter.weekly()));
    return "oversikt";
  }

  @GetMapping("/oversikt/process/{key}")
  String process(@PathVariable("key") String key, @ModelAttribute(PeriodFilter.MODEL) PeriodFilter filter,
      Model model) {
    DashboardViewer viewer = access.require(filter.whole());
    Period period = filter.period();
    String agency = filter.myndighet();
    Set<String> scope = panels.scope(viewer, agency);
    model.addAttribute("viewer", viewer);
    model.addAttribute("period", period);
    model.addAttribute("omfang", scopeLabel(viewer, scope));
    model.addAttribute("namn", labels.processName(key));
    model.addAttribute("bild", processes.picture(viewer, scope, key, period));
    model.addAttribute("tillbaka", "/oversikt?fran=" + period.from() + "&till=" + period.to()
        + (agency == null || agency.isBlank() ? "" : "&myndighet=" + agency)
        + (filter.vy() == null ? "" : "&vy=helhet"));
    return "oversikt-process";
  }

  @GetMapping("/oversikt/process/{key}/steg/{step}")
  String casesAtStep(@PathVariable("key") String key, @PathVariable("step") String step,
      @RequestParam(name = "efter", required = false) String after, Model model) {
    DashboardViewer viewer = access.require();
    var page = processes.casesAt(viewer, viewer.agencies(), key, step, cursor(after));
    model.addAttribute("namn", labels.processName(key));
    model.addAttribute("steg", processes.stepName(key, step));
    model.addAttribute("sida", page);
    model.addAttribute("time", DAY);
    model.addAttribute("nasta", page.next() == null ? null : "/oversikt/process/" + key + "/steg/" + step + "?efter="
        + page.next().since().toEpochMilli() + "~" + page.next().activityInstanceId());
    model.addAttribute("tillbaka", "/oversikt/process/" + key);
    return "oversikt-steg";
  }

  @GetMapping(value = "/oversikt/floden.csv")
  ResponseEntity<byte[]> flowCsv(@ModelAttribute(PeriodFilter.MODEL) PeriodFilter filter) {
    DashboardViewer viewer = access.require(filter.whole());
    Period period = filter.period();
    var panel = processes.flow(viewer, panels.scope(viewer, filter.myndighet()), period, filter.weekly());
    Csv csv = new Csv();
    csv.row(List.of("Process", "Startade", "Avslutade", "Avbrutna", "Pågående nu", "Ledtid, median",
        "Ledtid, 90:e percentilen"));
    panel.processes().forEach(r -> csv.row(List.of(r.name(), r.started().text(), r.completed().text(),
        r.cancelled().text(), r.open().text(), r.median().text(), r.p90().text())));
    csv.row(List.of());
    csv.row(List.of(panel.weekly() ? "Vecka" : "Månad", "Startade", "Avslutade", "Avbrutna"));
    panel.periods().forEach(r -> csv.row(List.of(r.start().toString(), r.started().text(), r.completed().text(),
        r.cancelled().text())));
    return csv.answer("floden-" + period.from() + "-" + period.to() + ".csv");
  }

  /** The cursor of the next page of a step's cases, as the page's link carries it: epoch milliseconds ~ id. */
  private static DashboardQueries.Cursor cursor(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    int tilde = text.indexOf('~');
    if (text.length() > 120 || tilde < 1) {
      throw new InvalidInput("Okänd sida i listan: börja om från första sidan");
    }
    try {
      return new DashboardQueries.Cursor(java.time.Instant.ofEpochMilli(Long.parseLong(text.substring(0, tilde))),
          text.substring(tilde + 1));
    } catch (NumberFormatException e) {
      throw new InvalidInput("Okänd sida i listan: börja om från första sidan");
    }
  }

  @GetMapping("/oversikt/tidsfrister")
  String deadlinesBehind(@RequestParam(name = "manad") String month, @RequestParam(name = "slag", required = false) String kind,
      @RequestParam(name = "lage") String state, Model model) {
    DashboardViewer viewer = access.require();
    YearMonth ym = PeriodFilter.parse(month, month).from();
    var entries = panels.deadlinesBehind(viewer, viewer.agencies(), kind, ym, state);
    model.addAttribute("manad", Period.monthName(ym));
    model.addAttribute("slag", kind == null ? "alla slag" : panels.kindName(kind));
    model.addAttribute("lage", DashboardPanels.STATE_HEADINGS.get(se.samverka.cases.DeadlineStatistics.State.parse(state)));
    model.addAttribute("poster", entries);
    model.addAttribute("day", DAY);
    model.addAttribute("labels", labels);
    model.addAttribute("tillbaka", "/oversikt?fran=" + ym + "&till=" + ym);
    return "oversikt-tidsfrister";
  }

  @GetMapping(value = "/oversikt/tidsfrister.csv")
  ResponseEntity<byte[]> deadlinesCsv(@ModelAttribute(PeriodFilter.MODEL) PeriodFilter filter) {
    DashboardViewer viewer = access.require(filter.whole());
    Period period = filter.period();
    var panel = panels.deadlines(viewer, panels.scope(viewer, filter.myndighet()), period);
    Csv csv = new Csv();
    List<String> header = new ArrayList<>(List.of("Månad", "Tidsfrist"));
    header.addAll(DashboardPanels.STATE_HEADINGS.values());
    header.addAll(List.of("Totalt", "Förlängda"));
    csv.row(header);
    panel.byMonth().forEach(r -> csv.row(cells(List.of(r.month().toString(), r.kindName()), r.counts(), r.total(),
        r.extended())));
    csv.row(List.of());
    if (viewer.suppresses()) {
      // The per-group table with its totals only, as on the page (SharedMargin).
      header = new ArrayList<>(List.of("Månad", "Tidsfrist", "Totalt"));
    }
    header.set(0, "Grupp");
    csv.row(header);
    panel.byGroup().forEach(r -> csv.row(cells(List.of(r.groupName(), r.kindName()), r.counts(), r.total(),
        r.extended())));
    breachReasonsCsv(csv, viewer, panels.scope(viewer, filter.myndighet()), period);
    return csv.answer("tidsfrister-" + period.from() + "-" + period.to() + ".csv");
  }

  /** The breached deadlines per kind and recorded reason, after the other tables; managers only (see the page). */
  private void breachReasonsCsv(Csv csv, DashboardViewer viewer, Set<String> scope, Period period) {
    if (viewer.suppresses()) {
      return;
    }
    csv.row(List.of());
    List<String> reasons = new ArrayList<>(List.of("Överskridna per orsak", "Tidsfrist"));
    reasons.addAll(DashboardPanels.REASON_HEADINGS);
    reasons.add("Totalt");
    csv.row(reasons);
    panels.breachReasons(viewer, scope, period).forEach(r -> {
      List<String> cells = new ArrayList<>(List.of("", r.kindName() != null ? r.kindName() : r.kind()));
      r.counts().forEach(f -> cells.add(f.text()));
      cells.add(r.total().text());
      csv.row(cells);
    });
  }

  @GetMapping(value = "/oversikt/belastning.csv")
  ResponseEntity<byte[]> workloadCsv(@ModelAttribute(PeriodFilter.MODEL) PeriodFilter filter) {
    DashboardViewer viewer = access.require(filter.whole());
    var panel = panels.workload(viewer, panels.scope(viewer, filter.myndighet()));
    Csv csv = new Csv();
    csv.row(List.of("Grupp", "Öppna uppgifter", "Försenade uppgifter"));
    panel.groups().forEach(r -> csv.row(List.of(r.name(), r.open().text(), r.overdue().text())));
    if (!panel.persons().isEmpty()) {
      csv.row(List.of());
      csv.row(List.of("Handläggare", "Öppna uppgifter", "Försenade uppgifter"));
      panel.persons().forEach(r -> csv.row(List.of(r.name(), r.open().text(), r.overdue().text())));
    }
    return csv.answer("arbetsbelastning-" + PeriodFilter.currentMonth() + ".csv");
  }

  private static List<String> cells(List<String> first, List<Figure> counts, Figure total, Figure extended) {
    List<String> cells = new ArrayList<>(first);
    counts.forEach(f -> cells.add(f.text()));
    cells.add(total.text());
    if (extended != null) {
      cells.add(extended.text());
    }
    return cells;
  }

  private String scopeLabel(DashboardViewer viewer, Set<String> scope) {
    if (!viewer.manager() && scope.size() > 1) {
      return "alla myndigheter";
    }
    return String.join(", ", scope.stream().sorted().map(labels::agencyName).toList());
  }


  /**
   * CSV as Swedish spreadsheets read it: semicolons (the comma is the decimal sign), UTF-8 with a byte-order mark so
   * that å, ä and ö survive, every cell quoted, and a cell that a spreadsheet would take for a formula made text.
   */
  static final class Csv {
    private final StringBuilder text = new StringBuilder("\uFEFF");

    void row(List<String> cells) {
      text.append(String.join(";", cells.stream().map(Csv::cell).toList())).append("\r\n");
    }

    private static String cell(String value) {
      String v = value == null ? "" : value.replace('\u00a0', ' ');
      if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
        v = "'" + v;
      }
      return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    ResponseEntity<byte[]> answer(String filename) {
      return ResponseEntity.ok()
          .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
          .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
          .body(text.toString().getBytes(StandardCharsets.UTF_8));
    }
  }
}
