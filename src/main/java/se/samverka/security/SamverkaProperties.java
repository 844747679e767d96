package se.samverka.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code samverka}: which agency owns each group's data, the groups themselves, the legal grounds for a
 * disclosure, the demo switch.
 */
@ConfigurationProperties("samverka")
public record SamverkaProperties(
    Map<String, String> agencies, Map<String, String> groups, Map<String, String> legalGrounds, Demo demo) {

  public SamverkaProperties {
    agencies = agencies == null ? Map.of() : new LinkedHashMap<>(agencies);
    groups = groups == null ? Map.of() : new LinkedHashMap<>(groups);
    legalGrounds = legalGrounds == null ? Map.of() : new LinkedHashMap<>(legalGrounds);
    demo = demo == null ? new Demo(false, null) : demo;
  }

  /** Demo accounts: one user per group, named after the group, with this password. */
  public record Demo(boolean enabled, String password) {}
}
