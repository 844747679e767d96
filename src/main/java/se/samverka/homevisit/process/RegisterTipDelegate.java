package se.samverka.homevisit.process;

import static se.samverka.homevisit.LinkopingsmodellenProcess.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.cases.CaseService;
import se.samverka.homevisit.HomevisitSettings;
import se.samverka.security.Agencies;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.FormValues;
import se.samverka.workflow.InvalidFormInput;
import se.samverka.workflow.Labels;

/**
 * {@code RegisterTipTask}: records what the tip is about and places the young person in an age group (under, within or
 * over the model's limits); only the group enters the engine, never the age.
 */
@Component("registerTipDelegate")
class RegisterTipDelegate implements JavaDelegate {

  private final CaseService cases;
  private final HomevisitSettings settings;
  private final Agencies agencies;
  private final Labels labels;

  RegisterTipDelegate(CaseService cases, HomevisitSettings settings, Agencies agencies, Labels labels) {
    this.cases = cases;
    this.settings = settings;
    this.agencies = agencies;
    this.labels = labels;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = (String) execution.getVariable(CASE_ID);
    if (caseId == null) {
      throw new InvalidFormInput("Uppgifter om den unge saknas (förnamn, efternamn och personnummer eller födelsedatum)");
    }
    List<String> concerns = new ArrayList<>();
    if (FormValues.flag(execution.getVariable(DRUG_RELATED))) {
      concerns.add("droger");
    }
    if (FormValues.flag(execution.getVariable(RISK_ENVIRONMENT))) {
      concerns.add("riskmiljo");
    }
    cases.recordConcerns(caseId, concerns);
    // In words, as the case page shows it: "Källa: Anonym uppgiftslämnare; Konkret".
    cases.recordEvent(caseId, "TIPS_MOTTAGET",
        "Källa: " + labels.label(TIP_SOURCE, FormValues.text(execution.getVariable(TIP_SOURCE))) + "; "
            + labels.label(TIP_SPECIFICITY, FormValues.text(execution.getVariable(TIP_SPECIFICITY))),
        agencies.actingUserId());
    execution.setVariable(AGE_GROUP, settings.ageGroup(cases.ageOn(caseId, EngineClock.today())));
  }
}
