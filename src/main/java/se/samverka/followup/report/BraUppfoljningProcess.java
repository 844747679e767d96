package se.samverka.followup.report;

import java.util.List;
import se.samverka.workflow.PeriodRuns;

/**
 * The half-yearly follow-up of the agreement at central BRÅ, {@code bpmn/followup/bra-uppfoljning.bpmn} (issue 12,
 * DOMAIN-RESEARCH §5, §11.7): started by cron after each half-year, it claims the half-year that ended through
 * {@link PeriodRuns}, compiles the follow-up report from the system's data and the uploaded inputs and stores it; the
 * safety coordinator uploads the missing inputs and comments, the steering group approves or returns it with a reason;
 * the approved report is archived as PDF and CSV (and after the second half-year with the year's public summary) and
 * never written again. No personal data in any variable.
 */
public final class BraUppfoljningProcess {

  public static final String KEY = "bra-uppfoljning";
  public static final String COORDINATOR_GROUP = "trygghetssamordnare";
  public static final String STEERING_GROUP = "styrgrupp";
  /** Who reads the reports and works in the process: the coordinator and the steering group (central BRÅ). */
  public static final List<String> READER_GROUPS = List.of(COORDINATOR_GROUP, STEERING_GROUP);
  /** Who also reads an approved year's public summary: the communicators who publish it. */
  public static final String COMMUNICATOR_GROUP = "kommunikator";

  /** The half-year claimed ({@code 2026-H1}), and whether this instance holds it (set by {@code ClaimHalfYearTask}). */
  public static final String PERIOD = PeriodRuns.PERIOD;
  public static final String PERIOD_CLAIMED = PeriodRuns.PERIOD_CLAIMED;
  /** "Uppföljning av första halvåret 2026", shown in the task forms. */
  public static final String LABEL = "braUppfoljningLabel";
  /** The address of the report's page, shown in the task forms. */
  public static final String PAGE = "braUppfoljningSida";
  /** The coordinator's comment. */
  public static final String COMMENT = "braUppfoljningKommentar";
  /** The steering group's decision: {@link #APPROVED} or {@link #RETURNED}, with the reason for returning. */
  public static final String DECISION = "braUppfoljningBeslut";
  public static final String APPROVED = "godkand";
  public static final String RETURNED = "aterforvisad";
  public static final String RETURN_REASON = "braUppfoljningSkal";
  /** Who approved (set by the decision's listener, read by {@code ArchiveTask}). */
  public static final String APPROVED_BY = "braUppfoljningGodkandAv";

  public static final String STARTED = "HalfYearEndedStartEvent";
  public static final String CLAIM_PERIOD = "ClaimHalfYearTask";
  public static final String ALREADY_STARTED = "AlreadyStartedEndEvent";
  public static final String COMPILE = "CompileReportTask";
  public static final String COMMENT_TASK = "CommentReportTask";
  public static final String COMMENT_REMINDER = "CommentReminderTimer";
  public static final String REMIND_COORDINATOR = "RemindCoordinatorTask";
  public static final String COORDINATOR_REMINDED = "CoordinatorRemindedEndEvent";
  public static final String APPROVAL_TASK = "ApproveReportTask";
  public static final String APPROVAL_REMINDER = "ApprovalReminderTimer";
  public static final String REMIND_STEERING_GROUP = "RemindSteeringGroupTask";
  public static final String STEERING_GROUP_REMINDED = "SteeringGroupRemindedEndEvent";
  public static final String ARCHIVE = "ArchiveReportTask";
  public static final String ARCHIVED = "ReportArchivedEndEvent";

  private BraUppfoljningProcess() {}
}
