package se.samverka.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Stops a start in profile {@code prod} with one clear message when the database settings are missing, instead of a
 * connection error deep in the engine's start-up.
 */
public class ProductionSettingsCheck implements EnvironmentPostProcessor {

  static final List<String> REQUIRED = List.of("SAMVERKA_DB_URL", "SAMVERKA_DB_USER", "SAMVERKA_DB_PASSWORD");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
      return;
    }
    List<String> missing = new ArrayList<>();
    for (String name : REQUIRED) {
      String value = environment.getProperty(name);
      if (value == null || value.isBlank()) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException("Samverka kan inte starta i profilen prod: databasinställningar saknas. "
          + "Sätt miljövariablerna " + String.join(", ", missing)
          + " (t.ex. SAMVERKA_DB_URL=jdbc:postgresql://dbhost:5432/samverka).");
    }
    String url = environment.getProperty("SAMVERKA_DB_URL");
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new IllegalStateException("Samverka kan inte starta i profilen prod: SAMVERKA_DB_URL måste vara en "
          + "PostgreSQL-adress (jdbc:postgresql://...), men var " + url.replaceAll("password=[^&;]*", "password=***"));
    }
  }
}
