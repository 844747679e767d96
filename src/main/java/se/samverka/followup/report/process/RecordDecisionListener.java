package se.samverka.followup.report.process;

import static se.samverka.followup.report.BraUppfoljningProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.samverka.followup.report.FollowUpReports;
import se.samverka.followup.report.ReportPeriod;
import se.samverka.security.Agencies;
import se.samverka.workflow.FormValues;

/**
 * Completion of "Godkänn uppföljningen": a return is kept with its reason (the report goes back to the coordinator);
 * an approval names who approved, for "Arkivera".
 */
@Component("recordBraUppfoljningDecisionListener")
class RecordDecisionListener implements TaskListener {

  private final FollowUpReports reports;
  private final Agencies agencies;

  RecordDecisionListener(FollowUpReports reports, Agencies agencies) {
    this.reports = reports;
    this.agencies = agencies;
  }

  @Override
  public void notify(DelegateTask task) {
    String decision = FormValues.choice(task.getVariable(DECISION), "Beslut", List.of(APPROVED, RETURNED));
    if (RETURNED.equals(decision)) {
      reports.returnForChanges(ReportPeriod.parse((String) task.getVariable(PERIOD)).orElseThrow(),
          FormValues.text(task.getVariable(RETURN_REASON)));
    } else {
      task.setVariable(APPROVED_BY, agencies.actingUserId());
    }
  }
}
