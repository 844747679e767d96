package se.samverka.dashboard;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import se.samverka.workflow.HistoryEventTap;

/**
 * Feeds the engine's process-instance and activity-instance history events, and those of tasks and their candidate
 * groups (for the steps that count under the agency of their task's groups), to {@link DashboardReadModel}, beside the
 * database history handler, in the same command and transaction (as the task list's plugin does). The engine keeps
 * full history (the task list's plugin refuses to start with less), so every start and end is produced.
 * <p>
 * The process tests' engine ({@code process-tests.cfg.xml}) has no Spring context and no model tables, so it runs
 * without this plugin; the model is tested against the application's engine on PostgreSQL.
 */
@Component
class DashboardReadModelPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<DashboardReadModel> model;

  DashboardReadModelPlugin(ObjectProvider<DashboardReadModel> model) {
    this.model = model;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    HistoryEventTap.add(configuration, event -> event instanceof HistoricProcessInstanceEventEntity
        || event instanceof HistoricActivityInstanceEventEntity || event instanceof HistoricTaskInstanceEventEntity
        || event instanceof HistoricIdentityLinkLogEventEntity, event -> model.getObject().handle(event));
  }
}
