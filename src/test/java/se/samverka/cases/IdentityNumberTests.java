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
