package se.samverka.followup.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as a Swedish reader writes them: a space between thousands, a decimal comma. */
final class Numbers {

  private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

  private Numbers() {}

  static String whole(long n) {
    return format("#,##0", n);
  }

  static String decimal(BigDecimal n) {
    return format("#,##0.##", n);
  }

  private static String format(String pattern, Object n) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(SWEDISH);
    symbols.setGroupingSeparator(' ');
    symbols.setMinusSign('-');
    return new DecimalFormat(pattern, symbols).format(n);
  }
}
