package se.samverka.followup.analysis;

import java.util.List;

/**
 * The figures of an EST analysis as computed when the analysis began, stored with it (JSON in {@code est_analysis}) so
 * the analysis reads the same later: incidents per district and category against the previous period of the same kind,
 * the places reported in several weeks, each unit's reporting rate and the actions decided in the period with their
 * results. Counts, places and units only.
 */
public record AnalysisFigures(String period, String previousPeriod, int weeks, int weeksRun, int total,
    int previousTotal, List<Cell> cells, List<DistrictTotal> districts, int recurringWeeks, List<Place> places,
    List<UnitRate> units, List<ActionRow> actions, int actionsDone, int actionsNotDone, int actionsOpen) {

  /** One district and category: the period's count, the previous period's and the change in words. */
  public record Cell(String district, String districtName, String category, String categoryName, int count,
      int previous, String change) {}

  public record DistrictTotal(String district, String districtName, int count, int previous) {}

  /** A place reported in at least {@code recurringWeeks} distinct weeks of the period. */
  public record Place(String districtName, String place, int weeks, int incidents) {}

  /** A unit's reporting: weeks it reported (or had nothing to report) of the weeks whose cycle ran. */
  public record UnitRate(String unit, String unitName, int reported, int weeks) {

    /** The rate in whole percent, "–" when no week ran. */
    public String percent() {
      return weeks == 0 ? "–" : Math.round(100.0 * reported / weeks) + " %";
    }
  }

  /** An action decided in one of the period's weeks and its result when the analysis began. */
  public record ActionRow(String week, String place, String problem, String action, String unitName, String dueDate,
      String result, String resultText) {}

  public static String change(int count, int previous) {
    return count > previous ? "Ökar" : count < previous ? "Minskar" : "Oförändrat";
  }

  /** The figures as plain text for the tasks' forms (at most 3900 characters). */
  public String text(String label) {
    var text = new StringBuilder("Händelser " + label + ": " + total + " (föregående period " + previousTotal + ").\n");
    for (Cell c : cells) {
      text.append("- ").append(c.districtName()).append(", ").append(c.categoryName()).append(": ").append(c.count())
          .append(" (före ").append(c.previous()).append(", ").append(c.change().toLowerCase()).append(")\n");
    }
    if (!places.isEmpty()) {
      text.append("Återkommande platser (minst ").append(recurringWeeks).append(" veckor):\n");
      places.forEach(p -> text.append("- ").append(p.place()).append(", ").append(p.districtName()).append(": ")
          .append(p.weeks()).append(" veckor, ").append(p.incidents()).append(" händelser\n"));
    }
    text.append("Rapportering (").append(weeksRun).append(" EST-veckor):\n");
    units.forEach(u -> text.append("- ").append(u.unitName()).append(": ").append(u.reported()).append(" av ")
        .append(u.weeks()).append(" veckor (").append(u.percent()).append(")\n"));
    text.append("Insatser beslutade: ").append(actions.size()).append(" (genomförda ").append(actionsDone)
        .append(", inte genomförda ").append(actionsNotDone).append(", pågående ").append(actionsOpen).append(")\n");
    String result = text.toString();
    return result.length() > 3900 ? result.substring(0, 3900) + "\n…" : result;
  }
}
