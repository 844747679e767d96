package se.samverka.annualwork;

import java.util.List;
import se.samverka.workflow.PeriodRuns;

/**
 * The yearly AAS courses, {@code bpmn/annualwork/aas-ar.bpmn}: key, element ids and variable names. The variables hold
 * ids and counts only; the participants (names of bar staff) live in {@code aas_participant}.
 */
public final class AasArProcess {

  public static final String KEY = "aas-ar";
  public static final String GROUP = "alkoholhandlaggare";
  public static final List<String> STARTER_GROUPS = List.of(GROUP);

  public static final String YEAR = PeriodRuns.YEAR;
  public static final String YEAR_CLAIMED = PeriodRuns.YEAR_CLAIMED;
  public static final String COURSE_COUNT = "courseCount";
  public static final String COURSE_PROVIDER = "courseProvider";
  public static final String POLICE_LECTURER = "policeLecturer";
  public static final String COURSE_IDS = "courseIds";
  /** Local to one course of the multi-instance subprocess. */
  public static final String COURSE_ID = "courseId";
  public static final String COURSE_NUMBER = "courseNumber";
  public static final String COURSE_DATE = "courseDate";
  public static final String COURSE_VENUE = "courseVenue";
  public static final String COURSE_CANCELLED = "courseCancelled";
  public static final String PARTICIPANTS_REGISTERED = "participantsRegistered";
  public static final String RESULTS_REGISTERED = "resultsRegistered";
  /** Counts of the year, set by the summary. */
  public static final String PARTICIPANT_TOTAL = "participantTotal";
  public static final String PASSED_TOTAL = "passedTotal";

  public static final String YEAR_STARTED = "YearStartedStartEvent";
  public static final String CLAIM_YEAR = "ClaimAasYearTask";
  public static final String YEAR_ALREADY_STARTED = "YearAlreadyStartedEndEvent";
  public static final String PLAN_COURSES = "PlanCoursesTask";
  public static final String CREATE_COURSES = "CreateCoursesTask";
  public static final String COURSE = "CourseSubProcess";
  public static final String REGISTER_PARTICIPANTS = "RegisterParticipantsTask";
  public static final String RECORD_COURSE = "RecordCourseTask";
  public static final String REGISTER_RESULTS = "RegisterResultsTask";
  public static final String CHECK_RESULTS = "CheckResultsTask";
  public static final String SUMMARISE_YEAR = "SummariseAasYearTask";
  public static final String YEAR_DONE = "AasYearDoneEndEvent";

  private AasArProcess() {}
}
