package se.samverka.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samverka.support.EngineAssertions;
import se.samverka.support.PostgresIntegrationTest;

/** The engine as the application starts it fails closed (the demo and prod profiles have their own tests). */
@PostgresIntegrationTest
class EngineSettingsIntegrationTests {

  @Autowired
  ProcessEngine engine;

  @Test
  void engineFailsClosed() {
    EngineAssertions.assertFailsClosed((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration());
  }
}
