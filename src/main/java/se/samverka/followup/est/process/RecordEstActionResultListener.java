package se.samverka.followup.est.process;

import static se.samverka.followup.est.EstVeckaProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.samverka.followup.est.EstPictures;
import se.samverka.security.Agencies;

/** Completion of "Genomför insats": done or not done and what was done, for the next week's picture. */
@Component("recordEstActionResultListener")
class RecordEstActionResultListener implements TaskListener {

  private final EstPictures pictures;
  private final Agencies agencies;

  RecordEstActionResultListener(EstPictures pictures, Agencies agencies) {
    this.pictures = pictures;
    this.agencies = agencies;
  }

  @Override
  public void notify(DelegateTask task) {
    pictures.recordResult((String) task.getVariable(ACTION_ID), (String) task.getVariable(ACTION_RESULT),
        (String) task.getVariable(ACTION_RESULT_TEXT), agencies.actingUserId());
  }
}
