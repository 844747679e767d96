package se.samverka.annualwork;

import java.util.List;
import se.samverka.workflow.PeriodRuns;

/**
 * The yearly KMK cycle, {@code bpmn/annualwork/kmk-ar.bpmn}: key, element ids and variable names. One subprocess
 * instance per participating bar; its round and policy answers are local to that bar's instance.
 */
public final class KmkArProcess {

  public static final String KEY = "kmk-ar";
  public static final String GROUP = "alkoholhandlaggare";
  public static final String POLICE_GROUP = "polis";
  public static final String STEERING_GROUP = "styrgrupp";
  public static final List<String> STARTER_GROUPS = List.of(GROUP);

  public static final String YEAR = PeriodRuns.YEAR;
  public static final String YEAR_CLAIMED = PeriodRuns.YEAR_CLAIMED;
  public static final String TRAINING_DATE = "trainingDate";
  public static final String KEY_PERSONS_TRAINED = "keyPersonsTrained";
  public static final String POLICE_TOOK_PART = "policeTookPart";
  public static final String BAR_IDS = "kmkPremisesIds";
  public static final String BAR_NAMES = "kmkPremisesNames";
  /** Local to one bar of the multi-instance subprocess. */
  public static final String PREMISES_ID = "premisesId";
  public static final String PREMISES_NAME = "premisesName";
  public static final String DAY_ROUND_DATE = "dayRoundDate";
  public static final String DAY_ROUND_RESULT = "dayRoundResult";
  public static final String NIGHT_ROUND_DATE = "nightRoundDate";
  public static final String NIGHT_ROUND_RESULT = "nightRoundResult";
  public static final String DRUG_POLICY_RECEIVED = "drugPolicyReceived";
  public static final String ROUND_APPROVED = "godkand";
  public static final String YES = "ja";
  public static final String MEETING_DATE = "meetingDate";
  public static final String BARS_AT_MEETING = "barsAtMeeting";
  public static final String POLICE_AT_MEETING = "policeAtMeeting";
  public static final String ANNUAL_REPORT = "annualReport";
  public static final String REPORT_NOTED = "reportNoted";

  public static final String YEAR_STARTED = "YearStartedStartEvent";
  public static final String CLAIM_YEAR = "ClaimKmkYearTask";
  public static final String YEAR_ALREADY_STARTED = "YearAlreadyStartedEndEvent";
  public static final String KEY_STAFF_TRAINING = "KeyStaffTrainingTask";
  public static final String SELECT_BARS = "SelectBarsTask";
  public static final String BAR = "BarSubProcess";
  public static final String DAY_ROUND = "DayRoundTask";
  public static final String NIGHT_ROUND = "NightRoundTask";
  public static final String DRUG_POLICY = "DrugPolicyTask";
  public static final String CERTIFY_BAR = "CertifyBarTask";
  public static final String BAR_CERTIFIED = "BarCertifiedEndEvent";
  public static final String NOT_CERTIFIED = "NotCertifiedEndEvent";
  public static final String BAR_MEETING = "BarOwnersMeetingTask";
  public static final String COMPILE_REPORT = "CompileAnnualReportTask";
  public static final String ANNUAL_REPORT_TASK = "AnnualReportTask";
  public static final String YEAR_DONE = "KmkYearDoneEndEvent";

  private KmkArProcess() {}
}
