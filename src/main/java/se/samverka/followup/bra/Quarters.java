package se.samverka.followup.bra;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Quarters as Samverka writes them ({@code 2026-K4}): of a day, their first and last day, parsed from a request. */
public final class Quarters {

  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-K([1-4])");

  private Quarters() {}

  public static String of(LocalDate day) {
    return day.getYear() + "-K" + ((day.getMonthValue() - 1) / 3 + 1);
  }

  /** The quarter, when {@code text} is one ({@code 2026-K4}); empty for anything else. */
  public static Optional<String> parse(String text) {
    return text != null && text.length() <= 7 && QUARTER.matcher(text).matches() ? Optional.of(text) : Optional.empty();
  }

  public static LocalDate firstDay(String quarter) {
    Matcher m = QUARTER.matcher(quarter);
    if (!m.matches()) {
      throw new IllegalArgumentException("Kvartalet ska skrivas ÅÅÅÅ-K1 till ÅÅÅÅ-K4");
    }
    return LocalDate.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1);
  }

  public static LocalDate lastDay(String quarter) {
    return firstDay(quarter).plusMonths(3).minusDays(1);
  }

  public static String previous(String quarter) {
    return of(firstDay(quarter).minusDays(1));
  }

  public static String next(String quarter) {
    return of(firstDay(quarter).plusMonths(3));
  }
}
