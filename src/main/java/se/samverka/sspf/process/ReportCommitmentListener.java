package se.samverka.sspf.process;

import static se.samverka.sspf.SspfArendeProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.samverka.cases.CaseService;
import se.samverka.workflow.FormValues;

/** Completion of {@code CarryOutCommitmentTask}: records the party's report on its commitment. */
@Component("reportCommitmentListener")
class ReportCommitmentListener implements TaskListener {

  static final List<String> STATUSES = List.of("genomfort", "delvis", "ej-genomfort");

  private final CaseService cases;

  ReportCommitmentListener(CaseService cases) {
    this.cases = cases;
  }

  @Override
  public void notify(DelegateTask task) {
    String status = FormValues.choice(task.getVariable(COMMITMENT_STATUS), "Status för åtagandet", STATUSES);
    cases.reportCommitment((String) task.getVariable(CASE_ID), (String) task.getVariable(PARTY), status);
  }
}
