package se.samverka.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Organisation numbers of well-known companies (published) in every accepted notation, and broken ones. */
class OrganisationNumberTests {

  @ParameterizedTest
  @CsvSource({"556012-5790, 556012-5790", "5560125790, 556012-5790", "165560125790, 556012-5790",
      "556016-0680, 556016-0680", "212000-0134, 212000-0134"})
  void acceptsValidNumbers(String input, String formatted) {
    assertThat(OrganisationNumber.parse(input).formatted()).isEqualTo(formatted);
  }

  @ParameterizedTest
  @ValueSource(strings = {"556012-5791", "5560160681"})
  void rejectsAWrongCheckDigit(String input) {
    assertThatThrownBy(() -> OrganisationNumber.parse(input)).hasMessageContaining("kontrollsiffra");
  }

  @ParameterizedTest
  @ValueSource(strings = {"55601-25790", "556012/5790", "abc", " "})
  void rejectsOtherFormats(String input) {
    assertThatThrownBy(() -> OrganisationNumber.parse(input)).isInstanceOf(IllegalArgumentException.class);
  }
}
