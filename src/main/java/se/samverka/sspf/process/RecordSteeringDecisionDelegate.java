package se.samverka.sspf.process;

import static se.samverka.sspf.SspfStyrgruppProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverka.sspf.SteeringReports;
import se.samverka.workflow.FormValues;

/** {@code RecordSteeringDecisionTask}: stores the coordinator's comment and the steering group's decision. */
@Component("recordSteeringDecisionDelegate")
class RecordSteeringDecisionDelegate implements JavaDelegate {

  static final List<String> RESOURCE_DECISIONS = List.of("oforandrat", "utoka", "minska");

  private final SteeringReports reports;

  RecordSteeringDecisionDelegate(SteeringReports reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reports.recordDecision((String) execution.getVariable(REPORT_PERIOD),
        FormValues.text(execution.getVariable(REPORT_COMMENT)),
        FormValues.choice(execution.getVariable(RESOURCE_DECISION), "Beslut om resurser", RESOURCE_DECISIONS),
        FormValues.text(execution.getVariable(DECISION_TEXT)));
  }
}
