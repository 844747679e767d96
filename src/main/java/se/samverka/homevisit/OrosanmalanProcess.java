package se.samverka.homevisit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The report of concern, {@code bpmn/homevisit/orosanmalan.bpmn}: key, message, element ids and variable names. */
public final class OrosanmalanProcess {

  public static final String KEY = "orosanmalan";
  public static final String MESSAGE_REQUESTED = "orosanmalan-begard";
  public static final List<String> STARTER_GROUPS =
      List.of("skola", "socialtjanst", "socialjour", "polis", "fritid", "faltare", "samordnare");
  public static final String RECEIVING_GROUP = "socialtjanst";
  /** Social services' on-call service: acute reports outside office hours. */
  public static final String ON_CALL_GROUP = "socialjour";
  public static final String ESCALATION_GROUP = "chef";

  /** Deadline kinds (see {@code samverka.deadlines}). */
  public static final String PROTECTION_DEADLINE = "skyddsbedomning";
  public static final String DECISION_DEADLINE = "forhandsbedomning";
  public static final String FEEDBACK_DEADLINE = "aterkoppling";
  /** The deadlines that protect the child: a breach offers the manager a lex Sarah report. */
  public static final List<String> CHILD_PROTECTION_DEADLINES = List.of(PROTECTION_DEADLINE, DECISION_DEADLINE);

  /** Variables. */
  public static final String CASE_ID = "caseId";
  public static final String REPORTER_AGENCY = "reporterAgency";
  public static final String REPORTER_MANDATORY = "reporterMandatory";
  public static final String VIOLENCE_INVOLVED = "violenceInvolved";
  public static final String ACUTE = "acuteConcern";
  public static final String RECEIVED_AT = "receivedAt";
  public static final String PROTECTION_DUE_AT = "protectionDueAt";
  public static final String PROTECTION_ESCALATE_AT = "protectionEscalateAt";
  public static final String PROTECTION_GROUPS = "protectionGroups";
  public static final String DECISION_DUE_AT = "decisionDueAt";
  public static final String FEEDBACK_DUE_AT = "feedbackDueAt";
  public static final String IMMEDIATE_PROTECTION = "immediateProtection";
  public static final String GUARDIANS_MAY_BE_CONTACTED = "guardiansMayBeContacted";
  public static final String GUARDIANS_NOT_YET_REASON = "guardiansNotYetReason";
  public static final String SUSPECTED_CRIME = "suspectedCrime";
  public static final String CONSULTED_WITH = "consultedWith";
  public static final String CONSULTATION_DATE = "consultationDate";
  public static final String INVESTIGATION_AT_ONCE = "investigationAtOnce";
  public static final String EXTEND_DECISION = "extendDecision";
  public static final String EXTENSION_REASON = "extensionReason";
  public static final String DECISION = "decision";
  public static final String LATE_OUTCOME = "lateOutcome";
  public static final String NEW_DECISION_DATE = "newDecisionDate";
  public static final String LEX_SARAH_OUTCOME = "lexSarahOutcome";
  public static final String CHILD_HEARD = "childHeard";
  public static final String CHILD_NOT_HEARD_REASON = "childNotHeardReason";
  public static final String INTERPRETER_NEEDED = "interpreterNeeded";
  public static final String INTERPRETER_LANGUAGE = "interpreterLanguage";

  /** Values. */
  public static final String YES = "ja";
  public static final String NO = "nej";
  public static final List<String> YES_NO = List.of(YES, NO);
  public static final String OPEN_INVESTIGATION = "inleda";
  public static final String NO_INVESTIGATION = "inte-inleda";
  public static final List<String> DECISIONS = List.of(OPEN_INVESTIGATION, NO_INVESTIGATION);
  public static final String LATE_DECISION_NOW = "beslut";
  public static final String LATE_EXCEPTIONAL_REASONS = "synnerliga-skal";
  public static final List<String> CONSULTATION_PARTIES = List.of("polis", "barnahus");
  public static final String LEX_SARAH_REPORT = "rapport";
  public static final String LEX_SARAH_NO_REPORT = "ingen-rapport";
  public static final List<String> LEX_SARAH_OUTCOMES = List.of(LEX_SARAH_REPORT, LEX_SARAH_NO_REPORT);
  /**
   * Typical exceptional reasons (synnerliga skäl) to extend the preliminary assessment, as the form offers them; the
   * social worker adds their own words. Workload is not among them: it is never an exceptional reason.
   */
  public static final Map<String, String> EXTENSION_REASONS = extensionReasons();

  /** Element ids. */
  public static final String PROTECTION_ASSESSMENT = "ProtectionAssessmentTask";
  public static final String ESCALATE_PROTECTION_ASSESSMENT = "EscalateProtectionAssessmentTask";
  public static final String PRELIMINARY_ASSESSMENT = "PreliminaryAssessmentTask";
  public static final String EXCEPTIONAL_REASONS = "ExceptionalReasonsTask";
  public static final String HAND_OVER_INVESTIGATION = "HandOverInvestigationTask";
  public static final String GIVE_FEEDBACK = "GiveFeedbackTask";
  public static final String LEX_SARAH = "LexSarahTask";
  public static final String PROTECTION_ESCALATION_TIMER = "ProtectionEscalationTimer";
  public static final String PROTECTION_OVERDUE_TIMER = "ProtectionOverdueTimer";
  public static final String DECISION_DEADLINE_TIMER = "DecisionDeadlineTimer";
  public static final String FEEDBACK_OVERDUE_TIMER = "FeedbackOverdueTimer";

  private static Map<String, String> extensionReasons() {
    Map<String, String> reasons = new LinkedHashMap<>();
    reasons.put("polisforhor", "Polisen behöver hålla förhör med barnet först");
    reasons.put("barnahus", "Samråd eller förhör på Barnahus väntar");
    reasons.put("annan-myndighet", "Väntar på uppgifter från en annan myndighet");
    reasons.put("barnet-ej-nabart", "Barnet kan inte nås (till exempel vistas utomlands)");
    reasons.put("annat", "Annat synnerligt skäl (beskrivs)");
    return java.util.Collections.unmodifiableMap(reasons);
  }

  private OrosanmalanProcess() {}
}
