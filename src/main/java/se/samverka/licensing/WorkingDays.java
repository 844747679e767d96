package se.samverka.licensing;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The Swedish business calendar, the one place where working days are counted. Holidays come from jollyday's calendar
 * for Sweden (the public holidays plus midsummer eve, Christmas eve and New Year's eve, which are days off in practice);
 * Saturdays and Sundays are never working days. These are exactly the days on which lag (1930:173) om beräkning av
 * lagstadgad tid moves the last day of a period: Saturday, Sunday, public holiday, midsummer eve, Christmas eve and New
 * Year's eve.
 */
public final class WorkingDays {

  private static final HolidayManager SWEDEN = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN));

  private WorkingDays() {}

  public static boolean isWorkingDay(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !SWEDEN.isHoliday(day);
  }

  /** The day {@code days} working days after {@code from} ({@code from} itself is not counted). */
  public static LocalDate after(LocalDate from, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("Antalet arbetsdagar kan inte vara negativt: " + days);
    }
    LocalDate day = from;
    int counted = 0;
    while (counted < days) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /** The last day of a statutory period: {@code day}, or the next working day when it is none (lag 1930:173). */
  public static LocalDate onOrAfter(LocalDate day) {
    LocalDate last = day;
    while (!isWorkingDay(last)) {
      last = last.plusDays(1);
    }
    return last;
  }
}
