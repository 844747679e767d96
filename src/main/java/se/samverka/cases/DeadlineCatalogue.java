package se.samverka.cases;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The kinds of statutory deadline and their legal references ({@code samverka.deadlines}). References change with the
 * law (SoL 2001:453 became SoL 2025:400), so they are data, not code.
 */
@ConfigurationProperties("samverka")
public record DeadlineCatalogue(Map<String, Kind> deadlines) {

  public DeadlineCatalogue {
    deadlines = deadlines == null ? Map.of() : new LinkedHashMap<>(deadlines);
  }

  public record Kind(String label, String reference) {}

  public Kind kind(String code) {
    Kind kind = deadlines.get(code);
    if (kind == null) {
      throw new IllegalStateException("Tidsfristen " + code + " saknas i samverka.deadlines");
    }
    return kind;
  }
}
