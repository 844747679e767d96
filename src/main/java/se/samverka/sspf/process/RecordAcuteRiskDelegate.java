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
 * {@code RecordAcuteRiskTask}: acute risk to the child reported while the case runs ("sspf-akut-oro" message); the
 * case goes on; the report of concern is recorded in it and starts for the same person.
 */
@Component("recordAcuteRiskDelegate")
class RecordAcuteRiskDelegate implements JavaDelegate {

  private final CaseService cases;
  private final Agencies agencies;
  private final ApplicationEventPublisher events;

  RecordAcuteRiskDelegate(CaseService cases, Agencies agencies, ApplicationEventPublisher events) {
    this.cases = cases;
    this.agencies = agencies;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = (String) execution.getVariable(CASE_ID);
    String user = agencies.actingUserId();
    String reason = "Akut oro anmäld under pågående ärende";
    cases.recordEvent(caseId, RecordReportOfConcernDelegate.EVENT_KIND, reason, user);
    String agency = agencies.current().map(CurrentUser::agency).orElse(null);
    events.publishEvent(new ReportOfConcernRequired(caseId, reason, user, agency,
        ReporterAccount.noteId(cases, caseId, agency)));
  }
}
