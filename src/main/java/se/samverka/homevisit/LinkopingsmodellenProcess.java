package se.samverka.homevisit;

import java.util.List;
import java.util.Map;

/**
 * The home visit for young people from 15 and under 18, {@code bpmn/homevisit/linkopingsmodellen.bpmn}: key, ids and
 * variable names. The visit is a step of the preliminary assessment of the report of concern the tip starts.
 */
public final class LinkopingsmodellenProcess {

  public static final String KEY = "linkopingsmodellen";
  public static final List<String> GROUPS = List.of("socialtjanst", "polis");

  public static final String CASE_ID = "caseId";
  /** The report of concern the tip started; set by Samverka. */
  public static final String REPORT_CASE_ID = "reportCaseId";
  /** The legal ground on which the registering agency shares the tip with the other agency of the visit. */
  public static final String TIP_DISCLOSURE_GROUND = "tipDisclosureGround";
  public static final String AGE_GROUP = "ageGroup";
  public static final String TIP_SOURCE = "tipSource";
  public static final String TIP_SPECIFICITY = "tipSpecificity";
  public static final String DRUG_RELATED = "drugRelated";
  public static final String RISK_ENVIRONMENT = "riskEnvironment";
  public static final String VISIT_DECISION = "visitDecision";
  public static final String CONCRETE_SUSPICION = "concreteSuspicion";
  public static final String POLICE_SHARES_INFORMATION = "policeSharesInformation";
  public static final String POLICE_LEGAL_GROUND = "policeLegalGround";
  public static final String GUARDIAN_CONTACT_ATTEMPTED = "guardianContactAttempted";
  public static final String PLANNED_DATE = "plannedDate";
  public static final String PARTICIPANTS = "participants";
  public static final String CONSENT_TO_ENTER = "consentToEnter";
  public static final String STOPPED_FOR_INTERROGATION = "stoppedForInterrogation";
  public static final String FOLLOW_UP_AT = "followUpAt";
  public static final String REFER_TO_SSPF = "referToSspf";
  /** Whether the guardians agreed to the referral to SSPF ({@code ja}/{@code nej}); without it, a consultation. */
  public static final String GUARDIANS_AGREED_TO_SSPF = "guardiansAgreedToSspf";
  /** Where the guardians or the young person are met (FL 13 §): whether an interpreter is needed, and the language. */
  public static final String INTERPRETER_NEEDED = "interpreterNeeded";
  public static final String INTERPRETER_LANGUAGE = "interpreterLanguage";
  /** Why the young person's own view is not recorded ({@code pd_socialtjanst_child_view} holds the view itself). */
  public static final String CHILD_NOT_HEARD_REASON = "childNotHeardReason";

  /** The agencies of the visit: a tip registered by one is shared with the other. */
  public static final List<String> AGENCIES = List.of("polis", "socialtjanst");

  public static final String AGE_UNDER = "under";
  public static final String AGE_WITHIN = "inom";
  public static final String AGE_OVER = "over";

  public static final String SOCIAL_SERVICES_ASSESSMENT = "SocialServicesAssessmentTask";
  public static final String POLICE_ASSESSMENT = "PoliceAssessmentTask";
  public static final String PLAN_VISIT = "PlanVisitTask";
  public static final String SOCIAL_SERVICES_VISIT_NOTE = "SocialServicesVisitNoteTask";
  public static final String POLICE_VISIT_NOTE = "PoliceVisitNoteTask";
  public static final String FOLLOW_UP_CONTACT = "FollowUpContactTask";
  public static final String SHARE_TIP = "ShareTipTask";
  public static final String REPORT_CONCERN = "ReportConcernTask";
  public static final String RECORD_VISIT_OUTCOME = "RecordVisitOutcomeTask";
  public static final String WAIT_FOR_FOLLOW_UP = "WaitForFollowUpTimerEvent";

  /** End events and the closure reason each records. */
  public static final Map<String, String> CLOSURE_REASONS = Map.of(
      "RoutedToStrangnasEndEvent", "under-15-strangnasmodellen",
      "OutsideTargetGroupEndEvent", "over-18-utanfor-malgruppen",
      "CriminalInvestigationEndEvent", "brottsmisstanke-forundersokning",
      "NoVisitEndEvent", "inget-hembesok",
      "FormalInterrogationEndEvent", "formellt-forhor",
      "ReferredToSspfEndEvent", "aktualiserad-i-sspf",
      "VisitCompletedEndEvent", "hembesok-avslutat");

  private LinkopingsmodellenProcess() {}
}
