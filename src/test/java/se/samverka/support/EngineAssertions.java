package se.samverka.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** Assertions on the engine that every profile must pass. */
public final class EngineAssertions {

  private EngineAssertions() {}

  /** Authorizations on, no Java serialization, object types validated, no XXE, no expressions in ad-hoc queries, filtered history. */
  public static void assertFailsClosed(ProcessEngineConfigurationImpl configuration) {
    assertThat(configuration.isAuthorizationEnabled()).as("authorizations").isTrue();
    assertThat(configuration.isJavaSerializationFormatEnabled()).as("Java serialization of variables").isFalse();
    assertThat(configuration.getDefaultSerializationFormat()).isEqualTo("application/json");
    assertThat(configuration.isDeserializationTypeValidationEnabled()).as("deserialization type validation").isTrue();
    assertThat(configuration.isEnableXxeProcessing()).as("XXE processing").isFalse();
    assertThat(configuration.isEnableExpressionsInAdhocQueries()).as("expressions in ad-hoc queries").isFalse();
    assertThat(configuration.isEnableDefaultDbHistoryEventHandler()).as("unfiltered history handler").isFalse();
  }
}
