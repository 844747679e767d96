package se.samverka.followup.est;

import java.util.List;
import se.samverka.workflow.PeriodRuns;

/**
 * The weekly EST cycle, {@code bpmn/followup/est-vecka.bpmn}: started every week by cron, it collects the units' reports
 * of the week before (the reported week), records "ingen rapport" for a unit that has not reported by the deadline, lets
 * the safety coordinator compile the picture and the EST meeting decide actions, gives each action to its unit with a
 * reminder, and sends the picture to every participant. Runs once per reported week (PeriodRuns, e.g. {@code 2026-v48});
 * a second start ends at once. No personal data in any variable.
 */
public final class EstVeckaProcess {

  public static final String KEY = "est-vecka";
  public static final String COORDINATOR_GROUP = "trygghetssamordnare";
  public static final String POLICE_GROUP = "polis";
  /** The groups that run the meeting and see a week's picture before it is published. */
  public static final List<String> MEETING_GROUPS = List.of(COORDINATOR_GROUP, POLICE_GROUP);

  public static final String PERIOD = PeriodRuns.PERIOD;
  public static final String PERIOD_CLAIMED = PeriodRuns.PERIOD_CLAIMED;

  /** Set by {@code OpenWeekTask}: the week reported, its Swedish label, the units and the report deadline. */
  public static final String WEEK = "estWeek";
  public static final String WEEK_LABEL = "estWeekLabel";
  public static final String UNITS = "estUnits";
  public static final String UNIT = "estUnit";
  public static final String REPORT_DEADLINE = "estReportDeadline";
  /** The unit's answer in "Lämna veckorapport": {@link #REPORTED} or {@link #NO_INCIDENTS}. */
  public static final String REPORT_STATUS = "estReportStatus";
  public static final String REPORTED = "rapporterat";
  public static final String NO_INCIDENTS = "inga-handelser";
  public static final String NO_REPORT = "ingen-rapport";

  /** Set by {@code ComputePictureTask}: the week's figures as text for the forms (counts only). */
  public static final String FIGURES = "estFigures";
  /** The coordinator's summary, written in "Sammanställ lägesbild". */
  public static final String SUMMARY = "estSummary";
  /** The meeting's minutes (no personal data); the actions are registered on the week's page. */
  public static final String MEETING_NOTE = "estMeetingNote";
  /** Set by {@code CollectActionsTask}: the ids of the decided actions, and whether there are any. */
  public static final String ACTION_IDS = "estActionIds";
  public static final String ANY_ACTIONS = "estAnyActions";
  /** Per action (local to its subprocess instance): the action, its group, its text and the reminder's time. */
  public static final String ACTION_ID = "estActionId";
  public static final String ACTION_GROUP = "estActionGroup";
  public static final String ACTION_TEXT = "estActionText";
  public static final String ACTION_DUE = "estActionDue";
  public static final String ACTION_REMINDER_AT = "estActionReminderAt";
  /** The unit's answer in "Genomför insats". */
  public static final String ACTION_RESULT = "estActionResult";
  public static final String ACTION_RESULT_TEXT = "estActionResultText";
  public static final String DONE = "genomford";
  public static final String NOT_DONE = "ej-genomford";
  /** The groups that get "Ta del av veckans lägesbild". */
  public static final String READERS = "estReaders";
  public static final String READER = "estReader";

  public static final String WEEK_STARTED = "WeekStartedStartEvent";
  public static final String CLAIM_WEEK = "ClaimWeekTask";
  public static final String WEEK_ALREADY_RUN = "WeekAlreadyRunEndEvent";
  public static final String OPEN_WEEK = "OpenWeekTask";
  public static final String UNIT_REPORT = "UnitReportTask";
  public static final String REPORT_DEADLINE_TIMER = "ReportDeadlineTimer";
  public static final String RECORD_MISSING = "RecordMissingReportsTask";
  public static final String COMPUTE_PICTURE = "ComputePictureTask";
  public static final String COMPILE_PICTURE = "CompilePictureTask";
  public static final String MEETING = "MeetingTask";
  public static final String COLLECT_ACTIONS = "CollectActionsTask";
  public static final String ACTIONS = "ActionsSubProcess";
  public static final String PERFORM_ACTION = "PerformActionTask";
  public static final String ACTION_REMINDER_TIMER = "ActionReminderTimer";
  public static final String REMIND_ACTION = "RemindActionTask";
  public static final String READ_PICTURE = "ReadPictureTask";
  public static final String WEEK_DONE = "WeekDoneEndEvent";

  private EstVeckaProcess() {}
}
