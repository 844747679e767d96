package se.samverka.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import se.samverka.errors.InvalidInput;

class PeriodTests {

  static final YearMonth NOW = YearMonth.of(2026, 11);

  @Test
  void byDefaultThePeriodIsTheLastTwelveMonthsUpToThisOne() {
    assertThat(Period.parse(null, "", NOW)).isEqualTo(new Period(YearMonth.of(2025, 12), NOW));
    assertThat(Period.parse(null, "2026-03", NOW)).isEqualTo(new Period(YearMonth.of(2025, 4), YearMonth.of(2026, 3)));
    assertThat(Period.parse("2026-10", "2026-10", NOW).label()).isEqualTo("oktober 2026");
    assertThat(Period.parse("2026-01", "2026-03", NOW).label()).isEqualTo("januari 2026 – mars 2026");
  }

  @Test
  void aBadMonthIsRefusedInSwedishWithoutEchoingIt() {
    for (String bad : new String[] {"2026-13", "okt", "2026-1-1", "x".repeat(10_000), "1999-12", "2026-10'--"}) {
      assertThatThrownBy(() -> Period.parse(bad, null, NOW)).isInstanceOf(InvalidInput.class)
          .hasMessageStartingWith("Startmånaden")
          .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(120).doesNotContain("'"));
    }
    assertThatThrownBy(() -> Period.parse("2026-05", "2026-04", NOW)).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("slutar före");
    assertThatThrownBy(() -> Period.parse("2001-01", "2026-04", NOW)).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("högst 10 år");
  }
}
