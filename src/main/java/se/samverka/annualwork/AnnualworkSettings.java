package se.samverka.annualwork;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The local rules of the yearly work ({@code samverka.annualwork}): how many AAS courses a year are proposed when the
 * year is planned (Landskrona runs two two-day courses a year; the officer can change the number in the form), and the
 * most a year may have.
 */
@ConfigurationProperties("samverka.annualwork")
public record AnnualworkSettings(
    @DefaultValue("2") int aasCoursesPerYear,
    @DefaultValue("12") int aasMaxCoursesPerYear) {

  public AnnualworkSettings {
    if (aasCoursesPerYear < 1 || aasMaxCoursesPerYear < aasCoursesPerYear) {
      throw new IllegalArgumentException("samverka.annualwork: aas-courses-per-year ska vara mellan 1 och "
          + "aas-max-courses-per-year, inte " + aasCoursesPerYear + " av " + aasMaxCoursesPerYear);
    }
  }
}
