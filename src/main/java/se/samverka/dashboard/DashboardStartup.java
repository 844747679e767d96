package se.samverka.dashboard;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * A database with history from before the dashboards had their read models (or whose models were emptied) gets them
 * filled from the history when the application starts. When two nodes start at once, one fills them and the other's
 * attempt fails on the first one's rows and is left.
 */
@Component
class DashboardStartup {

  private static final Logger LOG = LoggerFactory.getLogger(DashboardStartup.class);

  private final DashboardRebuild rebuild;

  DashboardStartup(DashboardRebuild rebuild) {
    this.rebuild = rebuild;
  }

  @EventListener(ApplicationReadyEvent.class)
  void rebuildWhenEmpty() {
    if (rebuild.needsRebuild()) {
      try {
        rebuild.rebuild();
      } catch (DataIntegrityViolationException | ConcurrencyFailureException anotherNodeWasFirst) {
        LOG.info("Instrumentpanelernas läsmodeller återuppbyggdes samtidigt av en annan nod");
      }
    }
  }
}
