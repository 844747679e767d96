package se.samverka.licensing.process;

import static se.samverka.licensing.RestaurangrapportProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.licensing.RestaurantReports;

/** {@code StartRemarkTask}: the report is still missing after the reminder: a desk supervision of the premises. */
@Component("startReportSupervisionDelegate")
class StartReportSupervisionDelegate implements JavaDelegate {

  private final RestaurantReports reports;

  StartReportSupervisionDelegate(RestaurantReports reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reports.startSupervision((String) execution.getVariable(PREMISES_ID));
  }
}
