package se.samverka.errors;

import java.util.Map;

/**
 * Bad input with a Swedish message for the caller (400), and details a client can act on (e.g. the rows of a file that
 * were refused), which the answer carries as extra members.
 */
public class InvalidInput extends IllegalArgumentException {

  public InvalidInput(String message) {
    super(message);
  }

  /** Extra members of the answer, by name; none by default. */
  public Map<String, Object> details() {
    return Map.of();
  }
}
