package se.samverka.licensing.process;

import static se.samverka.licensing.AlkoholtillsynProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.licensing.LicensingSettings;
import se.samverka.licensing.Supervisions;
import se.samverka.workflow.EngineClock;

/**
 * {@code RecordFinalTask}: the appeal window closed without an appeal, so the decision is final. An appeal sent in
 * time by post may still arrive late, and a late one must be dismissed by the committee (FL 45 §): it is watched for
 * {@code samverka.licensing.late-appeal-watch} more.
 */
@Component("recordFinalDelegate")
class RecordFinalDelegate implements JavaDelegate {

  private final Supervisions supervisions;
  private final LicensingSettings settings;

  RecordFinalDelegate(Supervisions supervisions, LicensingSettings settings) {
    this.supervisions = supervisions;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    supervisions.becameFinal((String) execution.getVariable(SUPERVISION_ID));
    execution.setVariable(LATE_APPEAL_WATCH_UNTIL, settings.lateAppealWatchUntil(EngineClock.today()));
  }
}
