package se.samverka.errors;

/**
 * Someone else got there first (the task is another user's, or already completed): 409 with the Swedish message, which
 * names no more than the caller may know.
 */
public class Conflict extends RuntimeException {

  public Conflict(String message) {
    super(message);
  }
}
