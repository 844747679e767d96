package se.samverka.followup.est.process;

import static se.samverka.followup.est.EstVeckaProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.followup.est.EstPictures;
import se.samverka.followup.est.EstWeek;

/** {@code RecordMissingReportsTask}: at the deadline, "ingen rapport" for each unit that has not reported. */
@Component("recordMissingReportsDelegate")
class RecordMissingReportsDelegate implements JavaDelegate {

  private final EstPictures pictures;

  RecordMissingReportsDelegate(EstPictures pictures) {
    this.pictures = pictures;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    pictures.recordMissing(EstWeek.parse((String) execution.getVariable(WEEK)),
        (List<String>) execution.getVariable(UNITS));
  }
}
