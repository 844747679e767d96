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
 * The filter that every dashboard page and CSV export shares, as the query string carries it and one
 * {@code @ModelAttribute} binds it: {@code fran} and {@code till} (months, {@code 2026-10}), {@code vy=helhet} (the
 * overview of every agency for a viewer who is also a manager), {@code myndighet} (one of the viewer's agencies) and
 * {@code per=vecka} (weekly rather than monthly flows). Every field is text as sent, so that binding never fails: the
 * period is parsed here, a bad one being a Swedish 400 (the page again with the last twelve months and the error at the
 * filter, template {@code fragments/period :: periodfilter}; a CSV or a list answers the {@code errors} module's 400).
 */
record PeriodFilter(String fran, String till, String vy, String myndighet, String per) {

  /** The name of the bound filter in the model (not read by the templates, which use the attributes of apply). */
  static final String MODEL = "filtret";

  /** This month, on the engine's clock, in the node's time zone. */
  static YearMonth currentMonth() {
    return YearMonth.from(EngineClock.now().atZone(ZoneId.systemDefault()));
  }

  /** The period from and to two months as text: a bad filter is a Swedish 400. */
  static Period parse(String from, String to) {
    return Period.parse(from, to, currentMonth());
  }

  /** Whether the overview of every agency is asked for rather than the viewer's own agency. */
  boolean whole() {
    return "helhet".equals(vy);
  }

  /** Whether the flows are asked for per week rather than per month. */
  boolean weekly() {
    return "vecka".equals(per);
  }

  /** The period for a CSV export or a list: a bad filter is a Swedish 400 there. */
  Period period() {
    return parse(fran, till);
  }

  /**
   * The period of a page and the model attributes of its filter ({@code viewer}, {@code bada}, {@code period},
   * {@code fran}, {@code till}, {@code vy}, {@code sokvag}, and {@code fel} for a bad filter).
   */
  Period apply(String path, DashboardViewer viewer, boolean bothViews, Model model, HttpServletResponse response) {
    Period period;
    String from = fran;
    String to = till;
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
    model.addAttribute("vy", whole() ? "helhet" : null);
    model.addAttribute("sokvag", path);
    return period;
  }

  /** A filter the page could not use: 400, and the message for the filter's error line. */
  static void refuse(InvalidInput e, Model model, HttpServletResponse response) {
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    model.addAttribute("fel", e.getMessage());
  }
}
