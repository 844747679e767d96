package se.samverka.followup.est;

import se.samverka.errors.InvalidInput;

/** Bad EST input with the field it is about, so that a page shows the message next to that field (400 on /api). */
public class InvalidEstInput extends InvalidInput {

  private final String field;

  public InvalidEstInput(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
