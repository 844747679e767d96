package se.samverka.followup.analysis.process;

import static se.samverka.followup.analysis.EstAnalysisProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.samverka.followup.analysis.AnalysisPeriod;
import se.samverka.followup.analysis.EstAnalyses;
import se.samverka.security.Agencies;
import se.samverka.workflow.FormValues;

/**
 * Completion of "Beslut i styrgruppen": the decision is kept with the analysis, approved with its date, or the changes
 * asked with the reason (the analysis then goes back to the coordinator and the police).
 */
@Component("recordEstAnalysisDecisionListener")
class RecordEstAnalysisDecisionListener implements TaskListener {

  private final EstAnalyses analyses;
  private final Agencies agencies;

  RecordEstAnalysisDecisionListener(EstAnalyses analyses, Agencies agencies) {
    this.analyses = analyses;
    this.agencies = agencies;
  }

  @Override
  public void notify(DelegateTask task) {
    String decision = FormValues.choice(task.getVariable(DECISION), "Beslut", List.of(APPROVED, CHANGES));
    analyses.recordDecision(AnalysisPeriod.parse((String) task.getVariable(ANALYSIS_PERIOD)).orElseThrow(), decision,
        FormValues.text(task.getVariable(CHANGE_REASON)), agencies.actingUserId());
  }
}
