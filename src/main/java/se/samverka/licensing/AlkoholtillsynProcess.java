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

  public static final String SUPERVISION_ID = "supervisionId";
  public static final String PREMISES_ID = "premisesId";
  /** Start form: the premises by name or the licence holder's organisation number. */
  public static final String PREMISES_REF = "premisesRef";
  public static final String PREMISES_NAME = "premisesName";
  public static final String TRIGGER = "trigger";
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
  public static final String COMMUNICATED_ON = "communicatedOn";
  public static final String RESPONSE_DUE_AT = "responseDueAt";
  public static final String SERIOUSNESS = "seriousness";
  public static final String REPEATED_REMARK = "repeatedRemark";
  public static final String CRIMINAL_ACTIVITY = "criminalActivityTolerated";
  public static final String LICENCE_UNUSED = "licenceUnused";
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
  public static final String COURT_OUTCOME = "courtOutcome";

  public static final List<String> TRIGGERS = List.of("plan", "tips", "samordnad", "restaurangrapport", "annan");
  public static final List<String> KINDS = List.of("yttre", "inre", "samordnad", "forebyggande");
  public static final List<String> REMARK_LEVELS = List.of("inga", "mindre", "allvarliga");
  public static final List<String> SERIOUSNESS_LEVELS = List.of("inga", "mindre", "allvarlig", "mycket-allvarlig");
  public static final List<String> SANCTIONS = List.of("ingen", "erinran", "varning", "aterkallelse");
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
  public static final String PROPOSE_SANCTION = "ProposeSanctionTask";
  public static final String COMMITTEE_DECISION = "CommitteeDecisionTask";
  public static final String NOTIFY = "NotifyTask";
  public static final String WATCH_APPEAL = "WatchAppealTask";
  public static final String HANDLE_APPEAL = "HandleAppealTask";
  public static final String PROTOCOL_OVERDUE_TIMER = "ProtocolOverdueTimer";
  public static final String RESPONSE_OVERDUE_TIMER = "ResponseOverdueTimer";
  public static final String APPEAL_WINDOW_TIMER = "AppealWindowTimer";

  /** End events and the status each leaves on the supervision. */
  public static final Map<String, String> END_STATUSES = Map.of(
      "NoRemarksEndEvent", "utan-anmarkning",
      "NoSanctionEndEvent", "ingen-sanktion",
      "DecisionFinalEndEvent", "laga-kraft",
      "AppealHandledEndEvent", "overklagande-avgjort");

  private AlkoholtillsynProcess() {}
}
