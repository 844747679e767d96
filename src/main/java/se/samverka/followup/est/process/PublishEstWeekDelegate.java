package se.samverka.followup.est.process;

import static se.samverka.followup.est.EstVeckaProcess.*;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.followup.est.EstPictures;
import se.samverka.followup.est.EstSettings;
import se.samverka.followup.est.EstWeek;

/**
 * {@code PublishWeekTask}: after the meeting the picture is published with the meeting's note; the decided actions go
 * to their units and the picture to every participating unit.
 */
@Component("publishEstWeekDelegate")
class PublishEstWeekDelegate implements JavaDelegate {

  private final EstPictures pictures;
  private final EstSettings settings;

  PublishEstWeekDelegate(EstPictures pictures, EstSettings settings) {
    this.pictures = pictures;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    EstWeek week = EstWeek.parse((String) execution.getVariable(WEEK));
    pictures.publish(week, (String) execution.getVariable(MEETING_NOTE));
    var ids = new ArrayList<>(pictures.collectActions(week));
    execution.setVariable(ACTION_IDS, ids);
    execution.setVariable(ANY_ACTIONS, !ids.isEmpty());
    execution.setVariable(READERS, new ArrayList<>(settings.units()));
  }
}
