package se.samverka.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.json.SpinJsonNode;
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

  @Test
  void objectVariablesOfAClassOutsideTheAllowListAreRefusedAndOursStillWork() {
    var tasks = engine.getTaskService();
    var task = tasks.newTask();
    tasks.saveTask(task);
    try {
      // As a client sends it through /engine-rest: a serialized JSON object naming its own class.
      tasks.setVariable(task.getId(), "uri", Variables.serializedObjectValue("\"https://example.org/\"")
          .objectTypeName("java.net.URI").serializationDataFormat(SerializationDataFormats.JSON).create());
      tasks.setVariable(task.getId(), "uris", Variables.serializedObjectValue("[\"https://example.org/\"]")
          .objectTypeName("java.util.ArrayList<java.net.URI>").serializationDataFormat(SerializationDataFormats.JSON)
          .create());
      assertThatThrownBy(() -> tasks.getVariable(task.getId(), "uri"))
          .isInstanceOf(ProcessEngineException.class).hasMessageContaining("java.net.URI");
      assertThatThrownBy(() -> tasks.getVariable(task.getId(), "uris"))
          .isInstanceOf(ProcessEngineException.class).hasMessageContaining("java.net.URI");

      // What our delegates write (lists of ids, maps of names) and Tasklist's checklists (Spin JSON) still work.
      tasks.setVariable(task.getId(), "ids", new ArrayList<>(List.of("p1", "p2")));
      tasks.setVariable(task.getId(), "names", new LinkedHashMap<>(Map.of("p1", "Krogen Ankaret")));
      tasks.setVariable(task.getId(), "checklist", SpinValues.jsonValue("[\"skola\",\"polis\"]").create());
      assertThat(tasks.getVariable(task.getId(), "ids")).isEqualTo(List.of("p1", "p2"));
      assertThat(tasks.getVariable(task.getId(), "names")).isEqualTo(Map.of("p1", "Krogen Ankaret"));
      assertThat(((SpinJsonNode) tasks.getVariable(task.getId(), "checklist")).elements()).hasSize(2);
    } finally {
      tasks.deleteTask(task.getId(), true);
    }
  }
}
