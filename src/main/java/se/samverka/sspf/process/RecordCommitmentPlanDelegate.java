package se.samverka.sspf.process;

import static se.samverka.sspf.SspfArendeProcess.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.samverka.workflow.InvalidFormInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.cases.CaseModel.CommitmentPlan;
import se.samverka.cases.CaseService;
import se.samverka.sspf.SspfSettings;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.FormValues;

/**
 * {@code RecordCommitmentPlanTask}: opens a commitment period with one commitment per party of the plan (a
 * responsible role and a due date each) and sets the next follow-up date. A party can only take on a commitment while a valid consent covers it; otherwise the coordinator's submission
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
    var consents = cases.consents(caseId).stream().filter(c -> c.isValidOn(today)).toList();
    for (String party : parties) {
      if (!PARTIES.contains(party)) {
        throw new InvalidFormInput("Okänd part: " + party);
      }
      if (consents.stream().noneMatch(c -> c.namesAgency(party))) {
        throw new InvalidFormInput("Samtycket omfattar inte " + party + ": ett åtagande kan inte ges dit");
      }
    }
    List<CommitmentPlan> plans = new ArrayList<>();
    for (String party : parties) {
      LocalDate due = FormValues.requiredDate(execution.getVariable(commitmentDue(party)),
          "Slutdatum för " + party + "s åtagande");
      if (due.isBefore(today)) {
        throw new InvalidFormInput("Slutdatum för " + party + "s åtagande kan inte ligga före i dag");
      }
      String responsible = FormValues.text(execution.getVariable(commitmentResponsible(party)));
      if (responsible == null || responsible.isEmpty()) {
        throw new InvalidFormInput("Ange vem (vilken roll) som är ansvarig för " + party + "s åtagande");
      }
      plans.add(new CommitmentPlan(party, responsible, due));
    }
    try {
      cases.planCommitments(caseId, plans);
    } catch (IllegalArgumentException e) {
      throw new InvalidFormInput(e.getMessage());
    }
    execution.setVariable(COMMITMENT_PARTY_LIST, new ArrayList<>(parties));
    execution.setVariable(NEXT_FOLLOW_UP_AT, settings.nextFollowUp(EngineClock.now()));
  }
}
