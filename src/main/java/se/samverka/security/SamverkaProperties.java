package se.samverka.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Settings under {@code samverka}: which agency owns each group's data, the groups themselves, the units of an agency
 * that a consent may name on their own, the legal grounds for a disclosure, the demo switch.
 */
@ConfigurationProperties("samverka")
public record SamverkaProperties(
    Map<String, String> agencies, Map<String, String> groups, Map<String, Map<String, Unit>> units,
    Map<String, String> legalGrounds, Demo demo) {

  @ConstructorBinding
  public SamverkaProperties {
    agencies = agencies == null ? Map.of() : new LinkedHashMap<>(agencies);
    groups = groups == null ? Map.of() : new LinkedHashMap<>(groups);
    units = units == null ? Map.of() : new LinkedHashMap<>(units);
    legalGrounds = legalGrounds == null ? Map.of() : new LinkedHashMap<>(legalGrounds);
    demo = demo == null ? new Demo(false, null, null) : demo;
    for (var agency : units.entrySet()) {
      if (!agencies.containsValue(agency.getKey())) {
        throw new IllegalArgumentException("samverka.units: okänd myndighet " + agency.getKey());
      }
      agency.getValue().forEach((code, unit) -> {
        if (!code.matches("[a-z0-9-]{1,40}") || unit == null || unit.group() == null
            || !unit.group().matches("[a-zA-Z0-9]{1,64}") || unit.label() == null || unit.label().isBlank()) {
          throw new IllegalArgumentException("samverka.units." + agency.getKey() + "." + code
              + ": enheten behöver en kod (a-z, 0-9, -), en benämning och en grupp (bokstäver och siffror)");
        }
      });
    }
  }

  /** Without units: every consent names whole agencies. */
  public SamverkaProperties(Map<String, String> agencies, Map<String, String> groups, Map<String, String> legalGrounds,
      Demo demo) {
    this(agencies, groups, null, legalGrounds, demo);
  }

  /**
   * A unit of an agency (a school, a local police team): its Swedish label and the Camunda group whose members work
   * there. The engine accepts only letters and digits in a group id, hence a group of its own beside the unit's code.
   */
  public record Unit(String label, String group) {}

  /**
   * Demo accounts: one user per group, named after the group, with this password; {@code units} puts a demo user in a
   * unit ({@code skola: "skola:paulinska"}).
   */
  public record Demo(boolean enabled, String password, Map<String, String> units) {

    public Demo {
      units = units == null ? Map.of() : new LinkedHashMap<>(units);
    }
  }
}
