package se.samverka.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverka.licensing.SanctionHistory.EarlierSanction;

/** The earlier sanctions the sanction ladder counts: formal ones, within the look-back, the most severe first. */
class SanctionHistoryTests {

  private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);
  private final LicensingSettings settings = LicensingSettings.defaults();

  private SanctionHistory of(EarlierSanction... decided) {
    return SanctionHistory.of(List.of(decided), settings.sanctionLookBackFrom(TODAY), TODAY);
  }

  @Test
  void theLookBackExcludesSanctionsOlderThanTwoYears() {
    SanctionHistory history = of(new EarlierSanction("varning", LocalDate.of(2025, 3, 9)),
        new EarlierSanction("erinran", LocalDate.of(2024, 6, 1)));
    assertThat(history.mostSevere()).isEqualTo("ingen");
    assertThat(history.mostSevereOn()).isNull();
    assertThat(history.summary(settings.sanctionLookBackFrom(TODAY))).isEqualTo("Ingen erinran eller varning sedan 2025-03-10");
  }

  @Test
  void aSanctionOnTheFirstDayOfTheLookBackCounts() {
    SanctionHistory history = of(new EarlierSanction("erinran", LocalDate.of(2025, 3, 10)));
    assertThat(history.mostSevere()).isEqualTo("erinran");
    assertThat(history.mostSevereOn()).isEqualTo("2025-03-10");
  }

  @Test
  void aWarningOutranksALaterErinranAndAllAreListedLatestFirst() {
    SanctionHistory history = of(new EarlierSanction("erinran", LocalDate.of(2026, 11, 2)),
        new EarlierSanction("varning", LocalDate.of(2026, 1, 20)),
        new EarlierSanction("ingen", LocalDate.of(2026, 12, 1)),
        new EarlierSanction("varning", LocalDate.of(2024, 1, 1)));
    assertThat(history.mostSevere()).isEqualTo("varning");
    assertThat(history.mostSevereOn()).isEqualTo("2026-01-20");
    assertThat(history.summary(settings.sanctionLookBackFrom(TODAY)))
        .isEqualTo("Erinran 2026-11-02, Varning 2026-01-20 (sedan 2025-03-10)");
  }

  @Test
  void theLatestOfTwoWarningsIsTheOneGiven() {
    assertThat(of(new EarlierSanction("varning", LocalDate.of(2025, 6, 1)),
        new EarlierSanction("varning", LocalDate.of(2026, 6, 1))).mostSevereOn()).isEqualTo("2026-06-01");
  }

  @Test
  void theLookBackIsASetting() {
    LicensingSettings oneYear = new LicensingSettings(10, "P1M", "P14D", "P14D", "P3W", 1, "P7D", "P14D", "P1Y", "P2W");
    SanctionHistory history = SanctionHistory.of(List.of(new EarlierSanction("varning", LocalDate.of(2026, 1, 20))),
        oneYear.sanctionLookBackFrom(TODAY), TODAY);
    assertThat(history.mostSevere()).isEqualTo("ingen");
  }
}
