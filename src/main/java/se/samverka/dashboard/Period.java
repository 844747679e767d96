package se.samverka.dashboard;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import se.samverka.errors.InvalidInput;

/**
 * The months a dashboard covers, both included: by default the last twelve, ending with the current month. At most
 * ten years, so that no request asks for a century of months.
 */
public record Period(YearMonth from, YearMonth to) {

  static final int MAX_MONTHS = 120;
  static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

  public Period {
    if (to.isBefore(from)) {
      throw new InvalidInput("Perioden slutar före den börjar: välj en tidigare startmånad eller en senare slutmånad");
    }
    if (from.plusMonths(MAX_MONTHS).isBefore(to.plusMonths(1))) {
      throw new InvalidInput("Perioden får vara högst " + MAX_MONTHS / 12 + " år");
    }
  }

  /** The period from the request's {@code fran} and {@code till} (yyyy-MM), each defaulting as above. */
  public static Period parse(String from, String to, YearMonth current) {
    YearMonth end = blank(to) ? current : month(to, "Slutmånaden");
    YearMonth start = blank(from) ? end.minusMonths(11) : month(from, "Startmånaden");
    return new Period(start, end);
  }

  public String label() {
    return from.equals(to) ? monthName(from) : monthName(from) + " – " + monthName(to);
  }

  /** "oktober 2026". */
  public static String monthName(YearMonth month) {
    return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, SWEDISH) + " " + month.getYear();
  }

  private static YearMonth month(String text, String what) {
    if (text.length() > 7) {
      throw new InvalidInput(what + " ska skrivas som år och månad, t.ex. 2026-10");
    }
    try {
      YearMonth month = YearMonth.parse(text.trim());
      if (month.getYear() < 2000 || month.getYear() > 2100) {
        throw new InvalidInput(what + " ska ligga mellan år 2000 och 2100");
      }
      return month;
    } catch (DateTimeParseException e) {
      throw new InvalidInput(what + " ska skrivas som år och månad, t.ex. 2026-10");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
