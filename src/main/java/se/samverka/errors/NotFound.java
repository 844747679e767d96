package se.samverka.errors;

/** Something the caller asked for does not exist, or the caller may not know that it exists: 404 with the message. */
public class NotFound extends RuntimeException {

  public NotFound(String message) {
    super(message);
  }
}
