package se.samverka.workflow;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule that says which form fields are personal data: keys of the form {@code pd_<category>_<name>}. Such
 * fields never stay in the engine: they are handed to {@link PersonalDataIntake} and removed before anything is stored,
 * and the history handler drops them. The category is the information category used by the consent rule.
 */
public final class PersonalFields {

  public static final String PREFIX = "pd_";
  private static final Pattern KEY = Pattern.compile("pd_([a-z]+)_([a-z_]+)");

  private PersonalFields() {}

  public static boolean isPersonal(String variableName) {
    return variableName != null && variableName.startsWith(PREFIX);
  }

  /** The information category of a personal field ({@code pd_skola_underlag} → {@code skola}). */
  public static Optional<String> category(String variableName) {
    var matcher = KEY.matcher(variableName == null ? "" : variableName);
    return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
  }
}
