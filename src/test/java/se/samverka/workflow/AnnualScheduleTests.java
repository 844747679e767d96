package se.samverka.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AnnualScheduleTests {

  @Test
  void usesTheDefaultUnlessAProcessHasItsOwnSchedule() {
    AnnualSchedule schedule = new AnnualSchedule();
    assertThat(schedule.cron("aas-ar")).isEqualTo("0 0 6 10 1 *");
    schedule.setCron(Map.of("aas-ar", "0 30 8 1 2 *"));
    assertThat(schedule.cron("aas-ar")).isEqualTo("0 30 8 1 2 *");
    assertThat(schedule.cron("restaurangrapport")).isEqualTo("0 0 7 2 3 *");
  }

  @Test
  void refusesACronWithAYearOrWithoutSeconds() {
    AnnualSchedule schedule = new AnnualSchedule();
    assertThatThrownBy(() -> schedule.setCron(Map.of("kmk-ar", "0 0 6 15 1 ? 2027")))
        .hasMessageContaining("sex fält").hasMessageContaining("kmk-ar");
    assertThatThrownBy(() -> schedule.setCron(Map.of("kmk-ar", "0 6 15 1 *"))).hasMessageContaining("inte 5");
  }

  @Test
  void refusesAProcessWithoutASchedule() {
    assertThatThrownBy(() -> new AnnualSchedule().cron("okand-process"))
        .hasMessageContaining("Ingen årlig start");
  }
}
