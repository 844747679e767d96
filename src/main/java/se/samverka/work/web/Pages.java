package se.samverka.work.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

/** Small helpers of the work pages. */
final class Pages {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv"));
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'kl.' HH:mm", Locale.forLanguageTag("sv"));

  private Pages() {}

  static String day(Date date) {
    return date == null ? null : DAY.format(date.toInstant().atZone(ZoneId.systemDefault()));
  }

  static String time(Date date) {
    return date == null ? null : TIME.format(date.toInstant().atZone(ZoneId.systemDefault()));
  }
}
