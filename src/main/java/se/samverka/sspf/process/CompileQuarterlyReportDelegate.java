package se.samverka.sspf.process;

import static se.samverka.sspf.SspfStyrgruppProcess.PERIOD;
import static se.samverka.sspf.SspfStyrgruppProcess.REPORT_PERIOD;
import static se.samverka.sspf.SspfStyrgruppProcess.REPORT_SUMMARY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.sspf.SteeringReports;

/** {@code CompileQuarterlyReportTask}: the aggregate numbers of the quarter this instance claimed. */
@Component("compileQuarterlyReportDelegate")
class CompileQuarterlyReportDelegate implements JavaDelegate {

  private final SteeringReports reports;

  CompileQuarterlyReportDelegate(SteeringReports reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var report = reports.compile((String) execution.getVariable(PERIOD));
    execution.setVariable(REPORT_PERIOD, report.period());
    execution.setVariable(REPORT_SUMMARY, report.summary());
  }
}
