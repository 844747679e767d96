package se.samverka.cases;

import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.PersonalDataDetector;

/**
 * Finds a valid personnummer or samordningsnummer in free text (10 or 12 digits, with or without {@code -}, {@code +}
 * or a space before the last four), for the submission gate. A run of digits counts only when {@link IdentityNumber}
 * accepts it: the date, the century and the check digit must all hold, so dates and reference numbers pass.
 */
@Component
public class IdentityNumberDetector implements PersonalDataDetector {

  private static final Pattern CANDIDATE = Pattern.compile("(?<![0-9])(?:[0-9]{2})?[0-9]{6}[-+ ]?[0-9]{4}(?![0-9])");

  @Override
  public boolean containsIdentityNumber(String text) {
    if (text == null || text.length() < 10) {
      return false;
    }
    var matcher = CANDIDATE.matcher(text);
    while (matcher.find()) {
      try {
        IdentityNumber.parse(matcher.group(), EngineClock.today());
        return true;
      } catch (IllegalArgumentException notAnIdentityNumber) {
        // a date, a phone number or a reference: go on looking
      }
    }
    return false;
  }
}
