package se.samverka.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Personnummer and samordningsnummer against published values: Skatteverket's worked example 640823-3234 and the
 * coordination number 701063-2391 (DOMAIN-RESEARCH §9.1), in every accepted notation.
 */
class IdentityNumberTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  @ParameterizedTest
  @CsvSource({
      "640823-3234,   196408233234, false, 1964-08-23",
      "6408233234,    196408233234, false, 1964-08-23",
      "196408233234,  196408233234, false, 1964-08-23",
      "19640823-3234, 196408233234, false, 1964-08-23",
      "701063-2391,   197010632391, true,  1970-10-03",
      "7010632391,    197010632391, true,  1970-10-03",
      "197010632391,  197010632391, true,  1970-10-03",
      "120315-2382,   201203152382, false, 2012-03-15",
      "201203152382,  201203152382, false, 2012-03-15"})
  void acceptsValidNumbersInEveryNotation(String input, String twelve, boolean coordination, LocalDate birth) {
    IdentityNumber number = IdentityNumber.parse(input, TODAY);
    assertThat(number.twelveDigits()).isEqualTo(twelve);
    assertThat(number.coordinationNumber()).isEqualTo(coordination);
    assertThat(number.birthDate()).isEqualTo(birth);
  }

  @ParameterizedTest
  @ValueSource(strings = {"640823-3235", "6408233230", "196408233231", "701063-2392", "120315-2383"})
  void rejectsWrongCheckDigit(String input) {
    assertThatThrownBy(() -> IdentityNumber.parse(input, TODAY)).hasMessageContaining("kontrollsiffra");
  }

  @ParameterizedTest
  @ValueSource(strings = {"64082-3234", "64O823-3234", "1964082332345", "640823/3234", ""})
  void rejectsWrongFormat(String input) {
    assertThatThrownBy(() -> IdentityNumber.parse(input, TODAY)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void plusSeparatorMeansAHundredYearsOrMore() {
    // 120315+2382 is a person born 1912 (the '+' is written from the year they turn 100).
    assertThat(IdentityNumber.parse("120315+2382", TODAY).birthDate()).isEqualTo(LocalDate.of(1912, 3, 15));
    assertThat(IdentityNumber.parse("120315-2382", TODAY).birthDate()).isEqualTo(LocalDate.of(2012, 3, 15));
    assertThatThrownBy(() -> IdentityNumber.parse("20120315+2382", TODAY)).hasMessageContaining("100");
  }

  @Test
  void rejectsImpossibleDatesAndDatesInTheFuture() {
    // 640230: 30 February; the check digit is valid for the digits, the date is not.
    assertThatThrownBy(() -> IdentityNumber.parse("640230-" + tailFor("640230", "323"), TODAY))
        .hasMessageContaining("giltigt datum");
    assertThatThrownBy(() -> IdentityNumber.parse("20281201" + tailFor("281201", "239"), TODAY))
        .hasMessageContaining("framtiden");
  }

  @ParameterizedTest
  @CsvSource({
      "00130101, födelseåret 13",
      "17990101, födelseåret 1799",
      "18790101, födelseåret 1879",
      "21000101, framtiden",
      "21260101, framtiden"})
  void refusesACenturyNobodyLivingWasBornIn(String date, String message) {
    String number = date + tailFor(date.substring(2), "238");
    assertThatThrownBy(() -> IdentityNumber.parse(number, TODAY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
  }

  @Test
  void acceptsTheOldestPlausibleBirthYearsAndThisYearUpToToday() {
    assertThat(IdentityNumber.parse("18800101" + tailFor("800101", "238"), TODAY).birthDate())
        .isEqualTo(LocalDate.of(1880, 1, 1));
    assertThat(IdentityNumber.parse("20261127" + tailFor("261127", "238"), TODAY).birthDate()).isEqualTo(TODAY);
    assertThatThrownBy(() -> IdentityNumber.parse("20261128" + tailFor("261128", "238"), TODAY))
        .hasMessageContaining("framtiden");
  }

  @Test
  void acceptsTwentyNinthFebruaryOnlyInLeapYears() {
    assertThat(IdentityNumber.parse("20240229" + tailFor("240229", "238"), TODAY).birthDate())
        .isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(IdentityNumber.parse("20000229" + tailFor("000229", "238"), TODAY).birthDate())
        .isEqualTo(LocalDate.of(2000, 2, 29));
    assertThatThrownBy(() -> IdentityNumber.parse("20230229" + tailFor("230229", "238"), TODAY))
        .hasMessageContaining("giltigt datum");
    // 1900 is not a leap year (divisible by 100, not by 400): 000229+ is the 29th of February 1900.
    assertThatThrownBy(() -> IdentityNumber.parse("000229+" + tailFor("000229", "238"), TODAY))
        .hasMessageContaining("giltigt datum");
  }

  @Test
  void coordinationNumbersCarryTheDayPlusSixtyAndMustBeARealDate() {
    IdentityNumber leap = IdentityNumber.parse("20240289" + tailFor("240289", "238"), TODAY);
    assertThat(leap.coordinationNumber()).isTrue();
    assertThat(leap.birthDate()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(IdentityNumber.parse("701091-" + tailFor("701091", "238"), TODAY).birthDate())
        .isEqualTo(LocalDate.of(1970, 10, 31));
    assertThatThrownBy(() -> IdentityNumber.parse("20230289" + tailFor("230289", "238"), TODAY))
        .hasMessageContaining("Samordningsnumret innehåller inget giltigt datum");
    assertThatThrownBy(() -> IdentityNumber.parse("640892-" + tailFor("640892", "238"), TODAY))
        .hasMessageContaining("Samordningsnumret innehåller inget giltigt datum");
    assertThatThrownBy(() -> IdentityNumber.parse("640860-" + tailFor("640860", "238"), TODAY))
        .hasMessageContaining("giltigt datum");
  }

  @Test
  void plusIsForAHundredYearsOrMoreAndNeverReachesBefore1880() {
    // In 2026 a person born in 1926 turns 100: the '+' is right from 1 January.
    assertThat(IdentityNumber.parse("261231+" + tailFor("261231", "238"), TODAY).birthDate())
        .isEqualTo(LocalDate.of(1926, 12, 31));
    assertThat(IdentityNumber.parse("19261231+" + tailFor("261231", "238"), TODAY).birthDate())
        .isEqualTo(LocalDate.of(1926, 12, 31));
    assertThat(IdentityNumber.parse("19261231-" + tailFor("261231", "238"), TODAY).birthDate())
        .isEqualTo(LocalDate.of(1926, 12, 31));
    assertThatThrownBy(() -> IdentityNumber.parse("19270101+" + tailFor("270101", "238"), TODAY))
        .hasMessageContaining("100");
    // 270101+ would be 1827.
    assertThatThrownBy(() -> IdentityNumber.parse("270101+" + tailFor("270101", "238"), TODAY))
        .hasMessageContaining("födelseåret 1827");
  }

  @Test
  void tenDigitsWithoutCenturyPicksTheLatestPastYear() {
    assertThat(IdentityNumber.parse("1007072398", TODAY).birthDate()).isEqualTo(LocalDate.of(2010, 7, 7));
    assertThat(IdentityNumber.parse("640823-3234", TODAY).ageOn(TODAY)).isEqualTo(62);
  }

  @Test
  void formatsAsTenDigitsWithSeparator() {
    assertThat(IdentityNumber.parse("196408233234", TODAY).formatted(TODAY)).isEqualTo("640823-3234");
  }

  private static String tailFor(String date, String birthNumber) {
    for (int check = 0; check < 10; check++) {
      if (IdentityNumber.luhnValid(date + birthNumber + check)) {
        return birthNumber + check;
      }
    }
    throw new IllegalStateException();
  }
}
