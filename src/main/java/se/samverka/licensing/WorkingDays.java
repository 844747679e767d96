package se.samverka.licensing;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The Swedish business calendar, the one place where working days are counted. Holidays come from jollyday's calendar
 * for Sweden (the public holidays plus midsummer eve, Christmas eve and New Year's eve, which are days off in practice);
 * Saturdays and Sundays are never working days.
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
}
