package se.samverka.cases;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A Swedish personnummer or samordningsnummer (coordination number: the day plus 60), validated with the Luhn check
 * digit over the ten-digit form. Accepts 10 or 12 digits with or without {@code -}; {@code +} marks a person aged 100
 * or more when only 10 digits are given. The birth date must be a real date (29 February only in leap years), not in
 * the future and not before {@link #EARLIEST_BIRTH_YEAR}: the Luhn digit does not cover the century, so {@code
 * 00130101…} would otherwise pass as someone born in the year 13. Stored as 12 digits.
 */
public record IdentityNumber(String twelveDigits, boolean coordinationNumber, LocalDate birthDate) {

  /**
   * No living person was born earlier (the oldest Swedes ever recorded were born in the 1890s); a margin keeps a
   * record of a very old person possible while refusing the centuries 00–17 of a mistyped number.
   */
  public static final int EARLIEST_BIRTH_YEAR = 1880;

  private static final Pattern FORMAT = Pattern.compile("(\\d{2})?(\\d{6})([-+]?)(\\d{4})");

  /** Parses and validates; the message of the exception is Swedish and fit for a form. */
  public static IdentityNumber parse(String input, LocalDate today) {
    if (input == null || input.isBlank()) {
      throw new IllegalArgumentException("Personnummer saknas");
    }
    var matcher = FORMAT.matcher(input.trim().replace(" ", ""));
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "Personnumret ska ha 10 eller 12 siffror, t.ex. ÅÅMMDD-NNNN eller ÅÅÅÅMMDDNNNN");
    }
    String century = matcher.group(1);
    String datePart = matcher.group(2);
    String separator = matcher.group(3);
    String tail = matcher.group(4);
    String tenDigits = datePart + tail;
    if (!luhnValid(tenDigits)) {
      throw new IllegalArgumentException("Personnumret har fel kontrollsiffra");
    }
    int yy = Integer.parseInt(datePart.substring(0, 2));
    int month = Integer.parseInt(datePart.substring(2, 4));
    int day = Integer.parseInt(datePart.substring(4, 6));
    boolean coordination = day > 60;
    if (coordination) {
      day -= 60;
    }
    int year;
    if (century != null) {
      year = Integer.parseInt(century) * 100 + yy;
      if (year < EARLIEST_BIRTH_YEAR) {
        throw new IllegalArgumentException("Personnumret anger födelseåret " + year
            + ", som inte är rimligt: kontrollera århundradet (de två första siffrorna)");
      }
      if (year > today.getYear()) {
        throw new IllegalArgumentException("Personnumret anger ett födelsedatum i framtiden");
      }
      // With the century written out, '-' is fine at any age; '+' still claims an age of 100 or more.
      if ("+".equals(separator) && today.getYear() - year < 100) {
        throw new IllegalArgumentException("Skiljetecknet '+' används bara för personer som fyllt 100 år");
      }
    } else {
      year = resolveCentury(yy, month, day, "+".equals(separator), today);
      if (year < EARLIEST_BIRTH_YEAR) {
        throw new IllegalArgumentException("Personnumret anger födelseåret " + year + ", som inte är rimligt");
      }
    }
    LocalDate birthDate;
    try {
      birthDate = LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(coordination
          ? "Samordningsnumret innehåller inget giltigt datum (dag minus 60)"
          : "Personnumret innehåller inget giltigt datum");
    }
    if (birthDate.isAfter(today)) {
      throw new IllegalArgumentException("Personnumret anger ett födelsedatum i framtiden");
    }
    return new IdentityNumber(String.format("%04d%02d%s", year, month, datePart.substring(4, 6) + tail),
        coordination, birthDate);
  }

  /** The ten-digit form with separator, e.g. {@code 640823-3234}. */
  public String formatted(LocalDate today) {
    String sep = today.getYear() - birthDate.getYear() >= 100 ? "+" : "-";
    return twelveDigits.substring(2, 8) + sep + twelveDigits.substring(8);
  }

  public int ageOn(LocalDate date) {
    return java.time.Period.between(birthDate, date).getYears();
  }

  private static int resolveCentury(int yy, int month, int day, boolean plus, LocalDate today) {
    if (plus) {
      // '+' is written from the year the person turns 100: the latest year ending in yy at least 100 years back.
      int latest = today.getYear() - 100;
      return latest - Math.floorMod(latest - yy, 100);
    }
    // The most recent year ending in yy that is not in the future.
    int year = today.getYear() - Math.floorMod(today.getYear() - yy, 100);
    if (year == today.getYear() && isAfter(month, day, today)) {
      year -= 100;
    }
    return year;
  }

  private static boolean isAfter(int month, int day, LocalDate today) {
    return month > today.getMonthValue() || (month == today.getMonthValue() && day > today.getDayOfMonth());
  }

  /** The Luhn (modulus 10) check over ten digits, as for personnummer and organisation numbers. */
  public static boolean luhnValid(String tenDigits) {
    int sum = 0;
    for (int i = 0; i < tenDigits.length(); i++) {
      int digit = tenDigits.charAt(i) - '0';
      int product = i % 2 == 0 ? digit * 2 : digit;
      sum += product > 9 ? product - 9 : product;
    }
    return sum % 10 == 0;
  }
}
