package se.samverka.dashboard.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.YearMonth;
import java.time.ZoneId;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import se.samverka.dashboard.DashboardViewer;
import se.samverka.dashboard.Period;
import se.samverka.errors.InvalidInput;
import se.samverka.workflow.EngineClock;

/**
 * The period filter that every dashboard page shares (template {@code fragments/period :: periodfilter}): the months
 * asked for, or, for a bad filter, the page again with the last twelve months and the Swedish error at the filter, as a
 * 400 rather than an error page.
 */
final class PeriodFilter {

  private PeriodFilter() {}

  /** This month, on the engine's clock, in the node's time zone. */
  static YearMonth currentMonth() {
    return YearMonth.from(EngineClock.now().atZone(ZoneId.systemDefault()));
  }

  /** The period for a CSV export or a list: a bad filter is a Swedish 400 there. */
  static Period parse(String from, String to) {
    return Period.parse(from, to, currentMonth());
  }

  /**
   * The period of a page and the model attributes of its filter ({@code viewer}, {@code bada}, {@code period},
   * {@code fran}, {@code till}, {@code vy}, {@code sokvag}, and {@code fel} for a bad filter).
   */
  static Period apply(String from, String to, String view, String path, DashboardViewer viewer, boolean bothViews,
      Model model, HttpServletResponse response) {
    Period period;
    try {
      period = parse(from, to);
    } catch (InvalidInput e) {
      refuse(e, model, response);
      period = parse(null, null);
      from = null;
      to = null;
    }
    model.addAttribute("viewer", viewer);
    model.addAttribute("bada", bothViews);
    model.addAttribute("period", period);
    model.addAttribute("fran", from == null ? period.from().toString() : from);
    model.addAttribute("till", to == null ? period.to().toString() : to);
    model.addAttribute("vy", "helhet".equals(view) ? "helhet" : null);
    model.addAttribute("sokvag", path);
    return period;
  }

  /** A filter the page could not use: 400, and the message for the filter's error line. */
  static void refuse(InvalidInput e, Model model, HttpServletResponse response) {
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    model.addAttribute("fel", e.getMessage());
  }
}
