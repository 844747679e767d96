package se.samverka.followup.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverka.followup.est.EstWeek;

/**
 * The period of a follow-up report at central BRÅ: a half-year ({@code 2026-H1} = 1 January – 30 June,
 * {@code 2026-H2} = 1 July – 31 December) or a year ({@code 2026}, for the yearly public summary). Both days are
 * included. Years from 2000 to 2100.
 */
public record ReportPeriod(String code, LocalDate from, LocalDate to) {

  private static final Pattern CODE = Pattern.compile("(\\d{4})(?:-H([12]))?");
  private static final int FIRST_YEAR = 2000;
  private static final int LAST_YEAR = 2100;

  public ReportPeriod {
    Objects.requireNonNull(code);
    Objects.requireNonNull(from);
    Objects.requireNonNull(to);
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("Perioden slutar före den börjar");
    }
  }

  /** The half-year: {@code half} 1 (January–June) or 2 (July–December). */
  public static ReportPeriod halfYear(int year, int half) {
    checkYear(year);
    if (half != 1 && half != 2) {
      throw new IllegalArgumentException("Halvåret ska vara 1 eller 2");
    }
    LocalDate from = LocalDate.of(year, half == 1 ? 1 : 7, 1);
    return new ReportPeriod(year + "-H" + half, from, from.plusMonths(6).minusDays(1));
  }

  public static ReportPeriod year(int year) {
    checkYear(year);
    return new ReportPeriod(String.valueOf(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /** {@code 2026-H1}, {@code 2026-H2} or {@code 2026}; empty for anything else (also a year outside 2000–2100). */
  public static Optional<ReportPeriod> parse(String code) {
    if (code == null || code.length() > 7) {
      return Optional.empty();
    }
    Matcher m = CODE.matcher(code);
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      return Optional.empty();
    }
    return Optional.of(m.group(2) == null ? year(year) : halfYear(year, Integer.parseInt(m.group(2))));
  }

  /** The half-year that ended before the day: on 1 July 2026 the first half of 2026, on 15 March 2026 the second of 2025. */
  public static ReportPeriod halfYearBefore(LocalDate day) {
    LocalDate inPrevious = day.getMonthValue() <= 6 ? LocalDate.of(day.getYear() - 1, 12, 31)
        : LocalDate.of(day.getYear(), 6, 30);
    return halfYear(inPrevious.getYear(), inPrevious.getMonthValue() <= 6 ? 1 : 2);
  }

  /** "första halvåret 2026", "andra halvåret 2026", "år 2026". */
  public String label() {
    if (isYear()) {
      return "år " + from.getYear();
    }
    return (isSecondHalf() ? "andra" : "första") + " halvåret " + from.getYear();
  }

  /** The calendar year the period lies in. */
  public int yearNumber() {
    return from.getYear();
  }

  /** Whether this is a half-year ({@code 2026-H1}, {@code 2026-H2}) rather than a year. */
  public boolean isHalfYear() {
    return !isYear();
  }

  public boolean isSecondHalf() {
    return !isYear() && from.getMonthValue() == 7;
  }

  /** Whether this is a whole year ({@code 2026}) rather than a half-year. */
  public boolean isYear() {
    return code.indexOf('-') < 0;
  }

  /** The period of the same kind just before: the half-year before (H2 before H1 of the next year), the year before. */
  public ReportPeriod previous() {
    if (isYear()) {
      return year(from.getYear() - 1);
    }
    return halfYearBefore(from);
  }

  /** The half-years of the period: itself for a half-year, both halves for a year. */
  public List<ReportPeriod> halfYears() {
    return isYear() ? List.of(halfYear(from.getYear(), 1), halfYear(from.getYear(), 2)) : List.of(this);
  }

  public YearMonth firstMonth() {
    return YearMonth.from(from);
  }

  public YearMonth lastMonth() {
    return YearMonth.from(to);
  }

  public boolean covers(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  /**
   * The EST weeks of the period (keys, oldest first): the ISO weeks whose Thursday falls in it, the rule EST's
   * analyses use, so every week belongs to exactly one half-year.
   */
  public List<String> estWeeks() {
    List<String> weeks = new ArrayList<>();
    EstWeek week = EstWeek.of(from);
    if (thursday(week).isBefore(from)) {
      week = week.next();
    }
    while (!thursday(week).isAfter(to)) {
      weeks.add(week.key());
      week = week.next();
    }
    return weeks;
  }

  /** The quarters of the period ({@code 2026-K1}, …), as local BRÅ names them. */
  public List<String> quarters() {
    List<String> quarters = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusMonths(3)) {
      quarters.add(d.getYear() + "-K" + ((d.getMonthValue() - 1) / 3 + 1));
    }
    return quarters;
  }

  /** The code: {@code 2026-H1}. */
  @Override
  public String toString() {
    return code;
  }

  private static LocalDate thursday(EstWeek week) {
    return week.monday().with(DayOfWeek.THURSDAY);
  }

  private static void checkYear(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new IllegalArgumentException("Året ska ligga mellan " + FIRST_YEAR + " och " + LAST_YEAR);
    }
  }
}
