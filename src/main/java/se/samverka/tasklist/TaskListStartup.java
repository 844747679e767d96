package se.samverka.tasklist;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * A database with open tasks from before the task list had its read model (or whose model was emptied) gets the
 * model filled from the engine when the application starts. When two nodes start at once, one fills it and the
 * other's attempt fails on the first one's rows and is left.
 */
@Component
class TaskListStartup {

  private static final Logger LOG = LoggerFactory.getLogger(TaskListStartup.class);

  private final TaskReadModel model;

  TaskListStartup(TaskReadModel model) {
    this.model = model;
  }

  @EventListener(ApplicationReadyEvent.class)
  void rebuildWhenEmpty() {
    if (model.needsRebuild()) {
      try {
        model.rebuild();
      } catch (DataIntegrityViolationException anotherNodeWasFirst) {
        LOG.info("Uppgiftslistan återuppbyggdes samtidigt av en annan nod");
      }
    }
  }
}
