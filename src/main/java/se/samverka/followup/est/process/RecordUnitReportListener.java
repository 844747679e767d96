package se.samverka.followup.est.process;

import static se.samverka.followup.est.EstVeckaProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.samverka.followup.est.EstPictures;
import se.samverka.followup.est.EstWeek;
import se.samverka.security.Agencies;

/** Completion of "Lämna veckorapport": the unit's status for the week (reported, or no incidents). */
@Component("recordUnitReportListener")
class RecordUnitReportListener implements TaskListener {

  private final EstPictures pictures;
  private final Agencies agencies;

  RecordUnitReportListener(EstPictures pictures, Agencies agencies) {
    this.pictures = pictures;
    this.agencies = agencies;
  }

  @Override
  public void notify(DelegateTask task) {
    pictures.recordUnitReport(EstWeek.parse((String) task.getVariable(WEEK)), (String) task.getVariable(UNIT),
        (String) task.getVariable(REPORT_STATUS), agencies.actingUserId());
  }
}
