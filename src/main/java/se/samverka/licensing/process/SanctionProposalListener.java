package se.samverka.licensing.process;

import static se.samverka.licensing.AlkoholtillsynProcess.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.samverka.licensing.Supervisions;

/**
 * End of {@code SanctionDecisionTask}: takes the decision table's result apart into the proposed sanction and its
 * reason (two strings that the decision form shows) and records the proposal.
 */
@Component("sanctionProposalListener")
class SanctionProposalListener implements ExecutionListener {

  private final Supervisions supervisions;

  SanctionProposalListener(Supervisions supervisions) {
    this.supervisions = supervisions;
  }

  @Override
  public void notify(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    Map<String, Object> proposal = (Map<String, Object>) execution.getVariable(PROPOSAL);
    if (proposal == null || proposal.get("sanction") == null) {
      throw new IllegalStateException("Beslutstabellen sanktion gav inget förslag för " + execution.getVariables());
    }
    String sanction = (String) proposal.get("sanction");
    execution.setVariable(PROPOSED_SANCTION, sanction);
    execution.setVariable(PROPOSAL_REASON, proposal.get("reason"));
    execution.removeVariable(PROPOSAL);
    supervisions.sanctionProposed((String) execution.getVariable(SUPERVISION_ID), sanction);
  }
}
