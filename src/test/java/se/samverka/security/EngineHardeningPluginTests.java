package se.samverka.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.Test;

/** Whatever a profile sets, the plugin closes the engine's dangerous switches before the engine is built. */
class EngineHardeningPluginTests {

  @Test
  void closesEverySwitchThatAPropertyFileOpened() {
    var configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setAuthorizationEnabled(false);
    configuration.setJavaSerializationFormatEnabled(true);
    configuration.setDefaultSerializationFormat("application/x-java-serialized-object");
    configuration.setEnableXxeProcessing(true);
    configuration.setEnableExpressionsInAdhocQueries(true);

    new EngineHardeningPlugin().preInit(configuration);

    assertThat(configuration.isAuthorizationEnabled()).isTrue();
    assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
    assertThat(configuration.getDefaultSerializationFormat()).isEqualTo("application/json");
    assertThat(configuration.isEnableXxeProcessing()).isFalse();
    assertThat(configuration.isEnableExpressionsInAdhocQueries()).isFalse();
  }
}
