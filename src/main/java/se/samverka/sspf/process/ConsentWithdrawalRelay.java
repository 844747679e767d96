package se.samverka.sspf.process;

import static se.samverka.sspf.SspfArendeProcess.MESSAGE_CONSENT_WITHDRAWN;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.samverka.cases.CaseModel.ConsentWithdrawn;
import se.samverka.workflow.SystemContext;

/**
 * Consent withdrawn in the case store → the "consent withdrawn" message to the running SSPF case, in the same
 * transaction, so the case closes as sharing stops. Runs as the system: the party that withdraws has already been
 * checked by the case store and need not have the right to update the process instance.
 */
@Component
class ConsentWithdrawalRelay {

  private final RuntimeService runtimeService;
  private final SystemContext system;

  ConsentWithdrawalRelay(RuntimeService runtimeService, SystemContext system) {
    this.runtimeService = runtimeService;
    this.system = system;
  }

  @EventListener
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
