package se.samverka.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;

/**
 * Adds a history event handler beside the engine's database handler, for a read model kept in step with the engine in
 * the same command and transaction (the task list's, the dashboards'). Call from a plugin's {@code preInit}.
 */
public final class HistoryEventTap {

  private HistoryEventTap() {}

  /**
   * Passes the events that {@code which} accepts to {@code handler}. Only those reach it, so a handler whose beans do
   * not exist yet is not asked for the events the engine produces while it is being built.
   */
  public static void add(ProcessEngineConfigurationImpl configuration, Predicate<HistoryEvent> which,
      Consumer<HistoryEvent> handler) {
    List<HistoryEventHandler> handlers = new ArrayList<>();
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    handlers.add(new HistoryEventHandler() {
      @Override
      public void handleEvent(HistoryEvent event) {
        if (which.test(event)) {
          handler.accept(event);
        }
      }

      @Override
      public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
      }
    });
    // The engine adds its own handlers to this list later, so it must be mutable.
    configuration.setCustomHistoryEventHandlers(handlers);
  }
}
