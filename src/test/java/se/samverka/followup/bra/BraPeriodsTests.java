package se.samverka.followup.bra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The quarters of local BRÅ and the periods of the lägesbild, as the processes claim them and the pages read them. */
class BraPeriodsTests {

  @Test
  void aQuarterRunsFromItsFirstToItsLastDay() {
    assertThat(Quarters.of(LocalDate.of(2026, 12, 31))).isEqualTo("2026-K4");
    assertThat(Quarters.of(LocalDate.of(2027, 1, 1))).isEqualTo("2027-K1");
    assertThat(Quarters.firstDay("2027-K2")).isEqualTo(LocalDate.of(2027, 4, 1));
    assertThat(Quarters.lastDay("2027-K1")).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(Quarters.previous("2027-K1")).isEqualTo("2026-K4");
    assertThat(Quarters.next("2026-K4")).isEqualTo("2027-K1");
    assertThat(Quarters.parse("2026-K5")).isEmpty();
    assertThat(Quarters.parse("2026-K4x")).isEmpty();
    assertThat(Quarters.parse(null)).isEmpty();
  }

  @Test
  void theDefaultPeriodIsTwoYearsFromTheOddYears() {
    var schedule = new LagesbildSchedule("0 0 7 1 2 *", 2, 2023);
    assertThat(schedule.getCron()).isEqualTo("0 0 7 1 2 *");
    assertThat(schedule.periodOf(LocalDate.of(2027, 2, 1))).isEqualTo("2027-2028");
    assertThat(schedule.periodOf(LocalDate.of(2028, 2, 1))).isEqualTo("2027-2028");
    assertThat(schedule.periodOf(LocalDate.of(2021, 6, 1))).isEqualTo("2021-2022");
    assertThat(new LagesbildSchedule("0 0 7 1 2 *", 1, 2023).periodOf(LocalDate.of(2028, 2, 1)))
        .isEqualTo("2028-2028");
    assertThat(schedule.parse("2027-2028")).contains("2027-2028");
    assertThat(schedule.parse("2028-2027")).isEmpty();
    assertThat(schedule.parse("abc")).isEmpty();
  }

  @Test
  void aCronWithoutSixFieldsOrAPeriodOutOfRangeStopsTheStartInSwedish() {
    assertThatThrownBy(() -> new LagesbildSchedule("0 7 1 2 *", 2, 2023))
        .hasMessageContaining("ska ha sex fält");
    assertThatThrownBy(() -> new LagesbildSchedule("0 0 7 1 2 *", 0, 2023))
        .hasMessageContaining("period-years ska vara 1 till 8 år");
  }
}
