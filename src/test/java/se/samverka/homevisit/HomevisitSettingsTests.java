package se.samverka.homevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The home-visit settings: Linköpingsmodellen is for 15 ≤ age < 18, and the grounds each agency may share a tip on. */
class HomevisitSettingsTests {

  private final HomevisitSettings settings = new HomevisitSettings(15, 18, 7, "P4W", "P3M",
      Map.of("polis", List.of("polisens-anmalningsskyldighet")), Map.of("polis", "polisens-anmalningsskyldighet"));

  @ParameterizedTest(name = "{0} år: {1}")
  @CsvSource({"14, under", "15, inom", "17, inom", "18, over", "20, over"})
  void linkopingsmodellenIsFromFifteenAndBelowEighteen(int age, String group) {
    assertThat(settings.ageGroup(age)).isEqualTo(group);
  }

  @Test
  void refusesAnUpperAgeLimitThatLeavesNoTargetGroup() {
    assertThatThrownBy(() -> new HomevisitSettings(15, 15, 7, "P4W", "P3M", null, null))
        .hasMessageContaining("åldersgränser");
  }

  @Test
  void agenciesWithoutAGroundOfTheirOwnReportOnTheDutyToReport() {
    assertThat(settings.reportGroundOf("polis")).isEqualTo("polisens-anmalningsskyldighet");
    assertThat(settings.reportGroundOf("skola")).isEqualTo("osl-10-28");
    assertThat(settings.tipGroundsOf("skola")).isEmpty();
    assertThat(settings.tipGroundsOf(null)).isEmpty();
  }
}
