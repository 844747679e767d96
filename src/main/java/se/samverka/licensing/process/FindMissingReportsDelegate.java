package se.samverka.licensing.process;

import static se.samverka.licensing.RestaurangrapportProcess.*;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.licensing.RestaurantReports;

/** {@code FindMissingReportsTask}: permanent licences without a restaurant report for the past calendar year. */
@Component("findMissingReportsDelegate")
class FindMissingReportsDelegate implements JavaDelegate {

  private final RestaurantReports reports;

  FindMissingReportsDelegate(RestaurantReports reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int reportYear = (Integer) execution.getVariable(YEAR) - 1;
    var missing = new ArrayList<>(reports.missing(reportYear));
    execution.setVariable(REPORT_YEAR, reportYear);
    execution.setVariable(MISSING, missing);
    execution.setVariable(MISSING_COUNT, missing.size());
  }
}
