package se.samverka.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** Profile prod stops at once, with the names of what is missing, when the database settings are not there. */
class ProductionSettingsCheckTests {

  private final ProductionSettingsCheck check = new ProductionSettingsCheck();

  @Test
  void stopsProdWithoutDatabaseSettingsNamingTheMissingVariables() {
    var environment = new MockEnvironment();
    environment.setActiveProfiles("prod");
    environment.setProperty("SAMVERKA_DB_USER", "samverka");
    assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
        .hasMessageContaining("databasinställningar saknas")
        .hasMessageContaining("SAMVERKA_DB_URL")
        .hasMessageContaining("SAMVERKA_DB_PASSWORD")
        .hasMessageNotContaining("SAMVERKA_DB_USER,");
  }

  @Test
  void stopsProdOnADatabaseOtherThanPostgresql() {
    var environment = new MockEnvironment();
    environment.setActiveProfiles("prod");
    environment.setProperty("SAMVERKA_DB_URL", "jdbc:h2:mem:x;password=hemligt");
    environment.setProperty("SAMVERKA_DB_USER", "u");
    environment.setProperty("SAMVERKA_DB_PASSWORD", "p");
    assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
        .hasMessageContaining("PostgreSQL").hasMessageNotContaining("hemligt");
  }

  @Test
  void letsOtherProfilesAndCompleteProdSettingsPass() {
    var demo = new MockEnvironment();
    demo.setActiveProfiles("demo");
    assertThatCode(() -> check.postProcessEnvironment(demo, new SpringApplication())).doesNotThrowAnyException();
    var prod = new MockEnvironment();
    prod.setActiveProfiles("prod");
    prod.setProperty("SAMVERKA_DB_URL", "jdbc:postgresql://db:5432/samverka");
    prod.setProperty("SAMVERKA_DB_USER", "u");
    prod.setProperty("SAMVERKA_DB_PASSWORD", "p");
    assertThatCode(() -> check.postProcessEnvironment(prod, new SpringApplication())).doesNotThrowAnyException();
  }
}
