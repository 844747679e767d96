package se.samverka.licensing.process;

import static se.samverka.licensing.RestaurangrapportProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.samverka.licensing.Supervisions;

/** Start of each reminder of {@code restaurangrapport}: the premises' name, for the task forms. */
@Component("namePremisesListener")
class NamePremisesListener implements ExecutionListener {

  private final Supervisions supervisions;

  NamePremisesListener(Supervisions supervisions) {
    this.supervisions = supervisions;
  }

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariableLocal(PREMISES_NAME, supervisions.premises((String) execution.getVariable(PREMISES_ID)).name());
  }
}
