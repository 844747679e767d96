package se.samverka.followup.report.process;

import static se.samverka.followup.report.BraUppfoljningProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.followup.report.FollowUpReports;
import se.samverka.followup.report.ReportPeriod;

/** {@code CompileReportTask}: compiles the half-year's report from the system's data and stores it (UTKAST). */
@Component("compileBraUppfoljningDelegate")
class CompileReportDelegate implements JavaDelegate {

  private final FollowUpReports reports;

  CompileReportDelegate(FollowUpReports reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reports.begin(ReportPeriod.parse((String) execution.getVariable(PERIOD)).orElseThrow(),
        execution.getProcessInstanceId());
  }
}
