package se.samverka.annualwork;

/**
 * A participant of an AAS course: name, the premises they work at, their role, and the written test (null until
 * registered) with the diploma number of those who passed. Kept in {@code aas_participant}, never in the engine.
 */
public record AasParticipant(String id, String courseId, String name, String premisesId, String role, Boolean passed,
    String diplomaNumber) {}
