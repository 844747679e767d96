package se.samverka.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samverka.dashboard.PriorityAreas.Activity;
import se.samverka.dashboard.PriorityAreas.AreaSetting;

/** The priority areas as configured: in the agreement's order, activities without a process kept, bad keys refused. */
class PriorityAreasTests {

  @Test
  void theAreasComeInTheAgreementsOrderWithTheirActivities() {
    Map<String, AreaSetting> configured = new LinkedHashMap<>();
    configured.put("naringsliv", new AreaSetting(6, "Utveckla samverkan med näringslivet",
        List.of(new Activity("AAS", List.of("aas-ar")), new Activity("Hyresvärdnätverket", null))));
    configured.put("unga", new AreaSetting(1, "Skydda barn och unga", List.of(new Activity("SSPF",
        List.of("sspf-arende")))));
    List<PriorityAreas.Area> areas = new PriorityAreas(configured).areas();
    assertThat(areas).extracting(PriorityAreas.Area::code).containsExactly("unga", "naringsliv");
    assertThat(areas.get(1).activities()).extracting(Activity::processes)
        .containsExactly(List.of("aas-ar"), List.of());
    assertThat(new PriorityAreas(null).areas()).isEmpty();
  }

  @Test
  void aProcessKeyOrAreaCodeThatIsNoKeyIsRefusedAtStart() {
    assertThatThrownBy(() -> new Activity("SSPF", List.of("SSPF ärende")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("processnyckeln");
    assertThatThrownBy(() -> new Activity(" ", List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("saknar namn");
    assertThatThrownBy(() -> new PriorityAreas(Map.of("Unga område", new AreaSetting(1, "Unga", List.of()))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("koden");
  }
}
