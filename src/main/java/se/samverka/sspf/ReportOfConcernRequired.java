package se.samverka.sspf;

/**
 * Published when an SSPF case shows acute risk to the child: a report of concern to social services must be made. The
 * module that handles reports of concern listens after the commit; the SSPF case goes on. Carries who reported and for
 * which agency (null: social services itself), since the listener runs without the user, and the reporter's own
 * account of the concern by reference: the id of the reporter's note in the SSPF case (the duty to report is personal,
 * and the account is personal data, which stays in the case store rather than in the event publication registry).
 */
public record ReportOfConcernRequired(String sspfCaseId, String reason, String userId, String reporterAgency,
    String reporterAccountNoteId) {}
