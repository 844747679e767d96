package se.samverka.sspf.process;

import static se.samverka.sspf.SspfArendeProcess.MESSAGE_CONSENT_WITHDRAWN;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;
import se.samverka.cases.CaseModel.ConsentWithdrawn;
import se.samverka.workflow.SystemContext;

/**
 * Consent withdrawn in the case store → the "consent withdrawn" message to the running SSPF case, which closes it.
 * Runs after the withdrawal has committed: sharing has stopped whatever happens to the process. Runs as the system:
 * the party that withdraws has already been checked by the case store and need not have the right to update the
 * process instance.
 */
@Component
class ConsentWithdrawalRelay {

  private final RuntimeService runtimeService;
  private final SystemContext system;
  private final TransactionTemplate newTransaction;

  ConsentWithdrawalRelay(RuntimeService runtimeService, SystemContext system, PlatformTransactionManager transactions) {
    this.runtimeService = runtimeService;
    this.system = system;
    // After commit the old transaction's resources are still bound: work here needs a transaction of its own.
    this.newTransaction = new TransactionTemplate(transactions);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(ConsentWithdrawn event) {
    if (event.processInstanceId() == null) {
      return;
    }
    newTransaction.executeWithoutResult(status -> system.run(() -> {
      boolean waiting = runtimeService.createEventSubscriptionQuery().eventType("message")
          .eventName(MESSAGE_CONSENT_WITHDRAWN).processInstanceId(event.processInstanceId()).count() > 0;
      if (waiting) {
        runtimeService.createMessageCorrelation(MESSAGE_CONSENT_WITHDRAWN)
            .processInstanceId(event.processInstanceId()).correlate();
      }
    }));
  }
}
