package se.samverka.licensing.process;

import static se.samverka.licensing.RestaurangrapportProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.licensing.RestaurantReports;
import se.samverka.security.Agencies;
import se.samverka.workflow.FormValues;

/** {@code RecordReportTask}: registers the restaurant report that came in after the reminder. */
@Component("recordReportDelegate")
class RecordReportDelegate implements JavaDelegate {

  private final RestaurantReports reports;
  private final Agencies agencies;

  RecordReportDelegate(RestaurantReports reports, Agencies agencies) {
    this.reports = reports;
    this.agencies = agencies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reports.register((String) execution.getVariable(PREMISES_ID), (Integer) execution.getVariable(REPORT_YEAR),
        FormValues.requiredDate(execution.getVariable(RECEIVED_ON), "Datum då rapporten kom in"),
        agencies.actingUserId());
  }
}
