package se.samverka.followup.report;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The period of a follow-up report: a half-year ({@code 2026-H1}, January–June; {@code 2026-H2}, July–December) or a
 * year ({@code 2026}), both days included.
 */
public record ReportPeriod(String code, LocalDate from, LocalDate to) {

  private static final Pattern CODE = Pattern.compile("(\\d{4})(?:-H([12]))?");

  public static ReportPeriod halfYear(int year, int half) {
    if (half != 1 && half != 2) {
      throw new IllegalArgumentException("Ett halvår är 1 eller 2");
    }
    LocalDate from = LocalDate.of(year, half == 1 ? 1 : 7, 1);
    return new ReportPeriod(year + "-H" + half, from, from.plusMonths(6).minusDays(1));
  }

  public static ReportPeriod year(int year) {
    return new ReportPeriod(String.valueOf(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /** {@code 2026-H1}, {@code 2026-H2} or {@code 2026} (years 2000–2100); anything else is empty. */
  public static Optional<ReportPeriod> parse(String code) {
    if (code == null || code.length() > 7) {
      return Optional.empty();
    }
    var m = CODE.matcher(code);
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    if (year < 2000 || year > 2100) {
      return Optional.empty();
    }
    return Optional.of(m.group(2) == null ? year(year) : halfYear(year, Integer.parseInt(m.group(2))));
  }

  /** The half-year that ended before the day: 2026-H2 on 1 January 2027, 2026-H1 from 1 July to 31 December 2026. */
  public static ReportPeriod halfYearBefore(LocalDate day) {
    return day.getMonthValue() <= 6 ? halfYear(day.getYear() - 1, 2) : halfYear(day.getYear(), 1);
  }

  public boolean isSecondHalf() {
    return code.endsWith("-H2");
  }

  /** "första halvåret 2026", "andra halvåret 2026", "året 2026". */
  public String label() {
    if (!code.contains("-H")) {
      return "året " + from.getYear();
    }
    return (isSecondHalf() ? "andra" : "första") + " halvåret " + from.getYear();
  }

  @Override
  public String toString() {
    return code;
  }
}
