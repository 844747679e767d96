package se.samverka.workflow;

import static org.assertj.core.api.Assertions.assertThat;

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
  void historyCleanupRunsAtNightAndCmmnIsOff() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    assertThat(configuration.isCmmnEnabled()).isFalse();
    assertThat(configuration.getHistoryLevel().getName()).isEqualTo("full");
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().list())
        .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).isEqualTo(1825));
  }

  @Test
  void engineFailsClosed() {
    EngineAssertions.assertFailsClosed((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration());
  }
}
