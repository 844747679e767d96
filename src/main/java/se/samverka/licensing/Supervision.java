package se.samverka.licensing;

import java.time.LocalDate;

/** One supervision of a premises as recorded by {@code alkoholtillsyn}; dates are null until the step is done. */
public record Supervision(String id, String premisesId, String premisesName, String processInstanceId, String trigger,
    String kind, String status, LocalDate plannedFor, LocalDate inspectedOn, String remarkLevel, LocalDate protocolDue,
    LocalDate protocolSentOn, String proposedSanction, String decidedSanction, String deviationReason,
    LocalDate decidedOn, LocalDate notifiedOn, LocalDate appealUntil, boolean appealed) {}
