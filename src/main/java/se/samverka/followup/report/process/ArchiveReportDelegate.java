package se.samverka.followup.report.process;

import static se.samverka.followup.report.BraUppfoljningProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.followup.report.FollowUpReports;
import se.samverka.followup.report.ReportPeriod;

/**
 * {@code ArchiveReportTask}: the approved report is kept as PDF and CSV made from its stored content, with their
 * SHA-256, and after the second half-year with the year's public summary; never written again.
 */
@Component("archiveBraUppfoljningDelegate")
class ArchiveReportDelegate implements JavaDelegate {

  private final FollowUpReports reports;

  ArchiveReportDelegate(FollowUpReports reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reports.approve(ReportPeriod.parse((String) execution.getVariable(PERIOD)).orElseThrow(),
        (String) execution.getVariable(APPROVED_BY));
  }
}
