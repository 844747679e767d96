package se.samverka.sspf.process;

import static se.samverka.sspf.SspfArendeProcess.CASE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import se.samverka.cases.CaseService;
import se.samverka.security.Agencies;
import se.samverka.security.CurrentUser;
import se.samverka.sspf.ReportOfConcernRequired;

/**
 * {@code RecordReportOfConcernTask}: the referral says the child is at acute risk, so a report of concern to social
 * services must be made: recorded in the case, and the {@code orosanmalan} process starts for the same person.
 */
@Component("recordReportOfConcernDelegate")
class RecordReportOfConcernDelegate implements JavaDelegate {

  static final String EVENT_KIND = "OROSANMALAN_KRAVS";

  private final CaseService cases;
  private final Agencies agencies;
  private final ApplicationEventPublisher events;

  RecordReportOfConcernDelegate(CaseService cases, Agencies agencies, ApplicationEventPublisher events) {
    this.cases = cases;
    this.agencies = agencies;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = (String) execution.getVariable(CASE_ID);
    String user = agencies.actingUserId();
    String reason = "Akut oro angiven vid aktualiseringen";
    cases.recordEvent(caseId, EVENT_KIND, reason, user);
    String agency = agencies.current().map(CurrentUser::agency).orElse(null);
    events.publishEvent(new ReportOfConcernRequired(caseId, reason, user, agency,
        ReporterAccount.noteId(cases, caseId, agency)));
  }
}
