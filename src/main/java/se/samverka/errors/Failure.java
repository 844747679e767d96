package se.samverka.errors;

/**
 * What a client is told about an exception: the status, a Swedish title and detail, and a {@code type} in Camunda's
 * vocabulary (Tasklist and Cockpit read {@code message}, some of their views {@code type}).
 */
public record Failure(int status, String type, String title, String detail) {

  public boolean serverFault() {
    return status >= 500 && status != 503;
  }
}
