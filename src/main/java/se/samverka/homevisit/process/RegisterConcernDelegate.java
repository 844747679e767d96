package se.samverka.homevisit.process;

import static se.samverka.homevisit.StrangnasmodellenProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.cases.CaseService;
import se.samverka.homevisit.HomevisitSettings;
import se.samverka.homevisit.HomeVisits;
import se.samverka.security.Agencies;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.FormValues;
import se.samverka.workflow.InvalidFormInput;

/**
 * {@code RegisterConcernTask}: the child must be under the Linköpingsmodellen age; a report of concern is always made
 * for the child, first, with the registering agency's account, and social services (who lead the visit) see the
 * concern. The guardians are contacted only after the report's protection assessment.
 */
@Component("registerConcernDelegate")
class RegisterConcernDelegate implements JavaDelegate {

  static final String JUSTIFICATION = "Orosbesök enligt Strängnäsmodellen, som socialtjänsten leder";

  private final CaseService cases;
  private final HomeVisits homeVisits;
  private final HomevisitSettings settings;
  private final Agencies agencies;

  RegisterConcernDelegate(CaseService cases, HomeVisits homeVisits, HomevisitSettings settings, Agencies agencies) {
    this.cases = cases;
    this.homeVisits = homeVisits;
    this.settings = settings;
    this.agencies = agencies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = (String) execution.getVariable(CASE_ID);
    if (caseId == null) {
      throw new InvalidFormInput("Uppgifter om barnet saknas (förnamn, efternamn och personnummer eller födelsedatum)");
    }
    int age = cases.ageOn(caseId, EngineClock.today());
    if (age >= settings.linkopingMinAge()) {
      throw new InvalidFormInput("Strängnäsmodellen gäller barn under " + settings.linkopingMinAge()
          + " år. Barnet är " + age + " år: använd Linköpingsmodellen.");
    }
    var kinds = FormValues.stringList(execution.getVariable(CONCERN_KINDS));
    if (!kinds.isEmpty()) {
      cases.recordConcerns(caseId, kinds);
    }
    String user = agencies.actingUserId();
    homeVisits.discloseConcernToSocialServices(caseId, JUSTIFICATION, user);
    execution.setVariable(REPORT_CASE_ID, homeVisits.reportConcern(caseId, "Orosbesök enligt Strängnäsmodellen", user));
  }
}
