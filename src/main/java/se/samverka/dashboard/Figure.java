package se.samverka.dashboard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * A figure as a viewer may see it: the number in Swedish format, "färre än 5" where a small count could point at a
 * person, or "dold" where a larger count is withheld so that a small one cannot be worked out from a total (it is not
 * called "färre än 5": it is not). {@code value} is null for a suppressed figure, so that neither a chart nor an export
 * carries it.
 */
public record Figure(String text, Long value, boolean suppressed) {

  /** A count: exact for a manager; for an overview viewer every count below the threshold is suppressed. */
  public static Figure count(long n, DashboardViewer viewer) {
    if (viewer.suppresses() && n < viewer.suppressBelow()) {
      return hidden(viewer);
    }
    return new Figure(number(n), n, false);
  }

  /**
   * A count that stopped at a cap (a queue's count): exact below it, "fler än 1 000" above it, for every viewer (a
   * count above the cap is no small number).
   */
  public static Figure count(se.samverka.tasklist.TaskList.Count count, DashboardViewer viewer) {
    if (count.lowerBound()) {
      return new Figure("fler än " + number(count.count()), count.count(), false);
    }
    return count(count.count(), viewer);
  }

  /**
   * A row of counts whose total is shown too. Besides each count below the threshold, the smallest shown non-zero count
   * is withheld ("dold") as well whenever the hidden ones add up to between 1 and the threshold: otherwise the total
   * minus the shown counts would give back a small number (one breached deadline in a month) that the suppression hid.
   */
  public static List<Figure> row(List<Long> counts, DashboardViewer viewer) {
    List<Figure> figures = new ArrayList<>(counts.stream().map(n -> count(n, viewer)).toList());
    long hiddenSum = IntStream.range(0, counts.size()).filter(i -> figures.get(i).suppressed())
        .mapToLong(counts::get).sum();
    if (viewer.suppresses() && hiddenSum > 0 && hiddenSum < viewer.suppressBelow()) {
      IntStream.range(0, counts.size()).filter(i -> !figures.get(i).suppressed() && counts.get(i) > 0)
          .boxed().min(Comparator.comparing(counts::get))
          .ifPresent(i -> figures.set(i, withheld()));
    }
    return figures;
  }

  /**
   * A duration computed from {@code basis} cases (a median, a percentile): shown only when the overview viewer may see a
   * count of that many, since the lead time of one or two cases tells when those cases happened.
   */
  public static Figure duration(Duration d, long basis, DashboardViewer viewer) {
    if (d == null || basis == 0) {
      return new Figure("–", null, false);
    }
    if (viewer.suppresses() && basis < viewer.suppressBelow()) {
      return new Figure("färre än " + viewer.suppressBelow() + " ärenden", null, true);
    }
    return new Figure(words(d), d.toMinutes(), false);
  }

  /** A duration in words: "45 min", "5,5 tim", "3,2 dagar", "1 dag". */
  public static String words(Duration d) {
    long minutes = d.toMinutes();
    if (minutes < 60) {
      return minutes + " min";
    }
    double hours = minutes / 60.0;
    if (hours < 24) {
      return decimal(hours) + " tim";
    }
    double days = hours / 24;
    String text = decimal(days);
    return text + ("1".equals(text) ? " dag" : " dagar");
  }

  /** A number with a space (no-break) between thousands: "12 345". */
  public static String number(long n) {
    return String.format(Locale.ROOT, "%,d", n).replace(',', '\u00a0');
  }

  private static String decimal(double x) {
    String text = x >= 10 ? String.format(Locale.ROOT, "%.0f", x) : String.format(Locale.ROOT, "%.1f", x);
    return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text.replace('.', ',');
  }

  /** The text of a count withheld to protect a smaller one. */
  public static final String WITHHELD = "dold";

  /** A count of at least the threshold, withheld so that a smaller hidden one cannot be worked out from a total. */
  public static Figure withheld() {
    return new Figure(WITHHELD, null, true);
  }

  private static Figure hidden(DashboardViewer viewer) {
    return new Figure("färre än " + viewer.suppressBelow(), null, true);
  }
}
