package se.samverka.followup.est.process;

import static se.samverka.followup.est.EstVeckaProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.samverka.followup.est.EstReports;
import se.samverka.followup.est.EstWeek;
import se.samverka.followup.est.persistence.EstRepository;

/** Creation of "Lämna veckorapport": the unit's reports of the week as text on the task (no personal data). */
@Component("showUnitReportsListener")
class ShowUnitReportsListener implements TaskListener {

  static final String UNIT_INCIDENTS = "estUnitIncidents";

  private final EstRepository repository;
  private final EstReports reports;

  ShowUnitReportsListener(EstRepository repository, EstReports reports) {
    this.repository = repository;
    this.reports = reports;
  }

  @Override
  public void notify(DelegateTask task) {
    EstWeek week = EstWeek.parse((String) task.getVariable(WEEK));
    String unit = (String) task.getVariable(UNIT);
    var incidents = repository.incidents(week.key(), unit);
    var text = new StringBuilder(reports.unitName(unit) + ": " + incidents.size() + " rapporterade händelser "
        + week.label() + ".\n");
    var names = new java.util.HashMap<String, String>();
    reports.categories().forEach(c -> names.put(c.code(), c.name()));
    for (var i : incidents) {
      String line = "- " + i.occurredAt().toString().replace('T', ' ') + ", " + names.getOrDefault(i.category(),
          i.category()) + ", " + i.place() + " (allvarlighetsgrad " + i.severity() + ")\n";
      if (text.length() + line.length() > 3900) {
        text.append("…\n");
        break;
      }
      text.append(line);
    }
    task.setVariableLocal(UNIT_INCIDENTS, text.toString());
  }
}
