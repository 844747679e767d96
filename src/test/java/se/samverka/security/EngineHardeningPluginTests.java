package se.samverka.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.runtime.DefaultDeserializationTypeValidator;
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
    configuration.setDeserializationTypeValidationEnabled(false);
    configuration.setDeserializationTypeValidator(className -> true);
    configuration.setDeserializationAllowedPackages("java,org,com");
    configuration.setDeserializationAllowedClasses("java.net.URI");

    new EngineHardeningPlugin().preInit(configuration);

    assertThat(configuration.isAuthorizationEnabled()).isTrue();
    assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
    assertThat(configuration.getDefaultSerializationFormat()).isEqualTo("application/json");
    assertThat(configuration.isEnableXxeProcessing()).isFalse();
    assertThat(configuration.isEnableExpressionsInAdhocQueries()).isFalse();
    assertThat(configuration.isDeserializationTypeValidationEnabled()).isTrue();
    assertThat(configuration.getDeserializationTypeValidator()).isInstanceOf(DefaultDeserializationTypeValidator.class);
    assertThat(configuration.getDeserializationAllowedPackages()).isNull();
    assertThat(configuration.getDeserializationAllowedClasses()).isNull();
  }

  @Test
  void objectVariablesDeserializeOnlyForTheEnginesAllowList() {
    var configuration = new StandaloneInMemProcessEngineConfiguration();
    new EngineHardeningPlugin().preInit(configuration);
    var validator = configuration.getDeserializationTypeValidator();

    // What our delegates store as object variables: lists of ids and maps of names.
    assertThat(validator.validate("java.util.ArrayList")).isTrue();
    assertThat(validator.validate("java.util.LinkedHashMap")).isTrue();
    assertThat(validator.validate("java.lang.String")).isTrue();
    // Anything else a client names is refused, gadgets and harmless classes alike.
    assertThat(validator.validate("java.net.URI")).isFalse();
    assertThat(validator.validate("org.springframework.context.support.FileSystemXmlApplicationContext")).isFalse();
    assertThat(validator.validate("se.samverka.cases.CaseModel$Person")).isFalse();
  }
}
