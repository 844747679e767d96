package se.samverka.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The last day to appeal a supervision decision: three weeks from the day the licence holder got it (FL 44 §); a last
 * day on a Saturday, Sunday, public holiday, midsummer eve, Christmas eve or New Year's eve moves to the next working
 * day (lag 1930:173).
 */
class AppealPeriodTests {

  private final LicensingSettings settings = LicensingSettings.defaults();

  @ParameterizedTest(name = "received {0}: last day {1} ({2})")
  @CsvSource({
      "2027-01-18, 2027-02-08, an ordinary Monday stays",
      "2026-05-02, 2026-05-25, Saturday 23 May moves past Sunday to Monday",
      "2026-05-29, 2026-06-22, midsummer eve 19 June moves past midsummer day and Sunday",
      "2026-12-03, 2026-12-28, Christmas eve moves past Christmas day and the weekend",
      "2026-12-10, 2027-01-04, New Year's eve moves past New Year's day and the weekend",
      "2026-04-23, 2026-05-15, Ascension day moves to the Friday"})
  void theLastDayCountsFromReceiptAndMovesOffDaysOff(LocalDate received, LocalDate lastDay, String why) {
    assertThat(settings.lastAppealDay(received)).isEqualTo(lastDay);
    assertThat(settings.appealUntil(received).toInstant().atZone(ZoneId.systemDefault()).toLocalDateTime())
        .isEqualTo(lastDay.atTime(23, 59, 59));
  }

  @ParameterizedTest(name = "{0} is the last day of a period ending that day")
  @CsvSource({"2026-06-18", "2026-12-23", "2026-04-30"})
  void aWorkingDayIsItsOwnLastDay(LocalDate day) {
    assertThat(WorkingDays.onOrAfter(day)).isEqualTo(day);
  }
}
