package se.samverka.followup.analysis.process;

import static se.samverka.followup.analysis.EstAnalysisProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.samverka.followup.analysis.AnalysisPeriod;
import se.samverka.followup.analysis.EstAnalyses;
import se.samverka.security.Agencies;
import se.samverka.workflow.FormValues;

/**
 * Completion of "Tertialanalys" or "Årsanalys": the analysis (prioritised places, causes, proposed measures) is kept
 * with the period's figures, with who wrote it.
 */
@Component("recordEstAnalysisListener")
class RecordEstAnalysisListener implements TaskListener {

  private final EstAnalyses analyses;
  private final Agencies agencies;

  RecordEstAnalysisListener(EstAnalyses analyses, Agencies agencies) {
    this.analyses = analyses;
    this.agencies = agencies;
  }

  @Override
  public void notify(DelegateTask task) {
    analyses.recordAnalysis(AnalysisPeriod.parse((String) task.getVariable(ANALYSIS_PERIOD)).orElseThrow(),
        FormValues.text(task.getVariable(PLACES)), FormValues.text(task.getVariable(CAUSES)),
        FormValues.text(task.getVariable(MEASURES)), agencies.actingUserId());
  }
}
