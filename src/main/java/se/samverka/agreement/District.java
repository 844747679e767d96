package se.samverka.agreement;

/** A district (kommundel) of the agreement: the code that cases, tasks and forms store, and its Swedish name. */
public record District(String code, String name) {}
