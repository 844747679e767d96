package se.samverka.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Engine settings that fail closed in every profile, whatever a property file says: authorizations on, no Java
 * serialization of variables (JSON is the default format), no XXE processing of models, no expressions in ad-hoc queries.
 * Applied after configuration binding, so a profile cannot switch them off.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class EngineHardeningPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setAuthorizationEnabled(true);
    configuration.setJavaSerializationFormatEnabled(false);
    configuration.setDefaultSerializationFormat(Variables.SerializationDataFormats.JSON.getName());
    configuration.setEnableXxeProcessing(false);
    configuration.setEnableExpressionsInAdhocQueries(false);
  }
}
