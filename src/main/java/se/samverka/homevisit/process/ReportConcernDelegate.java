package se.samverka.homevisit.process;

import static se.samverka.homevisit.LinkopingsmodellenProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.homevisit.HomeVisits;
import se.samverka.security.Agencies;

/**
 * {@code ReportConcernTask}: the police report "genast", and a tip received by social services starts the protection
 * assessment and the 14 days, so the report of concern is made when the tip comes in; the visit is a step of its
 * preliminary assessment.
 */
@Component("reportConcernDelegate")
class ReportConcernDelegate implements JavaDelegate {

  private final HomeVisits homeVisits;
  private final Agencies agencies;

  ReportConcernDelegate(HomeVisits homeVisits, Agencies agencies) {
    this.homeVisits = homeVisits;
    this.agencies = agencies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(REPORT_CASE_ID, homeVisits.reportConcern((String) execution.getVariable(CASE_ID),
        "Hembesök enligt Linköpingsmodellen", agencies.actingUserId()));
  }
}
