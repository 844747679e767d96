package se.samverka.followup.est.process;

import static se.samverka.followup.est.EstVeckaProcess.*;

import java.util.ArrayList;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.followup.est.EstPictures;
import se.samverka.followup.est.EstSettings;
import se.samverka.followup.est.EstWeek;
import se.samverka.workflow.EngineClock;

/** {@code OpenWeekTask}: the reported week, its units and the report deadline ({@code samverka.est.report-deadline}). */
@Component("openEstWeekDelegate")
class OpenEstWeekDelegate implements JavaDelegate {

  private final EstPictures pictures;
  private final EstSettings settings;

  OpenEstWeekDelegate(EstPictures pictures, EstSettings settings) {
    this.pictures = pictures;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    EstWeek week = EstWeek.parse((String) execution.getVariable(PERIOD));
    var deadline = EngineClock.now().plus(settings.reportDeadline());
    pictures.openWeek(week, execution.getProcessInstanceId(), deadline);
    execution.setVariable(WEEK, week.key());
    execution.setVariable(WEEK_LABEL, week.label());
    execution.setVariable(UNITS, new ArrayList<>(settings.units()));
    execution.setVariable(REPORT_DEADLINE, Date.from(deadline));
  }
}
