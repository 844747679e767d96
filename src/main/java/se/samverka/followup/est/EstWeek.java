package se.samverka.followup.est;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Pattern;

/** An ISO week as EST names it: {@code 2026-v48} (week-based year, week number of two digits). */
public record EstWeek(int year, int number) implements Comparable<EstWeek> {

  private static final Pattern KEY = Pattern.compile("(\\d{4})-v(\\d{2})");

  public static EstWeek of(LocalDate day) {
    return new EstWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  public static EstWeek of(java.time.Instant instant) {
    return of(instant.atZone(ZoneId.systemDefault()).toLocalDate());
  }

  /** Parses {@code 2026-v48}; a malformed or impossible week is a Swedish {@link IllegalArgumentException}. */
  public static EstWeek parse(String key) {
    var m = key == null ? null : KEY.matcher(key);
    if (m == null || !m.matches()) {
      throw new IllegalArgumentException("Veckan ska anges som år-vVV, till exempel 2026-v48");
    }
    var week = new EstWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    if (week.number < 1 || !of(week.monday()).equals(week)) {
      throw new IllegalArgumentException("Veckan finns inte");
    }
    return week;
  }

  public LocalDate monday() {
    return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  public LocalDate sunday() {
    return monday().plusDays(6);
  }

  public EstWeek previous() {
    return of(monday().minusWeeks(1));
  }

  public EstWeek next() {
    return of(monday().plusWeeks(1));
  }

  /** The key, as stored and in addresses: {@code 2026-v48}. */
  public String key() {
    return String.format("%04d-v%02d", year, number);
  }

  /** The business key of the week's est-vecka instance: {@code EST-2026-v48}. */
  public String businessKey() {
    return "EST-" + key();
  }

  /** In Swedish: "vecka 48 2026 (23–29 november)". */
  public String label() {
    var months = java.time.format.DateTimeFormatter.ofPattern("d MMMM", java.util.Locale.forLanguageTag("sv"));
    return "vecka " + number + " " + year + " (" + monday().format(months) + "–" + sunday().format(months) + ")";
  }

  @Override
  public int compareTo(EstWeek other) {
    return key().compareTo(other.key());
  }

  @Override
  public String toString() {
    return key();
  }
}
