package se.samverka.dashboard.web;

import jakarta.servlet.http.HttpServletResponse;
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
import se.samverka.dashboard.Period;
import se.samverka.dashboard.SspfPanels;

/**
 * {@code /oversikt/sspf} ("SSPF och hembesök"): SSPF referrals, reports of concern, the home-visit models and the
 * steering group's quarterly reports for the viewer's period, and every table as CSV. Who sees which panel is
 * {@link SspfPanels}' rule over {@link DashboardAccess}.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class SspfPanelController {

  private final DashboardAccess access;
  private final SspfPanels panels;

  SspfPanelController(DashboardAccess access, SspfPanels panels) {
    this.access = access;
    this.panels = panels;
  }

  @GetMapping("/oversikt/sspf")
  String page(@ModelAttribute(PeriodFilter.MODEL) PeriodFilter filter, Model model, HttpServletResponse response) {
    DashboardViewer viewer = access.require(filter.whole());
    Period period = filter.apply("/oversikt/sspf", viewer, access.hasBothViews(), model, response);
    model.addAttribute("paneler", panels.panels(viewer, period));
    return "oversikt-sspf";
  }

  @GetMapping("/oversikt/sspf.csv")
  ResponseEntity<byte[]> csv(@ModelAttribute(PeriodFilter.MODEL) PeriodFilter filter) {
    DashboardViewer viewer = access.require(filter.whole());
    Period period = filter.period();
    DashboardPageController.Csv csv = new DashboardPageController.Csv();
    boolean first = true;
    for (SspfPanels.Panel panel : panels.panels(viewer, period)) {
      for (SspfPanels.Table table : panel.tables()) {
        if (!first) {
          csv.row(List.of());
        }
        first = false;
        csv.row(List.of(panel.heading() + ": " + table.caption()));
        List<String> header = new ArrayList<>(List.of(table.rowHeading()));
        header.addAll(table.columns());
        header.addAll(table.textColumns());
        csv.row(header);
        table.rows().forEach(r -> csv.row(cells(r)));
        if (table.total() != null) {
          csv.row(cells(table.total()));
        }
      }
    }
    return csv.answer("sspf-och-hembesok-" + period.from() + "-" + period.to() + ".csv");
  }

  private static List<String> cells(SspfPanels.Row row) {
    List<String> cells = new ArrayList<>(List.of(row.heading()));
    row.figures().forEach(f -> cells.add(f.text()));
    cells.addAll(row.texts());
    return cells;
  }

}
