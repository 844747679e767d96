package se.samverka.homevisit;

import java.util.List;

/** The report of concern, {@code bpmn/homevisit/orosanmalan.bpmn}: key, message, element ids and variable names. */
public final class OrosanmalanProcess {

  public static final String KEY = "orosanmalan";
  public static final String MESSAGE_REQUESTED = "orosanmalan-begard";
  public static final List<String> STARTER_GROUPS =
      List.of("skola", "socialtjanst", "polis", "fritid", "faltare", "samordnare");
  public static final String RECEIVING_GROUP = "socialtjanst";
  public static final String ESCALATION_GROUP = "chef";

  /** Deadline kinds (see {@code samverka.deadlines}). */
  public static final String PROTECTION_DEADLINE = "skyddsbedomning";
  public static final String DECISION_DEADLINE = "forhandsbedomning";
  public static final String FEEDBACK_DEADLINE = "aterkoppling";

  /** Variables. */
  public static final String CASE_ID = "caseId";
  public static final String REPORTER_AGENCY = "reporterAgency";
  public static final String REPORTER_MANDATORY = "reporterMandatory";
  public static final String VIOLENCE_INVOLVED = "violenceInvolved";
  public static final String RECEIVED_AT = "receivedAt";
  public static final String PROTECTION_DUE_AT = "protectionDueAt";
  public static final String DECISION_DUE_AT = "decisionDueAt";
  public static final String FEEDBACK_DUE_AT = "feedbackDueAt";
  public static final String IMMEDIATE_PROTECTION = "immediateProtection";
  public static final String DECISION = "decision";
  public static final String LATE_OUTCOME = "lateOutcome";
  public static final String NEW_DECISION_DATE = "newDecisionDate";

  /** Values. */
  public static final String OPEN_INVESTIGATION = "inleda";
  public static final String NO_INVESTIGATION = "inte-inleda";
  public static final List<String> DECISIONS = List.of(OPEN_INVESTIGATION, NO_INVESTIGATION);

  /** Element ids. */
  public static final String PROTECTION_ASSESSMENT = "ProtectionAssessmentTask";
  public static final String ESCALATE_PROTECTION_ASSESSMENT = "EscalateProtectionAssessmentTask";
  public static final String PRELIMINARY_ASSESSMENT = "PreliminaryAssessmentTask";
  public static final String EXCEPTIONAL_REASONS = "ExceptionalReasonsTask";
  public static final String HAND_OVER_INVESTIGATION = "HandOverInvestigationTask";
  public static final String GIVE_FEEDBACK = "GiveFeedbackTask";
  public static final String PROTECTION_OVERDUE_TIMER = "ProtectionOverdueTimer";
  public static final String DECISION_DEADLINE_TIMER = "DecisionDeadlineTimer";
  public static final String FEEDBACK_OVERDUE_TIMER = "FeedbackOverdueTimer";

  private OrosanmalanProcess() {}
}
