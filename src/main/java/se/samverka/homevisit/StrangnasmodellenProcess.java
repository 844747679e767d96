package se.samverka.homevisit;

import java.util.List;
import java.util.Map;

/**
 * The concern visit for a child under 15, {@code bpmn/homevisit/strangnasmodellen.bpmn}: key, message, element ids and
 * variable names. The routine is an assumption until the municipality's own is obtained (DOMAIN-RESEARCH §3).
 */
public final class StrangnasmodellenProcess {

  public static final String KEY = "strangnasmodellen";
  public static final String MESSAGE_REQUESTED = "strangnasmodellen-begard";
  /** The protection assessment of the visit's report of concern is recorded; correlated on {@link #REPORT_CASE_ID}. */
  public static final String MESSAGE_PROTECTION_ASSESSED = "strangnasmodellen-skyddsbedomning";
  public static final List<String> STARTER_GROUPS =
      List.of("socialtjanst", "polis", "skola", "fritid", "faltare", "samordnare");

  public static final String CASE_ID = "caseId";
  /** The report of concern made for the child; set by Samverka. */
  public static final String REPORT_CASE_ID = "reportCaseId";
  /** The protection assessment's answer: may the guardians be contacted now? Set by Samverka. */
  public static final String GUARDIAN_CONTACT_CLEARED = "guardianContactCleared";
  /** Whether the guardians consent to the police's presence at the visit and to what is shared with them (ja/nej). */
  public static final String POLICE_PRESENCE_CONSENT = "policePresenceConsent";
  /** How many guardians have custody ({@code 1} or {@code 2}): in joint custody both must consent (FB 6 kap. 13 §). */
  public static final String GUARDIANS_WITH_CUSTODY = "guardiansWithCustody";
  /** Who gave that consent: {@code vardnadshavare1}, {@code vardnadshavare2}, {@code barnet}. */
  public static final String CONSENT_GIVEN_BY = "consentGivenBy";
  /** The child described a crime at the visit or meeting (LUL 31 §): the police are told. */
  public static final String CHILD_DESCRIBED_CRIME = "childDescribedCrime";
  /** The legal ground on which social services tell the police what the child described. */
  public static final String CRIME_DISCLOSURE_GROUND = "crimeDisclosureGround";
  public static final String INTERPRETER_NEEDED = "interpreterNeeded";
  public static final String INTERPRETER_LANGUAGE = "interpreterLanguage";
  public static final String CHILD_NOT_HEARD_REASON = "childNotHeardReason";
  public static final String CONCERN_KINDS = "concernKinds";
  public static final String BOOKING_DUE_AT = "bookingDueAt";
  public static final String VISIT_CONSENT = "visitConsent";
  public static final String OUTCOME = "outcome";
  /** Whether the guardians agreed to the referral to SSPF ({@code ja}/{@code nej}); without it, a consultation. */
  public static final String GUARDIANS_AGREED_TO_SSPF = "guardiansAgreedToSspf";

  public static final String AWAIT_PROTECTION_ASSESSMENT = "AwaitProtectionAssessmentTask";
  public static final String CONTACT_GUARDIANS = "ContactGuardiansTask";
  public static final String RECORD_GUARDIAN_CONTACT = "RecordGuardianContactTask";
  public static final String REPORT_CRIME_TO_POLICE = "ReportCrimeToPoliceTask";
  public static final String POLICE_CRIME_REPORT = "PoliceCrimeReportTask";
  public static final String ESCALATE_BOOKING = "EscalateBookingTask";
  public static final String OFFICE_MEETING = "OfficeMeetingTask";
  public static final String HOME_VISIT = "HomeVisitTask";
  public static final String POLICE_VISIT_NOTE = "PoliceVisitNoteTask";
  public static final String DECIDE_OUTCOME = "DecideOutcomeTask";
  public static final String BOOKING_OVERDUE_TIMER = "BookingOverdueTimer";

  /** Concern kinds of the visit and the SSPF concern categories they become on a referral. */
  public static final Map<String, String> SSPF_CONCERNS = Map.of("droger", "droger", "brott", "brott",
      "normbrytande", "riskmiljo");

  /** End events and the closure reason each records. */
  public static final Map<String, String> CLOSURE_REASONS = Map.of(
      "ReferredToSspfEndEvent", "aktualiserad-i-sspf",
      "ContinuedInReportEndEvent", "fortsatter-inom-orosanmalan",
      "NoFurtherActionEndEvent", "ingen-fortsatt-insats",
      "GuardiansNotContactedEndEvent", "skyddsbedomning-vardnadshavare-kontaktas-inte");

  private StrangnasmodellenProcess() {}
}
