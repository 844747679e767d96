package se.samverka.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The dashboards' settings ({@code samverka.dashboard}): {@code home-agency} names, per process key, the agency whose
 * work a process instance is (its starts and ends, its lead time) and of every step that is no user task with a
 * candidate group of an agency. A process not listed counts under {@value #UNKNOWN}.
 */
@ConfigurationProperties("samverka.dashboard")
public record DashboardSettings(Map<String, String> homeAgency) {

  /** The agency of a process that has no home agency in the settings. */
  public static final String UNKNOWN = "okand";

  public DashboardSettings {
    homeAgency = homeAgency == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(homeAgency));
    homeAgency.forEach((key, agency) -> {
      if (agency == null || !agency.matches("[a-z0-9-]{1,64}")) {
        throw new IllegalArgumentException("samverka.dashboard.home-agency." + key
            + ": myndighetens kod ska vara a-z, 0-9 och -");
      }
    });
  }

  /** The home agency of a process, or {@value #UNKNOWN}. */
  public String homeAgencyOf(String processKey) {
    String agency = processKey == null ? null : homeAgency.get(processKey);
    return agency != null ? agency : UNKNOWN;
  }
}
