package se.samverka.agreement;

/** A district (kommundel) of the agreement: its code, as the forms use it, and its Swedish name. */
public record District(String code, String name) {}
