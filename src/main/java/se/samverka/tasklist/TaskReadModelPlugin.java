package se.samverka.tasklist;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import se.samverka.workflow.HistoryEventTap;

/**
 * Feeds the engine's task and identity-link history events to {@link TaskReadModel}, beside the database history
 * handler, in the same command and transaction. The engine must keep full history: with less it produces no
 * identity-link events, and the model would miss candidate groups, so the engine refuses to start.
 * <p>
 * The process tests' engine ({@code process-tests.cfg.xml}) has no Spring context and no model tables, so it runs
 * without this plugin; the model is tested against the application's engine on PostgreSQL.
 */
@Component
class TaskReadModelPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<TaskReadModel> model;

  TaskReadModelPlugin(ObjectProvider<TaskReadModel> model) {
    this.model = model;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    HistoryEventTap.add(configuration, event -> event instanceof HistoricTaskInstanceEventEntity
        || event instanceof HistoricIdentityLinkLogEventEntity, event -> model.getObject().handle(event));
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getHistoryLevel() != null
        && configuration.getHistoryLevel().getId() != HistoryLevel.HISTORY_LEVEL_FULL.getId()) {
      throw new IllegalStateException("Uppgiftslistan kräver att motorn för full historik (history-level: full)");
    }
  }
}
