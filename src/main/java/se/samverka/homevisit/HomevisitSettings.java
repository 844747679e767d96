package se.samverka.homevisit;

import java.time.LocalDate;
import java.util.Date;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The home-visit models' local rules ({@code samverka.homevisit}): the age limits of Linköpingsmodellen (15–18; under
 * it Strängnäsmodellen) and the days within which a concern visit should be booked before the manager is told.
 */
@ConfigurationProperties("samverka.homevisit")
public record HomevisitSettings(
    @DefaultValue("15") int linkopingMinAge,
    @DefaultValue("18") int linkopingMaxAge,
    @DefaultValue("7") int bookingDays) {

  public Date bookingDue(LocalDate from) {
    return OrosanmalanSettings.endOf(from.plusDays(bookingDays));
  }
}
