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

  /** The plan goes to the county administrative board (alkohollagen 9 kap. 2 §): the day it was sent. */
  public static final String PLAN_SENT_ON = "planSentOn";
  public static final String COUNTY_BOARD = "lansstyrelsen";

  public static final String APPROVE = "ApprovePlanTask";
  public static final String SEND_PLAN = "SendPlanTask";

  private TillsynsplanProcess() {}
}
