package se.samverka.homevisit;

/**
 * Published when social services have recorded the protection assessment of a report of concern: from then on the
 * guardians may be contacted, unless the assessment says they may not be yet (contacting them could put the child at
 * risk or spoil a police investigation). Other processes (Strängnäsmodellen) wait for it before contacting guardians.
 *
 * @param caseId the report of concern's case
 * @param guardiansMayBeContacted whether the assessment allows contacting the guardians now
 */
public record ProtectionAssessmentRecorded(String caseId, boolean guardiansMayBeContacted) {}
