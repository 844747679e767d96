package se.samverka.workflow;

import java.util.Map;

/**
 * Swedish words for codes that a module keeps as data rather than in a form (the districts of the agreement):
 * {@link Labels} asks every such bean before the forms, so a page names a code from its source of truth. Lets this
 * module name them without depending on the module that owns them.
 */
public interface CodeWords {

  /** Code → word for a field or kind ({@code "district"}), in display order; empty when this source has none. */
  Map<String, String> words(String fieldKey);
}
