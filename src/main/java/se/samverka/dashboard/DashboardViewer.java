package se.samverka.dashboard;

import java.util.Set;

/**
 * Who is looking at a dashboard and what the figures may show them: a manager sees the agencies in {@code agencies}
 * (their own) in full figures and the case numbers behind them; an overview viewer (steering group, safety
 * coordinator) sees every agency, in aggregates only, with small counts suppressed. Nobody sees a name.
 *
 * @param agencies the agencies whose work the figures cover; for an overview viewer every configured agency
 * @param manager  full figures and the lists behind them, for {@code agencies} only
 */
public record DashboardViewer(String userId, Set<String> agencies, boolean manager, int suppressBelow) {

  public DashboardViewer {
    agencies = Set.copyOf(agencies);
  }

  /** May the viewer see which cases are behind a figure (their case numbers)? Managers only, of their own agency. */
  public boolean mayList() {
    return manager;
  }

  /**
   * Figures below the threshold are shown as "färre än N" to overview viewers; managers see them exactly, and so does
   * a full-figure viewer ({@link #fullFigures}, threshold 0).
   */
  public boolean suppresses() {
    return !manager && suppressBelow > 0;
  }

  /**
   * Every agency's work in full figures, with no list behind a figure: the steering group's half-yearly follow-up
   * report (module {@code followup}), whose figures must equal the dashboards' and whose public summary suppresses
   * small counts itself. Never a viewer of a page.
   */
  public static DashboardViewer fullFigures(String userId, Set<String> agencies) {
    return new DashboardViewer(userId, agencies, false, 0);
  }
}
