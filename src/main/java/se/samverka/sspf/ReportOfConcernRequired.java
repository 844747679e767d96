package se.samverka.sspf;

/**
 * Published when an SSPF case shows acute risk to the child: a report of concern to social services must be made. The
 * module that handles reports of concern listens; the SSPF case goes on.
 */
public record ReportOfConcernRequired(String sspfCaseId, String reason, String userId) {}
