package se.samverka.licensing;

import java.util.List;
import java.util.Map;

/**
 * Supervision of a licensed premises, {@code bpmn/licensing/alkoholtillsyn.bpmn}, with the sanction table
 * {@code bpmn/licensing/sanktion.dmn}: key, message, element ids and variable names.
 */
public final class AlkoholtillsynProcess {

  public static final String KEY = "alkoholtillsyn";
  public static final String DECISION_KEY = "sanktion";
  /** Started by the yearly plan and the restaurant-report check, with {@link #PREMISES_ID} and {@link #TRIGGER}. */
  public static final String MESSAGE_PLANNED = "alkoholtillsyn-planerad";
  public static final String GROUP = "alkoholhandlaggare";
  public static final List<String> PARTICIPANTS = List.of(GROUP, "polis", "raddningstjanst", "chef");
  /** Who may start a supervision: the officer, and the police with their findings (checked by the first step). */
  public static final List<String> STARTERS = List.of(GROUP, "polis");

  public static final String SUPERVISION_ID = "supervisionId";
  public static final String PREMISES_ID = "premisesId";
  /** Start form: the premises by name or the licence holder's organisation number. */
  public static final String PREMISES_REF = "premisesRef";
  public static final String PREMISES_NAME = "premisesName";
  public static final String TRIGGER = "trigger";
  /** Start form, trigger {@link #TRIGGER_POLICE}: what the police found, the reason of the supervision. */
  public static final String POLICE_REPORT = "policeReport";
  public static final String KIND = "kind";
  public static final String PLAN_DUE_AT = "planDueAt";
  public static final String PLANNED_DATE = "plannedDate";
  public static final String INSPECTION_DUE_AT = "inspectionDueAt";
  public static final String INSPECTED_ON = "inspectedOn";
  public static final String REMARK_LEVEL = "remarkLevel";
  public static final String REINSPECTION = "reinspection";
  public static final String OUTCOME = "outcome";
  public static final String PROTOCOL_DUE_AT = "protocolDueAt";
  public static final String PROTOCOL_SENT_ON = "protocolSentOn";
  public static final String LETTER_ATTACHED = "letterAttached";
  public static final String STATEMENTS_DUE_AT = "statementsDueAt";
  /** Set by {@code LookUpEarlierSanctionsTask}: the most severe earlier formal sanction within the look-back. */
  public static final String EARLIER_SANCTION = "earlierSanction";
  public static final String EARLIER_SANCTION_ON = "earlierSanctionOn";
  /** Every earlier sanction within the look-back with its date, for the forms. */
  public static final String EARLIER_SANCTIONS = "earlierSanctionsSummary";
  public static final String SERIOUSNESS = "seriousness";
  public static final String SUITABILITY = "suitability";
  public static final String SUITABILITY_GROUNDS = "suitabilityGrounds";
  public static final String CRIMINAL_ACTIVITY = "criminalActivityTolerated";
  public static final String LICENCE_UNUSED = "licenceUnused";
  public static final String COMMUNICATED_ON = "communicatedOn";
  public static final String DOCUMENTS_SENT = "documentsSent";
  public static final String INTERPRETER_NEEDED = "interpreterNeeded";
  public static final String INTERPRETER_LANGUAGE = "interpreterLanguage";
  /** Set by {@code RecordCommunicationTask}: 1 for the first communication, 2 after new material, ... */
  public static final String COMMUNICATION_ROUND = "communicationRound";
  public static final String RESPONSE_DUE_AT = "responseDueAt";
  public static final String RESPONSE_RECEIVED_ON = "responseReceivedOn";
  /** Response and decision forms: new material came in, so the proposal is tried again and communicated again. */
  public static final String NEW_MATERIAL = "newMaterial";
  /** The decision table's single result; split into the two variables below and removed. */
  public static final String PROPOSAL = "proposal";
  public static final String PROPOSED_SANCTION = "proposedSanction";
  public static final String PROPOSAL_REASON = "proposalReason";
  public static final String DECISION = "decision";
  public static final String DEVIATION_REASON = "deviationReason";
  public static final String DECIDED_ON = "decidedOn";
  public static final String NOTIFIED_ON = "notifiedOn";
  public static final String APPEAL_UNTIL = "appealUntil";
  public static final String APPEAL_RECEIVED_ON = "appealReceivedOn";
  /** Set by {@code RecordAppealTask}: the appeal came in by the last day (FL 44 §, lag 1930:173). */
  public static final String APPEAL_IN_TIME = "appealInTime";
  public static final String LATE_APPEAL_WATCH_UNTIL = "lateAppealWatchUntil";
  public static final String APPEAL_DISMISSED_ON = "appealDismissedOn";
  public static final String RECONSIDERATION = "reconsideration";
  public static final String RECONSIDERED_ON = "reconsideredOn";
  public static final String RECONSIDERED_DECISION = "reconsideredDecision";
  public static final String FORWARDED_ON = "forwardedToCourtOn";
  public static final String COURT_OUTCOME = "courtOutcome";
  public static final String COURT_RULED_ON = "courtRuledOn";

  public static final String TRIGGER_POLICE = "polis";
  public static final List<String> TRIGGERS = List.of("plan", "tips", "samordnad", "restaurangrapport", "polis",
      "annan");
  public static final List<String> KINDS = List.of("yttre", "inre", "samordnad", "forebyggande");
  public static final List<String> REMARK_LEVELS = List.of("inga", "mindre", "allvarliga");
  public static final List<String> SERIOUSNESS_LEVELS = List.of("inga", "mindre", "allvarlig", "mycket-allvarlig");
  public static final List<String> SUITABILITY_LEVELS = List.of("lamplig", "brister", "olamplig");
  public static final List<String> SANCTIONS = List.of("ingen", "erinran", "varning", "aterkallelse");
  /** What a communication may send; the proposal must be among them (FL 25 §: all material, the proposal included). */
  public static final List<String> DOCUMENTS = List.of("protokoll", "brev", "yttrande-polis", "yttranden-ovriga",
      "tidigare-sanktioner", "forslag", "nytt-underlag", "annat");
  public static final String PROPOSAL_DOCUMENT = "forslag";
  public static final List<String> RECONSIDERATIONS = List.of("andrat-som-begart", "andrat-delvis", "ingen-andring");
  public static final List<String> COURT_OUTCOMES = List.of("avslag", "bifall", "avvisat");

  public static final String OUTCOME_NO_REMARKS = "utan-anmarkning";
  public static final String OUTCOME_REINSPECT = "ny-tillsyn";
  public static final String OUTCOME_CASE = "tillsynsarende";

  public static final String PLAN = "PlanSupervisionTask";
  public static final String CONFIRM_POLICE = "ConfirmPoliceTask";
  public static final String CONFIRM_RESCUE = "ConfirmRescueTask";
  public static final String CONTACT_OTHERS = "ContactOtherAgenciesTask";
  public static final String INSPECT = "InspectTask";
  public static final String POLICE_FINDINGS = "PoliceFindingsTask";
  public static final String RESCUE_FINDINGS = "RescueFindingsTask";
  public static final String SEND_PROTOCOL = "SendProtocolTask";
  public static final String ESCALATE_PROTOCOL = "EscalateProtocolTask";
  public static final String OPEN_CASE = "OpenCaseTask";
  public static final String POLICE_STATEMENT = "PoliceStatementTask";
  public static final String OTHER_STATEMENTS = "OtherStatementsTask";
  public static final String COMMUNICATE = "CommunicateTask";
  public static final String AWAIT_RESPONSE = "AwaitResponseTask";
  public static final String LOOK_UP_SANCTIONS = "LookUpEarlierSanctionsTask";
  public static final String PROPOSE_SANCTION = "ProposeSanctionTask";
  public static final String COMMITTEE_DECISION = "CommitteeDecisionTask";
  public static final String NOTIFY = "NotifyTask";
  public static final String WATCH_APPEAL = "WatchAppealTask";
  public static final String WATCH_LATE_APPEAL = "WatchLateAppealTask";
  public static final String DISMISS_LATE_APPEAL = "DismissLateAppealTask";
  public static final String RECONSIDER = "ReconsiderTask";
  public static final String FORWARD_TO_COURT = "ForwardToCourtTask";
  public static final String COURT_RULING = "CourtRulingTask";
  public static final String PROTOCOL_OVERDUE_TIMER = "ProtocolOverdueTimer";
  public static final String RESPONSE_OVERDUE_TIMER = "ResponseOverdueTimer";
  public static final String APPEAL_WINDOW_TIMER = "AppealWindowTimer";
  public static final String LATE_APPEAL_WATCH_TIMER = "LateAppealWatchTimer";

  /** End events and the status each leaves on the supervision. */
  public static final Map<String, String> END_STATUSES = Map.of(
      "NoRemarksEndEvent", "utan-anmarkning",
      "NoSanctionEndEvent", "ingen-sanktion",
      "DecisionFinalEndEvent", "laga-kraft",
      "LateAppealDismissedEndEvent", "overklagande-avvisat",
      "AppealLapsedEndEvent", "overklagande-forfallet",
      "AppealHandledEndEvent", "overklagande-avgjort");

  private AlkoholtillsynProcess() {}
}
