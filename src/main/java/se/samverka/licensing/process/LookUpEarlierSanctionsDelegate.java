package se.samverka.licensing.process;

import static se.samverka.licensing.AlkoholtillsynProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.licensing.LicensingSettings;
import se.samverka.licensing.SanctionHistory;
import se.samverka.licensing.Supervisions;
import se.samverka.workflow.EngineClock;

/**
 * {@code LookUpEarlierSanctionsTask}: the earlier formal sanctions of the licence within the look-back, from the
 * supervision store, for the decision table and the forms. Run again on every new round of the proposal.
 */
@Component("lookUpEarlierSanctionsDelegate")
class LookUpEarlierSanctionsDelegate implements JavaDelegate {

  private final Supervisions supervisions;
  private final LicensingSettings settings;

  LookUpEarlierSanctionsDelegate(Supervisions supervisions, LicensingSettings settings) {
    this.supervisions = supervisions;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SanctionHistory history = supervisions.earlierSanctions((String) execution.getVariable(SUPERVISION_ID));
    execution.setVariable(EARLIER_SANCTION, history.mostSevere());
    execution.setVariable(EARLIER_SANCTION_ON, history.mostSevereOn() == null ? null : history.mostSevereOn().toString());
    execution.setVariable(EARLIER_SANCTIONS, history.summary(settings.sanctionLookBackFrom(EngineClock.today())));
  }
}
