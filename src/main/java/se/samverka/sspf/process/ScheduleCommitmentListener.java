package se.samverka.sspf.process;

import static se.samverka.sspf.SspfArendeProcess.CASE_ID;
import static se.samverka.sspf.SspfArendeProcess.PARTY;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.samverka.cases.CaseModel.Commitment;
import se.samverka.cases.CaseService;

/** Creation of {@code CarryOutCommitmentTask}: the party's task is due when its commitment in the plan is due. */
@Component("scheduleCommitmentListener")
class ScheduleCommitmentListener implements TaskListener {

  private final CaseService cases;

  ScheduleCommitmentListener(CaseService cases) {
    this.cases = cases;
  }

  @Override
  public void notify(DelegateTask task) {
    String party = (String) task.getVariable(PARTY);
    cases.commitments((String) task.getVariable(CASE_ID)).stream()
        .filter(c -> c.party().equals(party))
        .max(Comparator.comparingInt(Commitment::period))
        .ifPresent(c -> task.setDueDate(Date.from(c.dueDate().atTime(16, 0).atZone(ZoneId.systemDefault()).toInstant())));
  }
}
