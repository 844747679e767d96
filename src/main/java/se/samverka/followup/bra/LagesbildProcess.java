package se.samverka.followup.bra;

import java.util.List;
import se.samverka.workflow.PeriodRuns;

/**
 * The lägesbild and action plan of law 2023:196, {@code bpmn/followup/lagesbild-atgardsplan.bpmn}: the municipality's
 * and the police's pictures in parallel, the joint picture and priorities, the cause analysis, the citizen dialogues and
 * the decided action plan, kept in {@code lagesbild} and {@code lagesbild_measure}. Runs once per period
 * ({@code 2027-2028}, business key {@code LB-2027-2028}).
 */
public final class LagesbildProcess {

  public static final String KEY = "lagesbild-atgardsplan";
  public static final String COORDINATOR_GROUP = "trygghetssamordnare";
  public static final String POLICE_GROUP = "polis";
  public static final String STEERING_GROUP = "styrgrupp";
  public static final String BUSINESS_KEY_PREFIX = "LB-";
  /** The most measures an action plan form holds. */
  public static final int MAX_MEASURES = 5;

  public static final String PERIOD = PeriodRuns.PERIOD;
  public static final String PERIOD_CLAIMED = PeriodRuns.PERIOD_CLAIMED;
  public static final String MUNICIPALITY_MAPPING = "municipalityCrimeMapping";
  public static final String MUNICIPALITY_OTHER = "municipalityOtherInformation";
  public static final String MUNICIPALITY_ANALYSIS = "municipalityAnalysis";
  public static final String MUNICIPALITY_CAUSES = "municipalityCauses";
  public static final String POLICE_MAPPING = "policeCrimeMapping";
  public static final String POLICE_OTHER = "policeOtherInformation";
  public static final String POLICE_ANALYSIS = "policeAnalysis";
  public static final String JOINT_PICTURE = "jointPicture";
  public static final String JOINT_PRIORITIES = "jointPriorities";
  public static final String CAUSE_ANALYSIS = "causeAnalysis";
  public static final String DIALOGUES_HELD = "dialoguesHeld";
  public static final String DIALOGUES_DESCRIPTION = "dialoguesDescription";
  public static final String RESIDENTS_SAID = "residentsSaid";
  /** The fields of measure n (1 to {@link #MAX_MEASURES}) of the action plan form: {@code measure1Problem}. */
  public static final List<String> MEASURE_FIELDS = List.of("Problem", "Goal", "Indicator", "Responsible", "Period");

  public static String measureField(int number, String field) {
    return "measure" + number + field;
  }

  public static final String PERIOD_STARTED = "PeriodStartedStartEvent";
  public static final String CLAIM_PERIOD = "ClaimLagesbildPeriodTask";
  public static final String PERIOD_ALREADY_STARTED = "PeriodAlreadyStartedEndEvent";
  public static final String MUNICIPALITY_PICTURE = "MunicipalityPictureTask";
  public static final String POLICE_PICTURE = "PolicePictureTask";
  public static final String JOINT_PICTURE_TASK = "JointPictureTask";
  public static final String CAUSE_ANALYSIS_TASK = "CauseAnalysisTask";
  public static final String CITIZEN_DIALOGUES = "CitizenDialoguesTask";
  public static final String DECIDE_ACTION_PLAN = "DecideActionPlanTask";
  public static final String RECORD_ACTION_PLAN = "RecordActionPlanTask";
  public static final String ACTION_PLAN_DECIDED = "ActionPlanDecidedEndEvent";

  private LagesbildProcess() {}
}
