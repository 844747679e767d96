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
  public static final List<String> STARTER_GROUPS =
      List.of("socialtjanst", "polis", "skola", "fritid", "faltare", "samordnare");

  public static final String CASE_ID = "caseId";
  public static final String CONCERN_KINDS = "concernKinds";
  public static final String BOOKING_DUE_AT = "bookingDueAt";
  public static final String VISIT_CONSENT = "visitConsent";
  public static final String OUTCOME = "outcome";
  /** Whether the guardians agreed to the referral to SSPF ({@code ja}/{@code nej}); without it, a consultation. */
  public static final String GUARDIANS_AGREED_TO_SSPF = "guardiansAgreedToSspf";

  public static final String CONTACT_GUARDIANS = "ContactGuardiansTask";
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
      "NoFurtherActionEndEvent", "ingen-fortsatt-insats");

  private StrangnasmodellenProcess() {}
}
