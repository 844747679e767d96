package se.samverka.workflow;

/**
 * Finds personal identity numbers in free text, so that the submission gate can refuse them outside personal
 * ({@code pd_}) fields. Implemented by the case store, which owns the personnummer rule.
 */
public interface PersonalDataDetector {

  /** True when the text holds a valid personnummer or samordningsnummer, in any of its usual notations. */
  boolean containsIdentityNumber(String text);
}
