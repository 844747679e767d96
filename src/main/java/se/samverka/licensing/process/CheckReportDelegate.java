package se.samverka.licensing.process;

import static se.samverka.licensing.RestaurangrapportProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.licensing.RestaurantReports;

/** {@code CheckReportTask}: the report may have been registered through the API while the reminder ran. */
@Component("checkReportDelegate")
class CheckReportDelegate implements JavaDelegate {

  private final RestaurantReports reports;

  CheckReportDelegate(RestaurantReports reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariableLocal(REPORT_RECEIVED, reports.received((String) execution.getVariable(PREMISES_ID),
        (Integer) execution.getVariable(REPORT_YEAR)));
  }
}
