package se.samverka.sspf.process;

import static se.samverka.sspf.SspfStyrgruppProcess.REPORT_PERIOD;
import static se.samverka.sspf.SspfStyrgruppProcess.REPORT_SUMMARY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.sspf.SteeringReports;

/** {@code CompileQuarterlyReportTask}: the aggregate numbers of the past quarter (made once per quarter). */
@Component("compileQuarterlyReportDelegate")
class CompileQuarterlyReportDelegate implements JavaDelegate {

  private final SteeringReports reports;

  CompileQuarterlyReportDelegate(SteeringReports reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var report = reports.compileForPreviousQuarter();
    execution.setVariable(REPORT_PERIOD, report.period());
    execution.setVariable(REPORT_SUMMARY, report.summary());
  }
}
