package se.samverka.dashboard.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.samverka.dashboard.DashboardAccess;
import se.samverka.dashboard.DashboardViewer;
import se.samverka.dashboard.Figure;
import se.samverka.dashboard.LicensingPanel;
import se.samverka.dashboard.Period;
import se.samverka.dashboard.PriorityAreaPanel;

/**
 * The follow-up pages of the dashboards: the licensing work ({@code /oversikt/tillsyn}: supervision, AAS, KMK) and the
 * agreement's priority areas ({@code /oversikt/omraden}), each with the period filter of {@code /oversikt} and as CSV.
 * Who sees what is {@link DashboardAccess}'s and the panels' rule; figures only, never a name.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class FollowUpPageController {

  private final DashboardAccess access;
  private final LicensingPanel licensing;
  private final PriorityAreaPanel areas;

  FollowUpPageController(DashboardAccess access, LicensingPanel licensing, PriorityAreaPanel areas) {
    this.access = access;
    this.licensing = licensing;
    this.areas = areas;
  }

  @GetMapping("/oversikt/tillsyn")
  String licensing(@ModelAttribute(PeriodFilter.MODEL) PeriodFilter filter, Model model,
      jakarta.servlet.http.HttpServletResponse response) {
    DashboardViewer viewer = access.require(filter.whole());
    Period period = filter.apply("/oversikt/tillsyn", viewer, access.hasBothViews(), model, response);
    model.addAttribute("panel", licensing.panel(viewer, period));
    model.addAttribute("resultat", LicensingPanel.RESULTS);
    model.addAttribute("sanktioner", LicensingPanel.SANCTIONS);
    model.addAttribute("overklaganden", LicensingPanel.APPEAL_HEADINGS);
    model.addAttribute("kmkRubriker", LicensingPanel.KMK_HEADINGS);
    return "oversikt-tillsyn";
  }

  @GetMapping("/oversikt/omraden")
  String priorityAreas(@ModelAttribute(PeriodFilter.MODEL) PeriodFilter filter, Model model,
      jakarta.servlet.http.HttpServletResponse response) {
    DashboardViewer viewer = access.require(filter.whole());
    Period period = filter.apply("/oversikt/omraden", viewer, access.hasBothViews(), model, response);
    model.addAttribute("panel", areas.panel(viewer, period));
    return "oversikt-omraden";
  }

  @GetMapping("/oversikt/tillsyn.csv")
  ResponseEntity<byte[]> licensingCsv(@ModelAttribute(PeriodFilter.MODEL) PeriodFilter filter) {
    DashboardViewer viewer = access.require(filter.whole());
    Period period = filter.period();
    LicensingPanel.Panel panel = licensing.panel(viewer, period);
    DashboardPageController.Csv csv = new DashboardPageController.Csv();
    if (panel.empty()) {
      csv.row(List.of("Din myndighet har inga siffror här"));
    }
    if (panel.supervisions() != null) {
      var part = panel.supervisions();
      List<String> header = new ArrayList<>(List.of("Anledning"));
      header.addAll(LicensingPanel.RESULTS.values());
      header.add("Totalt");
      csv.row(header);
      part.byReason().forEach(r -> csv.row(cells(r.label(), r.counts(), r.total())));
      csv.row(List.of());
      if (viewer.suppresses()) {
        // The table by kind with its totals only, as on the page (SharedMargin).
        header = new ArrayList<>(List.of("Anledning", "Totalt"));
      }
      header.set(0, "Slag av tillsyn");
      csv.row(header);
      part.byKind().forEach(r -> csv.row(cells(r.label(), r.counts(), r.total())));
      csv.row(List.of("Genomförda tillsyner totalt", part.all().text()));
      csv.row(List.of());
      List<String> sanctions = new ArrayList<>(List.of(""));
      sanctions.addAll(LicensingPanel.SANCTIONS.values());
      sanctions.add("Totalt");
      csv.row(sanctions);
      csv.row(cells(part.sanctions().label(), part.sanctions().counts(), part.sanctions().total()));
      csv.row(List.of());
      for (int i = 0; i < part.appeals().size(); i++) {
        csv.row(List.of(LicensingPanel.APPEAL_HEADINGS.get(i), part.appeals().get(i).text()));
      }
    }
    if (panel.plan() != null) {
      csv.row(List.of());
      csv.row(List.of("Tillsynsplan för år", "Planerade besök under året", "Planerade till och med periodens slut",
          "Genomförda", "Ej genomförda av de planerade"));
      panel.plan().forEach(p -> csv.row(List.of(String.valueOf(p.year()), p.planned().text(), p.dueByEnd().text(),
          p.done().text(), p.notDone().text())));
    }
    if (panel.reports() != null) {
      csv.row(List.of());
      csv.row(List.of("Restaurangrapporter", "Mottagna under perioden"));
      panel.reports().forEach(r -> csv.row(List.of(r.label(), r.total().text())));
    }
    if (panel.courses() != null) {
      csv.row(List.of());
      csv.row(List.of("AAS-kurser år", "Kurser", "Deltagare", "Godkända", "Underkända", "Utan resultat"));
      panel.courses().forEach(c -> csv.row(List.of(String.valueOf(c.year()), c.courses().text(),
          c.participants().text(), c.results().get(0).text(), c.results().get(1).text(), c.results().get(2).text())));
    }
    if (panel.kmk() != null) {
      csv.row(List.of());
      csv.row(List.of("Krogar mot knark (KMK)", "Antal"));
      for (int i = 0; i < panel.kmk().figures().size(); i++) {
        csv.row(List.of(LicensingPanel.KMK_HEADINGS.get(i), panel.kmk().figures().get(i).text()));
      }
    }
    return csv.answer("tillsyn-" + period.from() + "-" + period.to() + ".csv");
  }

  @GetMapping("/oversikt/omraden.csv")
  ResponseEntity<byte[]> priorityAreasCsv(@ModelAttribute(PeriodFilter.MODEL) PeriodFilter filter) {
    DashboardViewer viewer = access.require(filter.whole());
    Period period = filter.period();
    PriorityAreaPanel.Panel panel = areas.panel(viewer, period);
    DashboardPageController.Csv csv = new DashboardPageController.Csv();
    csv.row(List.of("Insatsområde", "Aktivitet", "Mått", "Antal"));
    panel.areas().forEach(a -> a.lines().forEach(l -> csv.row(List.of(a.number() + ". " + a.name(), l.activity(),
        l.measure(), l.figure() == null ? "" : l.figure().text()))));
    return csv.answer("insatsomraden-" + period.from() + "-" + period.to() + ".csv");
  }

  private static List<String> cells(String first, List<Figure> counts, Figure total) {
    List<String> cells = new ArrayList<>(List.of(first));
    counts.forEach(f -> cells.add(f.text()));
    cells.add(total.text());
    return cells;
  }

}
