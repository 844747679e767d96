package se.samverka.licensing.process;

import static se.samverka.licensing.AlkoholtillsynProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.samverka.licensing.Supervisions;
import se.samverka.workflow.FormValues;

/** Start of the end events of a supervision: the final status, and the court's ruling on an appeal. */
@Component("closeSupervisionListener")
class CloseSupervisionListener implements ExecutionListener {

  private final Supervisions supervisions;

  CloseSupervisionListener(Supervisions supervisions) {
    this.supervisions = supervisions;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String id = (String) execution.getVariable(SUPERVISION_ID);
    if ("AppealHandledEndEvent".equals(execution.getCurrentActivityId())) {
      supervisions.courtRuled(id, FormValues.choice(execution.getVariable(COURT_OUTCOME), "Förvaltningsrättens avgörande",
          COURT_OUTCOMES));
    }
    supervisions.closed(id, END_STATUSES.getOrDefault(execution.getCurrentActivityId(), "avslutad"));
  }
}
