package se.samverka.followup.est.process;

import static se.samverka.followup.est.EstVeckaProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.samverka.followup.est.EstPictures;
import se.samverka.followup.est.EstWeek;
import se.samverka.security.Agencies;

/** Completion of "Sammanställ lägesbild": the coordinator's summary is kept with the week. */
@Component("recordEstSummaryListener")
class RecordEstSummaryListener implements TaskListener {

  private final EstPictures pictures;
  private final Agencies agencies;

  RecordEstSummaryListener(EstPictures pictures, Agencies agencies) {
    this.pictures = pictures;
    this.agencies = agencies;
  }

  @Override
  public void notify(DelegateTask task) {
    pictures.recordSummary(EstWeek.parse((String) task.getVariable(WEEK)), (String) task.getVariable(SUMMARY),
        agencies.actingUserId());
  }
}
