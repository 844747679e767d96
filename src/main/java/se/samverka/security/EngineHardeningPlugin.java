package se.samverka.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.runtime.DefaultDeserializationTypeValidator;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Engine settings that fail closed in every profile, whatever a property file says: authorizations on, no Java
 * serialization of variables (JSON is the default format), object variables deserialized only for the engine's own
 * allow-list, no XXE processing of models, no expressions in ad-hoc queries. Applied after configuration binding, so a
 * profile cannot switch them off.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class EngineHardeningPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setAuthorizationEnabled(true);
    configuration.setJavaSerializationFormatEnabled(false);
    configuration.setDefaultSerializationFormat(Variables.SerializationDataFormats.JSON.getName());
    // A client may send any "Object" variable with any type name (REST, Tasklist); without validation Jackson builds
    // whatever class it names when the variable is read. The default allow-list (java.lang, ArrayList, HashMap,
    // LinkedHashMap, …) covers every object variable our delegates write; nothing is added to it.
    configuration.setDeserializationTypeValidationEnabled(true);
    configuration.setDeserializationTypeValidator(new DefaultDeserializationTypeValidator());
    configuration.setDeserializationAllowedClasses(null);
    configuration.setDeserializationAllowedPackages(null);
    configuration.setEnableXxeProcessing(false);
    configuration.setEnableExpressionsInAdhocQueries(false);
  }
}
