package se.samverka.licensing.process;

import static se.samverka.licensing.AlkoholtillsynProcess.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.samverka.licensing.Supervisions;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.FormValues;
import se.samverka.workflow.InvalidFormInput;

/**
 * Start of the end events of a supervision: the final status, with the committee's dismissal of a late appeal or the
 * court's ruling on an appeal.
 */
@Component("closeSupervisionListener")
class CloseSupervisionListener implements ExecutionListener {

  private final Supervisions supervisions;

  CloseSupervisionListener(Supervisions supervisions) {
    this.supervisions = supervisions;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String id = (String) execution.getVariable(SUPERVISION_ID);
    String end = execution.getCurrentActivityId();
    if ("LateAppealDismissedEndEvent".equals(end)) {
      supervisions.appealDismissed(id, notInFuture(execution.getVariable(APPEAL_DISMISSED_ON),
          "Datum för nämndens beslut att avvisa överklagandet"));
    }
    if ("AppealHandledEndEvent".equals(end)) {
      supervisions.courtRuled(id, FormValues.choice(execution.getVariable(COURT_OUTCOME), "Förvaltningsrättens avgörande",
          COURT_OUTCOMES), notInFuture(execution.getVariable(COURT_RULED_ON), "Datum för förvaltningsrättens avgörande"));
    }
    supervisions.closed(id, END_STATUSES.getOrDefault(end, "avslutad"));
  }

  private static LocalDate notInFuture(Object value, String label) {
    LocalDate day = FormValues.requiredDate(value, label);
    if (day.isAfter(EngineClock.today())) {
      throw new InvalidFormInput(label + " kan inte ligga efter i dag (" + EngineClock.today() + ")");
    }
    return day;
  }
}
