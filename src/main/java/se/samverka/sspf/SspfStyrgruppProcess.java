package se.samverka.sspf;

/** The quarterly steering-group report, {@code bpmn/sspf/sspf-styrgrupp.bpmn}: aggregates only, never persons. */
public final class SspfStyrgruppProcess {

  public static final String KEY = "sspf-styrgrupp";
  public static final String STEERING_GROUP = "styrgrupp";

  public static final String REPORT_PERIOD = "reportPeriod";
  public static final String REPORT_SUMMARY = "reportSummary";
  public static final String REPORT_COMMENT = "reportComment";
  public static final String RESOURCE_DECISION = "resourceDecision";
  public static final String DECISION_TEXT = "decisionText";

  public static final String QUARTER_STARTED = "QuarterStartedStartEvent";
  public static final String PREPARE_REPORT = "PrepareQuarterlyReportTask";
  public static final String STEERING_DECISION = "SteeringGroupDecisionTask";

  private SspfStyrgruppProcess() {}
}
