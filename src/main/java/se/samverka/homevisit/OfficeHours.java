package se.samverka.homevisit;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;

/**
 * Swedish holidays for social services' office hours: jollyday's calendar for Sweden (the public holidays plus
 * midsummer eve, Christmas eve and New Year's eve, which are days off in practice). Used directly rather than through
 * the licensing module's working-day calendar, so that the report of concern does not depend on alcohol supervision.
 */
final class OfficeHours {

  private static final HolidayManager SWEDEN = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN));

  private OfficeHours() {}

  static boolean isHoliday(LocalDate day) {
    return SWEDEN.isHoliday(day);
  }
}
