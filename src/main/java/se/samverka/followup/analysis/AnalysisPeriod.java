package se.samverka.followup.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import se.samverka.followup.est.EstWeek;

/**
 * The period of an EST analysis: a tertial ({@code 2026-T3}, September–December) or a year ({@code 2026}). Its EST
 * weeks are the ISO weeks whose Thursday falls in the period (the rule ISO uses for years), so every week belongs to
 * exactly one tertial and one year.
 */
public record AnalysisPeriod(int year, int tertial) {

  private static final Pattern KEY = Pattern.compile("(\\d{4})(?:-T([1-3]))?");
  private static final String[] TERTIAL_MONTHS = {"januari–april", "maj–augusti", "september–december"};

  public AnalysisPeriod {
    if (year < 2000 || year > 2100 || tertial < 0 || tertial > 3) {
      throw new IllegalArgumentException("Perioden finns inte");
    }
  }

  /** Parses {@code 2026-T3} or {@code 2026}; anything else is empty. */
  public static Optional<AnalysisPeriod> parse(String key) {
    if (key == null || key.length() > 7) {
      return Optional.empty();
    }
    var m = KEY.matcher(key);
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    if (year < 2000 || year > 2100) {
      return Optional.empty();
    }
    return Optional.of(new AnalysisPeriod(year, m.group(2) == null ? 0 : Integer.parseInt(m.group(2))));
  }

  public static AnalysisPeriod tertialOf(LocalDate day) {
    return new AnalysisPeriod(day.getYear(), (day.getMonthValue() - 1) / 4 + 1);
  }

  /** The last tertial that ended before {@code day}: started on 1 January 2027, tertial 3 of 2026. */
  public static AnalysisPeriod lastTertialBefore(LocalDate day) {
    return tertialOf(day).previous();
  }

  public static AnalysisPeriod year(int year) {
    return new AnalysisPeriod(year, 0);
  }

  public boolean yearly() {
    return tertial == 0;
  }

  /** The period of the same kind before: tertial 3 before tertial 1; the year before. */
  public AnalysisPeriod previous() {
    if (yearly()) {
      return year(year - 1);
    }
    return tertial == 1 ? new AnalysisPeriod(year - 1, 3) : new AnalysisPeriod(year, tertial - 1);
  }

  public LocalDate firstDay() {
    return yearly() ? LocalDate.of(year, 1, 1) : LocalDate.of(year, (tertial - 1) * 4 + 1, 1);
  }

  public LocalDate lastDay() {
    return yearly() ? LocalDate.of(year, 12, 31) : firstDay().plusMonths(4).minusDays(1);
  }

  /** The EST weeks of the period (keys, oldest first): the ISO weeks whose Thursday is in the period. */
  public List<String> weeks() {
    List<String> weeks = new ArrayList<>();
    EstWeek week = EstWeek.of(firstDay());
    if (thursday(week).isBefore(firstDay())) {
      week = week.next();
    }
    while (!thursday(week).isAfter(lastDay())) {
      weeks.add(week.key());
      week = week.next();
    }
    return weeks;
  }

  private static LocalDate thursday(EstWeek week) {
    return week.monday().with(DayOfWeek.THURSDAY);
  }

  /** As stored and in addresses: {@code 2026-T3} or {@code 2026}. */
  public String key() {
    return yearly() ? String.valueOf(year) : year + "-T" + tertial;
  }

  /** The business key of the analysis: {@code ESTA-2026-T3}, {@code ESTA-2026}. */
  public String businessKey() {
    return "ESTA-" + key();
  }

  /** {@link EstAnalysisProcess#TERTIAL} or {@link EstAnalysisProcess#YEAR}. */
  public String kind() {
    return yearly() ? EstAnalysisProcess.YEAR : EstAnalysisProcess.TERTIAL;
  }

  /** In Swedish: "tertial 3 2026 (september–december)", "året 2026". */
  public String label() {
    return yearly() ? "året " + year : "tertial " + tertial + " " + year + " (" + TERTIAL_MONTHS[tertial - 1] + ")";
  }

  /** "Tertialanalys" or "Årsanalys". */
  public String title() {
    return yearly() ? "Årsanalys" : "Tertialanalys";
  }

  @Override
  public String toString() {
    return key();
  }
}
