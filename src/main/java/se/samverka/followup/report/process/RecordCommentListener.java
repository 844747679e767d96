package se.samverka.followup.report.process;

import static se.samverka.followup.report.BraUppfoljningProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.samverka.followup.report.FollowUpReports;
import se.samverka.followup.report.ReportPeriod;
import se.samverka.security.Agencies;
import se.samverka.workflow.FormValues;

/** Completion of "Kommentera uppföljningen": the comment is kept with the report, which now waits for approval. */
@Component("recordBraUppfoljningCommentListener")
class RecordCommentListener implements TaskListener {

  private final FollowUpReports reports;
  private final Agencies agencies;

  RecordCommentListener(FollowUpReports reports, Agencies agencies) {
    this.reports = reports;
    this.agencies = agencies;
  }

  @Override
  public void notify(DelegateTask task) {
    reports.comment(ReportPeriod.parse((String) task.getVariable(PERIOD)).orElseThrow(),
        FormValues.text(task.getVariable(COMMENT)), agencies.actingUserId());
  }
}
