package se.samverka.sspf;

import se.samverka.workflow.PeriodRuns;

/**
 * The quarterly steering-group report, {@code bpmn/sspf/sspf-styrgrupp.bpmn}: aggregates only, never persons. Runs
 * once per reported quarter (the one before the start day, e.g. {@code 2026-K4}); a second start ends at once.
 */
public final class SspfStyrgruppProcess {

  public static final String KEY = "sspf-styrgrupp";
  public static final String STEERING_GROUP = "styrgrupp";

  /** The quarter this instance reports, as claimed by {@code ClaimQuarterTask}, and whether it holds the claim. */
  public static final String PERIOD = PeriodRuns.PERIOD;
  public static final String PERIOD_CLAIMED = PeriodRuns.PERIOD_CLAIMED;

  public static final String REPORT_PERIOD = "reportPeriod";
  public static final String REPORT_SUMMARY = "reportSummary";
  public static final String REPORT_COMMENT = "reportComment";
  public static final String RESOURCE_DECISION = "resourceDecision";
  public static final String DECISION_TEXT = "decisionText";

  public static final String QUARTER_STARTED = "QuarterStartedStartEvent";
  public static final String CLAIM_QUARTER = "ClaimQuarterTask";
  public static final String QUARTER_ALREADY_REPORTED = "QuarterAlreadyReportedEndEvent";
  public static final String PREPARE_REPORT = "PrepareQuarterlyReportTask";
  public static final String STEERING_DECISION = "SteeringGroupDecisionTask";

  private SspfStyrgruppProcess() {}
}
