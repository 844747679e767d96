package se.samverka.dashboard;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The priority areas of the cooperation agreement and their activities ({@code samverka.dashboard.priority-areas}):
 * per area code its number, its Swedish name and its activities, each with the process keys that carry it (none: "ingen
 * process ännu"). For now a setting; the follow-up issue that keeps the agreement as data replaces this record with its
 * own source of {@link #areas()}, and the page stays as it is.
 */
@ConfigurationProperties("samverka.dashboard")
public record PriorityAreas(Map<String, AreaSetting> priorityAreas) {

  /** One area as configured (its code is the key). */
  public record AreaSetting(int number, String name, List<Activity> activities) {}

  /** An activity of the agreement's action plan and the processes that carry it (may be none yet). */
  public record Activity(String name, List<String> processes) {

    public Activity {
      if (name == null || name.isBlank() || name.length() > 300) {
        throw new IllegalArgumentException("samverka.dashboard.priority-areas: en aktivitet saknar namn");
      }
      processes = processes == null ? List.of() : List.copyOf(processes);
      processes.forEach(key -> {
        if (key == null || !key.matches("[a-z0-9-]{1,64}")) {
          throw new IllegalArgumentException("samverka.dashboard.priority-areas: processnyckeln ska vara a-z, 0-9 "
              + "och -");
        }
      });
    }
  }

  /** An area with its code, in the agreement's order. */
  public record Area(String code, int number, String name, List<Activity> activities) {}

  public PriorityAreas {
    priorityAreas = priorityAreas == null ? Map.of() : new LinkedHashMap<>(priorityAreas);
    priorityAreas.forEach((code, area) -> {
      if (!code.matches("[a-z0-9-]{1,64}") || area == null || area.name() == null || area.name().isBlank()) {
        throw new IllegalArgumentException("samverka.dashboard.priority-areas." + code
            + ": koden ska vara a-z, 0-9 och - och området ska ha ett namn");
      }
    });
    priorityAreas = java.util.Collections.unmodifiableMap(priorityAreas);
  }

  /** The areas by their number in the agreement. */
  public List<Area> areas() {
    return priorityAreas.entrySet().stream()
        .map(e -> new Area(e.getKey(), e.getValue().number(), e.getValue().name(),
            e.getValue().activities() == null ? List.of() : List.copyOf(e.getValue().activities())))
        .sorted(Comparator.comparingInt(Area::number))
        .toList();
  }
}
