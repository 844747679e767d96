package se.samverka.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTests {

  @ParameterizedTest(name = "{0} is a day off")
  @CsvSource({"2026-01-01", "2026-01-06", "2026-04-03", "2026-04-06", "2026-05-01", "2026-05-14", "2026-06-06",
      "2026-06-19", "2026-12-24", "2026-12-25", "2026-12-26", "2026-12-31", "2027-03-26", "2027-03-29",
      "2026-11-28", "2026-11-29"})
  void holidaysAndWeekendsAreNoWorkingDays(LocalDate day) {
    assertThat(WorkingDays.isWorkingDay(day)).isFalse();
  }

  @ParameterizedTest(name = "{0} is a working day")
  @CsvSource({"2026-11-27", "2026-12-23", "2026-12-28", "2026-06-18", "2026-04-07"})
  void ordinaryWeekdaysAreWorkingDays(LocalDate day) {
    assertThat(WorkingDays.isWorkingDay(day)).isTrue();
  }

  @ParameterizedTest(name = "10 working days after {0} is {1}")
  @CsvSource({
      "2026-11-27, 2026-12-11", // two ordinary weeks
      "2026-12-18, 2027-01-08", // Christmas eve, Christmas, Boxing day, New Year's eve, New Year, Epiphany
      "2026-03-27, 2026-04-14", // Good Friday and Easter Monday
      "2026-06-12, 2026-06-29"}) // National day on a Saturday, midsummer eve
  void tenWorkingDaysSkipWeekendsAndHolidays(LocalDate from, LocalDate expected) {
    assertThat(WorkingDays.after(from, 10)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"-1"})
  void refusesNegativeDays(int days) {
    assertThatThrownBy(() -> WorkingDays.after(LocalDate.of(2026, 1, 1), days))
        .hasMessageContaining("negativt");
  }
}
