package se.samverka.licensing;

import se.samverka.workflow.PeriodRuns;

/** The yearly supervision plan, {@code bpmn/licensing/tillsynsplan.bpmn}. */
public final class TillsynsplanProcess {

  public static final String KEY = "tillsynsplan";
  /** The year a yearly process runs for, and whether this instance got it (both yearly licensing processes). */
  public static final String YEAR = PeriodRuns.YEAR;
  public static final String YEAR_CLAIMED = PeriodRuns.YEAR_CLAIMED;
  public static final String PLAN_YEAR = "planYear";
  public static final String PLAN_SIZE = "planSize";
  public static final String PLAN_SUMMARY = "planSummary";
  public static final String STARTED = "supervisionsStarted";

  public static final String APPROVE = "ApprovePlanTask";

  private TillsynsplanProcess() {}
}
