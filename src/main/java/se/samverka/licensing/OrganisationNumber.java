package se.samverka.licensing;

import java.util.regex.Pattern;
import se.samverka.cases.IdentityNumber;

/**
 * A Swedish organisation number (organisationsnummer), 10 digits with the Luhn check digit over all ten, written
 * {@code NNNNNN-NNNN} or without the hyphen; a 12-digit form with the prefix {@code 16} is accepted too. A sole trader's
 * number is their personnummer, so the same check applies.
 */
public record OrganisationNumber(String tenDigits) {

  private static final Pattern FORMAT = Pattern.compile("(16)?(\\d{6})-?(\\d{4})");

  public static OrganisationNumber parse(String input) {
    if (input == null || input.isBlank()) {
      throw new IllegalArgumentException("Organisationsnummer saknas");
    }
    var matcher = FORMAT.matcher(input.trim().replace(" ", ""));
    if (!matcher.matches()) {
      throw new IllegalArgumentException("Organisationsnumret ska ha formen NNNNNN-NNNN: " + input.trim());
    }
    String digits = matcher.group(2) + matcher.group(3);
    if (!IdentityNumber.luhnValid(digits)) {
      throw new IllegalArgumentException("Organisationsnumret " + input.trim() + " har fel kontrollsiffra");
    }
    return new OrganisationNumber(digits);
  }

  public String formatted() {
    return tenDigits.substring(0, 6) + "-" + tenDigits.substring(6);
  }
}
