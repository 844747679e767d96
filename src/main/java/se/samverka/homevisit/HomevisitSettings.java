package se.samverka.homevisit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The home-visit models' local rules ({@code samverka.homevisit}): the age limits of Linköpingsmodellen (15–18; under
 * it Strängnäsmodellen), the days within which a concern visit should be booked before the manager is told, and the
 * follow-up contact after a home visit.
 */
@ConfigurationProperties("samverka.homevisit")
public record HomevisitSettings(
    @DefaultValue("15") int linkopingMinAge,
    @DefaultValue("18") int linkopingMaxAge,
    @DefaultValue("7") int bookingDays,
    @DefaultValue("P4W") String followUpAfterVisit) {

  public HomevisitSettings {
    if (linkopingMaxAge < linkopingMinAge) {
      throw new IllegalArgumentException("samverka.homevisit: orimliga åldersgränser " + linkopingMinAge + "–"
          + linkopingMaxAge);
    }
    Period.parse(followUpAfterVisit);
  }

  public Date bookingDue(LocalDate from) {
    return OrosanmalanSettings.endOf(from.plusDays(bookingDays));
  }

  /** When the follow-up contact after a home visit is due. */
  public Date followUpAfter(Instant visit) {
    return Date.from(visit.atZone(ZoneId.systemDefault()).plus(Period.parse(followUpAfterVisit)).toInstant());
  }

  /** {@code under}, {@code inom} or {@code over} the Linköpingsmodellen age limits. */
  public String ageGroup(int age) {
    return age < linkopingMinAge ? LinkopingsmodellenProcess.AGE_UNDER
        : age > linkopingMaxAge ? LinkopingsmodellenProcess.AGE_OVER : LinkopingsmodellenProcess.AGE_WITHIN;
  }
}
