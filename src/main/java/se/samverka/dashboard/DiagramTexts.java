package se.samverka.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.Locale;

/** Swedish words for the process picture's figures: counts with a space between thousands, times in minutes to days. */
final class DiagramTexts {

  static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
  private static final Duration MINUTE = Duration.ofMinutes(1);
  private static final Duration HOUR = Duration.ofHours(1);
  private static final Duration DAY = Duration.ofDays(1);

  private DiagramTexts() {
  }

  private static DecimalFormat format(String pattern) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(SWEDISH);
    symbols.setGroupingSeparator('\u00a0');
    symbols.setDecimalSeparator(',');
    symbols.setMinusSign('-');
    DecimalFormat format = new DecimalFormat(pattern, symbols);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format;
  }

  /** 1234 → "1 234" (a no-break space between thousands). */
  static String count(long n) {
    return format("#,##0").format(n);
  }

  /** How many wait at a step; with {@code aggregateOnly}, every count below 5 is "färre än 5". */
  static String waiting(long n, boolean aggregateOnly) {
    return aggregateOnly && n < 5 ? "färre än 5" : count(n);
  }

  /** The short form in the picture's badge. */
  static String badge(long n, boolean aggregateOnly) {
    return aggregateOnly && n < 5 ? "<5" : count(n);
  }

  /**
   * A time spent, in words: "under 1 minut", "40 minuter", "5 timmar", "2,5 dagar", "12 dagar"; {@code null} is
   * "ingen uppgift".
   */
  static String duration(Duration d) {
    if (d == null) {
      return "ingen uppgift";
    }
    if (d.compareTo(MINUTE) < 0) {
      return "under 1 minut";
    }
    if (d.compareTo(HOUR) < 0) {
      return unit(Math.round(d.toSeconds() / 60.0), "minut", "minuter");
    }
    if (d.compareTo(DAY) < 0) {
      long hours = Math.round(d.toSeconds() / 3600.0);
      if (hours < 24) {
        return unit(hours, "timme", "timmar");
      }
    }
    BigDecimal days = BigDecimal.valueOf(d.toSeconds()).divide(BigDecimal.valueOf(86_400), 1, RoundingMode.HALF_UP);
    if (days.compareTo(BigDecimal.TEN) >= 0) {
      days = days.setScale(0, RoundingMode.HALF_UP);
    }
    if (days.compareTo(BigDecimal.ONE) == 0) {
      return "1 dag";
    }
    return format("#,##0.#").format(days) + " dagar";
  }

  /** A class bound of the heat scale, which is always a whole number of minutes, hours or days. */
  static String bound(Duration d) {
    return boundNumber(d) + " " + boundUnit(d);
  }

  static String boundNumber(Duration d) {
    if (d.toSeconds() % DAY.toSeconds() == 0) {
      return count(d.toDays());
    }
    if (d.toSeconds() % HOUR.toSeconds() == 0) {
      return count(d.toHours());
    }
    return count(d.toMinutes());
  }

  static String boundUnit(Duration d) {
    if (d.toSeconds() % DAY.toSeconds() == 0) {
      return d.toDays() == 1 ? "dag" : "dagar";
    }
    if (d.toSeconds() % HOUR.toSeconds() == 0) {
      return d.toHours() == 1 ? "timme" : "timmar";
    }
    return d.toMinutes() == 1 ? "minut" : "minuter";
  }

  private static String unit(long n, String one, String many) {
    return count(n) + " " + (n == 1 ? one : many);
  }
}
