package se.samverka.dashboard;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who sees the dashboards ({@code samverka.dashboard.viewers}): the managers' groups, each of whom sees its own agency's
 * work in full figures and down to the case number (the agency comes from {@code samverka.agencies}); the groups that see
 * every agency's work as aggregates only; and the smallest count shown to them as a number (below it: "färre än 5").
 */
@ConfigurationProperties("samverka.dashboard.viewers")
public record ViewerSettings(
    @DefaultValue({"chef", "chefSocialtjanst", "chefPolis"}) List<String> managers,
    @DefaultValue({"styrgrupp", "trygghetssamordnare"}) List<String> overview,
    @DefaultValue("5") int suppressBelow) {

  public ViewerSettings {
    managers = List.copyOf(managers);
    overview = List.copyOf(overview);
    if (suppressBelow < 1) {
      throw new IllegalArgumentException("samverka.dashboard.viewers.suppress-below måste vara minst 1");
    }
  }
}
