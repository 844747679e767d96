package se.samverka.licensing;

/** The yearly check of restaurant reports, {@code bpmn/licensing/restaurangrapport.bpmn}. */
public final class RestaurangrapportProcess {

  public static final String KEY = "restaurangrapport";
  public static final String YEAR = TillsynsplanProcess.YEAR;
  public static final String YEAR_CLAIMED = TillsynsplanProcess.YEAR_CLAIMED;
  /** The calendar year the reports cover: the year before the check. */
  public static final String REPORT_YEAR = "reportYear";
  public static final String MISSING = "missingPremisesIds";
  public static final String MISSING_COUNT = "missingCount";
  /** Element variable of the multi-instance: one premises whose report is missing. */
  public static final String PREMISES_ID = "premisesId";
  public static final String PREMISES_NAME = "premisesName";
  public static final String REMINDER_DUE_AT = "reminderDueAt";
  public static final String RECEIVED_ON = "reportReceivedOn";
  public static final String REPORT_RECEIVED = "reportReceived";

  public static final String REVIEW = "ReviewMissingReportsTask";
  public static final String REMIND = "RemindTask";
  public static final String AWAIT_REPORT = "AwaitReportTask";
  public static final String REMINDER_EXPIRED_TIMER = "ReminderExpiredTimer";

  private RestaurangrapportProcess() {}
}
