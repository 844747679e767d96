package se.samverka.sspf.process;

import static se.samverka.sspf.SspfArendeProcess.MESSAGE_CONSENT_WITHDRAWN;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.samverka.cases.CaseModel.ConsentWithdrawn;
import se.samverka.workflow.SystemContext;

/**
 * Consent withdrawn in the case store → the "consent withdrawn" message to the running SSPF case, which closes it.
 * Runs after the withdrawal has committed (sharing has stopped whatever happens to the process), on its own thread and
 * in its own transaction; the event publication registry keeps the event until this has run, so a crash between the
 * two loses nothing. Idempotent: a case that no longer waits for the message is left alone. Runs as the system: the
 * party that withdrew has already been checked by the case store and need not have the right to update the process.
 */
@Component
class ConsentWithdrawalRelay {

  private final RuntimeService runtimeService;
  private final SystemContext system;

  ConsentWithdrawalRelay(RuntimeService runtimeService, SystemContext system) {
    this.runtimeService = runtimeService;
    this.system = system;
  }

  @ApplicationModuleListener
  void on(ConsentWithdrawn event) {
    if (event.processInstanceId() == null) {
      return;
    }
    system.run(() -> {
      boolean waiting = runtimeService.createEventSubscriptionQuery().eventType("message")
          .eventName(MESSAGE_CONSENT_WITHDRAWN).processInstanceId(event.processInstanceId()).count() > 0;
      if (waiting) {
        runtimeService.createMessageCorrelation(MESSAGE_CONSENT_WITHDRAWN)
            .processInstanceId(event.processInstanceId()).correlate();
      }
    });
  }
}
