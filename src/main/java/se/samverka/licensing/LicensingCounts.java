package se.samverka.licensing;

/**
 * Counts of the licensing work over a range of days, for the dashboards: codes and numbers only, never a premises, a
 * licence holder or a person. Each is counted in SQL with the range in the query ({@link Supervisions#countsBetween},
 * {@link SupervisionPlans#progress}, {@link RestaurantReports#receivedBetween}).
 */
public final class LicensingCounts {

  /** Supervisions inspected in the range with this reason ({@code trigger}), kind and result (remark level). */
  public record SupervisionCount(String trigger, String kind, String remarkLevel, long count) {}

  /** Decisions taken in the range with this sanction ({@code ingen}, {@code erinran}, {@code varning}, ...). */
  public record SanctionCount(String sanction, long count) {}

  /**
   * Appeals received in the range (in time, late), late ones the committee dismissed, appeals forwarded to the court,
   * and the court's rulings in the range ({@code avslag}, {@code bifall}, {@code avvisat}).
   */
  public record AppealCounts(long receivedInTime, long receivedLate, long dismissedAsLate, long forwarded,
      long courtRejected, long courtUpheld, long courtDismissed) {}

  /**
   * The supervision plan of a year: visits planned for the whole year, those planned up to the end of the range, and
   * those whose supervision was inspected by then.
   */
  public record PlanProgress(int year, long planned, long dueByEnd, long done) {}

  /** Restaurant reports for {@code reportYear} received in the range. */
  public record ReportCount(int reportYear, long received) {}

  private LicensingCounts() {}
}
