package se.samverka.sspf;

import java.util.List;
import java.util.Map;

/**
 * The SSPF case, {@code bpmn/sspf/sspf-arende.bpmn}: its key, messages, element ids and the names of its process
 * variables. Variables hold identifiers, codes and dates only; personal fields ({@code pd_…}) never stay in the engine.
 */
public final class SspfArendeProcess {

  public static final String KEY = "sspf-arende";
  public static final List<String> PARTIES = List.of("skola", "socialtjanst", "polis", "fritid");
  public static final List<String> STARTER_GROUPS = List.of("samordnare", "skola", "socialtjanst", "polis", "fritid");
  public static final String COORDINATOR_GROUP = "samordnare";

  /** Messages. */
  public static final String MESSAGE_CONSENT_WITHDRAWN = "sspf-samtycke-aterkallat";
  public static final String MESSAGE_ACUTE_RISK = "sspf-akut-oro";

  /** Variables. */
  public static final String CASE_ID = "caseId";
  public static final String DISTRICT = "district";
  public static final String REFERRER_AGENCY = "referrerAgency";
  /**
   * The referral's route: {@code ja} – a named referral, with the written consent already signed (OSL 12 kap. 2 §);
   * {@code nej} – a consultation without identity (age, district and concern only).
   */
  public static final String GUARDIANS_AGREED = "guardiansAgreed";
  /** The named referral's written consent: the day it was signed, its reference, custody and who signed. */
  public static final String REFERRAL_CONSENT_DATE = "referralConsentDate";
  public static final String REFERRAL_CONSENT_REFERENCE = "referralConsentReference";
  public static final String REFERRAL_GUARDIANS_WITH_CUSTODY = "referralGuardiansWithCustody";
  public static final String REFERRAL_CONSENT_BY = "referralConsentBy";
  /** Values of {@link #REFERRAL_CONSENT_BY}. */
  public static final String SIGNED_BY_GUARDIAN_1 = "vardnadshavare1";
  public static final String SIGNED_BY_GUARDIAN_2 = "vardnadshavare2";
  public static final String SIGNED_BY_YOUTH = "ungdomen";
  /**
   * Set by Samverka when another case (a home visit) refers its young person: the guardians' agreement was recorded
   * there, so the referral's consent refers to that case.
   */
  public static final String REFERRAL_SOURCE_CASE = "referralSourceCase";
  /** Set at referral: the case is a consultation without identity (the consent form then asks whom it is about). */
  public static final String CONSULTATION = "consultation";
  public static final String CONCERN_CATEGORIES = "concernCategories";
  public static final String ACUTE_RISK = "acuteRisk";
  public static final String WITHIN_TARGET_GROUP = "withinTargetGroup";
  public static final String ASSESSMENT_DECISION = "assessmentDecision";
  /** Who obtains the written consent: the coordinator, or the referring professional with the coordinator's support. */
  public static final String CONSENT_OBTAINED_BY = "consentObtainedBy";
  public static final String OBTAINED_BY_COORDINATOR = "samordnare";
  public static final String OBTAINED_BY_REFERRER = "aktualiserande";
  /** The candidate groups of {@code ObtainConsentTask}, set from {@link #CONSENT_OBTAINED_BY} by Samverka. */
  public static final String CONSENT_GROUPS = "consentGroups";
  /** The written consent, person by person: custody (0, 1 or 2 guardians), each one's yes/no and date. */
  public static final String GUARDIANS_WITH_CUSTODY = "guardiansWithCustody";
  public static final String GUARDIAN_1_CONSENT = "guardian1Consent";
  public static final String GUARDIAN_1_CONSENT_DATE = "guardian1ConsentDate";
  public static final String GUARDIAN_2_CONSENT = "guardian2Consent";
  public static final String GUARDIAN_2_CONSENT_DATE = "guardian2ConsentDate";
  public static final String YOUTH_CONSENT = "youthConsent";
  public static final String YOUTH_CONSENT_DATE = "youthConsentDate";
  public static final String CONSENT_DOCUMENT_REFERENCE = "consentDocumentReference";
  /** FL 13 §: an interpreter where the family is contacted (the consent, the mapping talk). */
  public static final String INTERPRETER_NEEDED = "interpreterNeeded";
  public static final String INTERPRETER_LANGUAGE = "interpreterLanguage";
  public static final String CONSENT_PARTIES = "consentParties";
  public static final String CONSENT_CATEGORIES = "consentCategories";
  public static final String CONSENT_VALID_TO = "consentValidTo";
  public static final String CONSENT_STATUS = "consentStatus";
  public static final String CONSENT_PROBLEM = "consentProblem";
  public static final String INPUT_PARTIES = "inputParties";
  public static final String PARTY = "party";
  public static final String COMMITMENT_PARTIES = "commitmentParties";
  public static final String COMMITMENT_PARTY_LIST = "commitmentPartyList";
  public static final String COMMITMENT_STATUS = "commitmentStatus";
  public static final String NEXT_FOLLOW_UP_AT = "nextFollowUpAt";
  public static final String FOLLOW_UP_DECISION = "followUpDecision";
  public static final String CLOSURE_REASON = "closureReason";
  /** Timer settings copied into each case at referral, so a change of configuration applies to new cases. */
  public static final String CONSENT_REMINDER = "consentReminder";
  public static final String CONSENT_TIME_OUT = "consentTimeOut";
  public static final String INPUT_DEADLINE = "inputDeadline";

  /** Values of the routing variables. */
  public static final String YES = "ja";
  public static final String NO = "nej";
  public static final String DECISION_CONTINUE = "fortsatt";
  public static final String STATUS_GIVEN = "GIVEN";
  public static final String STATUS_REFUSED = "REFUSED";
  public static final String STATUS_INCOMPLETE = "INCOMPLETE";

  /** Element ids. */
  public static final String REFERRAL_RECEIVED = "ReferralReceivedStartEvent";
  public static final String REFER_ONWARD = "ReferOnwardTask";
  public static final String ASSESS_REFERRAL = "AssessReferralTask";
  public static final String REGISTER_REFERRAL = "RegisterReferralTask";
  public static final String OBTAIN_CONSENT = "ObtainConsentTask";
  public static final String REMIND_CONSENT = "RemindConsentTask";
  public static final String MAPPING_TALK = "MappingTalkTask";
  public static final String PARTY_INPUT = "PartyInputTask";
  public static final String REMIND_MISSING_INPUT = "RemindMissingInputTask";
  public static final String NETWORK_MEETING = "NetworkMeetingTask";
  public static final String CARRY_OUT_COMMITMENT = "CarryOutCommitmentTask";
  public static final String FOLLOW_UP_MEETING = "FollowUpMeetingTask";
  public static final String CONSENT_REMINDER_TIMER = "ConsentReminderTimer";
  public static final String CONSENT_TIME_OUT_TIMER = "ConsentTimeOutTimer";
  public static final String INPUT_DEADLINE_TIMER = "InputDeadlineTimer";
  public static final String FOLLOW_UP_DUE_TIMER = "FollowUpDueTimer";

  /** End events that close the case, with the closure reason each records. */
  public static final String OUTSIDE_TARGET_GROUP_END = "OutsideTargetGroupEndEvent";
  public static final String NOT_SUITABLE_END = "NotSuitableEndEvent";
  public static final String CONSENT_REFUSED_END = "ConsentRefusedEndEvent";
  public static final String CONSENT_TIMED_OUT_END = "ConsentTimedOutEndEvent";
  public static final String CONSENT_WITHDRAWN_END = "ConsentWithdrawnEndEvent";
  public static final String CASE_CLOSED_END = "CaseClosedEndEvent";
  public static final Map<String, String> CLOSURE_REASONS = Map.of(
      OUTSIDE_TARGET_GROUP_END, "utanfor-malgruppen",
      NOT_SUITABLE_END, "ej-aktuellt-for-sspf",
      CONSENT_REFUSED_END, "samtycke-nekat",
      CONSENT_TIMED_OUT_END, "samtycke-saknas",
      CONSENT_WITHDRAWN_END, "samtycke-aterkallat");

  /** The responsible role of a party's commitment ({@code commitmentResponsibleSkola}, …). */
  public static String commitmentResponsible(String party) {
    return "commitmentResponsible" + capitalized(party);
  }

  /** The due date of a party's commitment ({@code commitmentDueSkola}, …). */
  public static String commitmentDue(String party) {
    return "commitmentDue" + capitalized(party);
  }

  private static String capitalized(String party) {
    return Character.toUpperCase(party.charAt(0)) + party.substring(1);
  }

  private SspfArendeProcess() {}
}
