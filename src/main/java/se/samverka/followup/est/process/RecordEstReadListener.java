package se.samverka.followup.est.process;

import static se.samverka.followup.est.EstVeckaProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.samverka.followup.est.EstPictures;
import se.samverka.followup.est.EstWeek;
import se.samverka.security.Agencies;

/** Completion of "Ta del av veckans lägesbild": the group has read the week's picture. */
@Component("recordEstReadListener")
class RecordEstReadListener implements TaskListener {

  private final EstPictures pictures;
  private final Agencies agencies;

  RecordEstReadListener(EstPictures pictures, Agencies agencies) {
    this.pictures = pictures;
    this.agencies = agencies;
  }

  @Override
  public void notify(DelegateTask task) {
    pictures.recordRead(EstWeek.parse((String) task.getVariable(WEEK)), (String) task.getVariable(READER),
        agencies.actingUserId());
  }
}
