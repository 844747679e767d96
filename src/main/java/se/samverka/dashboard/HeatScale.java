package se.samverka.dashboard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The heat classes of a process's steps: the steps' median times are cut at their quintiles (20, 40, 60 and 80 %),
 * each cut rounded to a whole number of minutes, hours or days so the legend reads well; equal cuts merge, so a process
 * whose steps take much the same time has fewer than five classes, spread over the palette's ends. Level 0 is a step
 * with no history. The palette is ColorBrewer's YlOrRd (sequential, safe for colour blindness, every class dark enough
 * text still reads at 4.5:1); the picture shows the level also as a meter of five squares, never by colour alone.
 */
public final class HeatScale {

  /** The number of heat classes at most. */
  public static final int LEVELS = 5;

  private static final String[] FILL = {"#ffffff", "#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#f03b20"};
  private static final Duration MINUTE = Duration.ofMinutes(1);
  private static final Duration HOUR = Duration.ofHours(1);
  private static final Duration DAY = Duration.ofDays(1);

  private final List<Duration> cuts;
  private final Duration min;
  private final Duration max;

  private HeatScale(List<Duration> cuts, Duration min, Duration max) {
    this.cuts = cuts;
    this.min = min;
    this.max = max;
  }

  /** The scale of these medians ({@code null}s, for steps without history, are left out). */
  public static HeatScale of(Collection<Duration> medians) {
    List<Duration> values = medians.stream().filter(Objects::nonNull).filter(d -> !d.isNegative()).sorted().toList();
    if (values.isEmpty()) {
      return new HeatScale(List.of(), null, null);
    }
    Duration min = values.get(0);
    TreeSet<Duration> cuts = new TreeSet<>();
    for (int k = 1; k < LEVELS; k++) {
      Duration cut = rounded(values.get(k * values.size() / LEVELS));
      if (cut.compareTo(min) > 0) {
        cuts.add(cut);
      }
    }
    return new HeatScale(List.copyOf(cuts), min, values.get(values.size() - 1));
  }

  /** A cut rounded half up to whole days (from one day), whole hours (from one hour) or whole minutes (at least 1). */
  static Duration rounded(Duration d) {
    if (d.compareTo(DAY) >= 0 || d.plusMinutes(30).compareTo(DAY) >= 0) {
      return DAY.multipliedBy(Math.max(1, (d.toSeconds() + DAY.toSeconds() / 2) / DAY.toSeconds()));
    }
    if (d.compareTo(HOUR) >= 0 || d.plusSeconds(30).compareTo(HOUR) >= 0) {
      return HOUR.multipliedBy(Math.max(1, (d.toSeconds() + HOUR.toSeconds() / 2) / HOUR.toSeconds()));
    }
    return MINUTE.multipliedBy(Math.max(1, (d.toSeconds() + 30) / 60));
  }

  /** The number of classes (0 when no step has a median). */
  public int classes() {
    return min == null ? 0 : cuts.size() + 1;
  }

  /** The class bounds, ascending: class 1 is below the first, the last class from the last up. */
  public List<Duration> cuts() {
    return cuts;
  }

  /** The heat level of a median: 0 for {@code null} (no history), else 1..5. */
  public int level(Duration median) {
    if (median == null || min == null) {
      return 0;
    }
    int index = 0;
    for (Duration cut : cuts) {
      if (median.compareTo(cut) >= 0) {
        index++;
      }
    }
    return levelOfClass(index);
  }

  private int levelOfClass(int index) {
    int classes = classes();
    if (classes <= 1) {
      return 1;
    }
    return 1 + Math.round(index * (LEVELS - 1) / (float) (classes - 1));
  }

  /** The fill colour of a level (0 = white, no data). */
  public static String fill(int level) {
    return FILL[Math.max(0, Math.min(LEVELS, level))];
  }

  /**
   * The legend: one entry per class in use, shortest first, its text from the class bounds ("under 1 dag",
   * "1–3 dagar", "9 dagar eller mer"), then "ingen uppgift" for steps without history.
   */
  public List<Entry> legend() {
    List<Entry> entries = new ArrayList<>();
    int classes = classes();
    if (classes == 1) {
      String text = min.equals(max) ? DiagramTexts.duration(min)
          : DiagramTexts.duration(min) + " till " + DiagramTexts.duration(max);
      entries.add(new Entry(1, text));
    } else {
      for (int i = 0; i < classes; i++) {
        String text;
        if (i == 0) {
          text = "under " + DiagramTexts.bound(cuts.get(0));
        } else if (i == classes - 1) {
          text = DiagramTexts.bound(cuts.get(i - 1)) + " eller mer";
        } else {
          text = range(cuts.get(i - 1), cuts.get(i));
        }
        entries.add(new Entry(levelOfClass(i), text));
      }
    }
    entries.add(new Entry(0, "ingen uppgift om tid"));
    return entries;
  }

  private static String range(Duration from, Duration to) {
    String fromUnit = DiagramTexts.boundUnit(from);
    String toUnit = DiagramTexts.boundUnit(to);
    boolean sameUnit = fromUnit.equals(toUnit) || fromUnit.equals("dag") && toUnit.equals("dagar")
        || fromUnit.equals("timme") && toUnit.equals("timmar") || fromUnit.equals("minut") && toUnit.equals("minuter");
    return sameUnit
        ? DiagramTexts.boundNumber(from) + "\u2013" + DiagramTexts.bound(to)
        : DiagramTexts.bound(from) + "\u2013" + DiagramTexts.bound(to);
  }

  /** The legend text of a level, or "ingen uppgift om tid" for 0 or a level not in use. */
  public String text(int level) {
    return legend().stream().filter(e -> e.level() == level).map(Entry::text).findFirst()
        .orElse("ingen uppgift om tid");
  }

  /** One legend entry: the level (its fill and meter) and its text. */
  public record Entry(int level, String text) {
  }
}
