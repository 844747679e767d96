package se.samverka.sspf.process;

import static se.samverka.sspf.SspfArendeProcess.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.samverka.workflow.InvalidFormInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.cases.CaseService;
import se.samverka.sspf.SspfSettings;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.FormValues;

/**
 * {@code RecordCommitmentPlanTask}: opens a commitment period for the parties of the plan and sets the next follow-up
 * date. A party can only take on a commitment while a valid consent covers it; otherwise the coordinator's submission
 * is refused with the reason.
 */
@Component("recordCommitmentPlanDelegate")
class RecordCommitmentPlanDelegate implements JavaDelegate {

  private final CaseService cases;
  private final SspfSettings settings;

  RecordCommitmentPlanDelegate(CaseService cases, SspfSettings settings) {
    this.cases = cases;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = (String) execution.getVariable(CASE_ID);
    List<String> parties = FormValues.stringList(execution.getVariable(COMMITMENT_PARTIES));
    if (parties.isEmpty()) {
      throw new InvalidFormInput("Ange minst en part med åtagande");
    }
    LocalDate today = EngineClock.today();
    LocalDate due = FormValues.requiredDate(execution.getVariable(COMMITMENT_DUE_DATE), "Slutdatum för åtagandena");
    if (due.isBefore(today)) {
      throw new InvalidFormInput("Slutdatum för åtagandena kan inte ligga före i dag");
    }
    var consents = cases.consents(caseId).stream().filter(c -> c.isValidOn(today)).toList();
    for (String party : parties) {
      if (!PARTIES.contains(party)) {
        throw new InvalidFormInput("Okänd part: " + party);
      }
      if (consents.stream().noneMatch(c -> c.parties().contains(party))) {
        throw new InvalidFormInput("Samtycket omfattar inte " + party + ": ett åtagande kan inte ges dit");
      }
    }
    cases.planCommitments(caseId, parties, due);
    execution.setVariable(COMMITMENT_PARTY_LIST, new ArrayList<>(parties));
    execution.setVariable(NEXT_FOLLOW_UP_AT, settings.nextFollowUp(EngineClock.now()));
  }
}
