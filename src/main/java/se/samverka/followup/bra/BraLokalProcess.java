package se.samverka.followup.bra;

import se.samverka.workflow.PeriodRuns;

/**
 * Local BRÅ, {@code bpmn/followup/bra-lokal.bpmn}: every quarter one meeting per district of the agreement, whose notes
 * and questions to central BRÅ are kept in {@code bra_local_meeting}; a meeting not held by the end of the quarter is
 * recorded as "inget möte". Runs once per quarter ({@code 2026-K4}, business key {@code BRA-2026-K4}).
 */
public final class BraLokalProcess {

  public static final String KEY = "bra-lokal";
  /** The municipality's safety coordinator convenes and documents the four local BRÅ (the samordningsfunktion). */
  public static final String GROUP = "trygghetssamordnare";
  /** Central BRÅ: the steering group reads the questions raised. */
  public static final String STEERING_GROUP = "styrgrupp";
  public static final String BUSINESS_KEY_PREFIX = "BRA-";

  public static final String PERIOD = PeriodRuns.PERIOD;
  public static final String PERIOD_CLAIMED = PeriodRuns.PERIOD_CLAIMED;
  /** The districts of the quarter (codes, in the agreement's order) and their names. */
  public static final String DISTRICTS = "braDistricts";
  public static final String DISTRICT_NAMES = "braDistrictNames";
  /** When the quarter ends: a meeting not held by then is recorded as "inget möte". */
  public static final String QUARTER_ENDS = "braQuarterEnds";
  /** Local to one district's meeting. */
  public static final String DISTRICT = "district";
  public static final String DISTRICT_NAME = "districtName";
  public static final String MEETING_DATE = "meetingDate";
  public static final String PARTICIPANTS = "braParticipants";
  public static final String NOTES = "braNotes";
  public static final String QUESTIONS = "braQuestions";

  public static final String QUARTER_STARTED = "QuarterStartedStartEvent";
  public static final String CLAIM_QUARTER = "ClaimBraQuarterTask";
  public static final String QUARTER_ALREADY_STARTED = "QuarterAlreadyStartedEndEvent";
  public static final String DISTRICT_MEETING = "DistrictMeetingSubProcess";
  public static final String MEETING = "LocalBraMeetingTask";
  public static final String QUARTER_ENDED = "QuarterEndedTimer";
  public static final String RECORD_MEETING = "RecordMeetingTask";
  public static final String RECORD_NO_MEETING = "RecordNoMeetingTask";
  public static final String MEETING_HELD = "MeetingHeldEndEvent";
  public static final String NO_MEETING = "NoMeetingEndEvent";
  public static final String QUARTER_DONE = "QuarterDoneEndEvent";

  private BraLokalProcess() {}
}
