package se.samverka.sspf.process;

import static se.samverka.sspf.SspfArendeProcess.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.samverka.cases.CaseService;
import se.samverka.workflow.FormValues;

/**
 * Completion of {@code AssessReferralTask}: who obtains the written consent. The referring professional, who knows the
 * family, may obtain it with the coordinator's support: the consent task then goes to the referring agency's group and
 * to the coordinator alike (either may record it). The group comes from the case's owner, never from the form, so no
 * client can send the task elsewhere; a referral made by the coordinator stays with the coordinator.
 */
@Component("assignConsentTaskListener")
class AssignConsentTaskListener implements TaskListener {

  static final List<String> CHOICES = List.of(OBTAINED_BY_COORDINATOR, OBTAINED_BY_REFERRER);

  private final CaseService cases;

  AssignConsentTaskListener(CaseService cases) {
    this.cases = cases;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!DECISION_CONTINUE.equals(task.getVariable(ASSESSMENT_DECISION))) {
      return;
    }
    String choice = FormValues.choice(task.getVariable(CONSENT_OBTAINED_BY), "Vem inhämtar samtycket", CHOICES);
    List<String> groups = new ArrayList<>(List.of(COORDINATOR_GROUP));
    if (OBTAINED_BY_REFERRER.equals(choice)) {
      String referrer = cases.find((String) task.getVariable(CASE_ID)).orElseThrow().ownerAgency();
      if (PARTIES.contains(referrer)) {
        groups.add(0, referrer);
      }
    }
    task.setVariable(CONSENT_GROUPS, String.join(",", groups));
  }
}
