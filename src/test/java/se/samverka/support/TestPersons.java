package se.samverka.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Valid personnummer for test persons of a given age today, so that tests about age limits do not expire as the
 * calendar moves. Each call gives a new number (a new person).
 */
public final class TestPersons {

  private static final AtomicInteger BIRTH_NUMBER = new AtomicInteger(600);
  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

  private TestPersons() {}

  /** A ten-digit personnummer with separator ({@code ÅÅMMDD-NNNK}) of a person who is {@code age} years old today. */
  public static String identityNumber(int age) {
    LocalDate birth = LocalDate.now().minusYears(age).minusDays(40);
    String nine = birth.format(YYMMDD) + BIRTH_NUMBER.getAndIncrement();
    return nine.substring(0, 6) + "-" + nine.substring(6) + checkDigit(nine);
  }

  /** The twelve-digit form of a number made by {@link #identityNumber(int)}. */
  public static String twelveDigits(String identityNumber) {
    String digits = identityNumber.replace("-", "");
    int yy = Integer.parseInt(digits.substring(0, 2));
    int century = LocalDate.now().getYear() / 100 * 100;
    int year = century + yy > LocalDate.now().getYear() ? century - 100 + yy : century + yy;
    return String.valueOf(year / 100) + digits;
  }

  private static int checkDigit(String nine) {
    int sum = 0;
    for (int i = 0; i < nine.length(); i++) {
      int product = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += product > 9 ? product - 9 : product;
    }
    return (10 - sum % 10) % 10;
  }
}
