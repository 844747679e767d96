package se.samverka.sspf.process;

import se.samverka.cases.CaseService;
import se.samverka.workflow.InvalidFormInput;

/**
 * The reporter's own account for a report of concern: the reporter's latest note about the concern (category
 * {@code grund}) in the SSPF case – the referral's description, or what was sent with the acute-risk report.
 */
final class ReporterAccount {

  private ReporterAccount() {}

  static String noteId(CaseService cases, String caseId, String reporterAgency) {
    return cases.latestNoteId(caseId, reporterAgency == null ? "" : reporterAgency, "grund")
        .orElseThrow(() -> new InvalidFormInput("En orosanmälan behöver din egen beskrivning av oron"));
  }
}
