package se.samverka.work;

import java.util.List;

/**
 * A form as a page shows it: its components with their current values, options, hints and errors, which of them the
 * form's conditions hide now, and the errors that belong to no visible field (shown at the top, in the summary).
 */
public record FormView(String formId, List<Item> components, List<ErrorLink> errors, boolean editable,
    boolean conditional) {

  /** One component on the page. {@code inputId} is the element a label and an error link point to. */
  public record Item(String id, String type, String key, String inputId, String label, String description,
      boolean required, boolean readonly, boolean hidden, String value, List<Choice> choices, boolean checked,
      String display, String error, String html, Integer minLength, Integer maxLength, String min, String max,
      List<Item> components) {

    public String hintId() {
      return description == null ? null : "hjalp-" + inputId;
    }

    public String errorId() {
      return error == null ? null : "fel-" + inputId;
    }

    /** The ids of the hint and the error, for {@code aria-describedby}; null when there are none. */
    public String describedBy() {
      String ids = ((hintId() == null ? "" : hintId()) + " " + (errorId() == null ? "" : errorId())).trim();
      return ids.isEmpty() ? null : ids;
    }
  }

  public record Choice(String value, String label, boolean selected, String inputId) {}

  /** An error in the summary: the message and the input it links to (null when the field is not on the page). */
  public record ErrorLink(String message, String inputId) {}
}
