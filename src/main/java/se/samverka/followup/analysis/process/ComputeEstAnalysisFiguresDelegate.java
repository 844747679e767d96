package se.samverka.followup.analysis.process;

import static se.samverka.followup.analysis.EstAnalysisProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.followup.analysis.AnalysisPeriod;
import se.samverka.followup.analysis.EstAnalyses;

/**
 * {@code ComputeFiguresTask}: computes and stores the period's figures from EST's data and names the analysis (its
 * kind, label and the figures as text for the forms, local to this analysis).
 */
@Component("computeEstAnalysisFiguresDelegate")
class ComputeEstAnalysisFiguresDelegate implements JavaDelegate {

  private final EstAnalyses analyses;

  ComputeEstAnalysisFiguresDelegate(EstAnalyses analyses) {
    this.analyses = analyses;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AnalysisPeriod period = AnalysisPeriod.parse((String) execution.getVariable(ANALYSIS_PERIOD)).orElseThrow();
    execution.setVariable(KIND, period.kind());
    execution.setVariable(LABEL, period.title() + ", " + period.label());
    execution.setVariable(FIGURES, analyses.begin(period, execution.getProcessInstanceId()));
  }
}
