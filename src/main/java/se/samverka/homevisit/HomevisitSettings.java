package se.samverka.homevisit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The home-visit models' local rules ({@code samverka.homevisit}): the age limits of Linköpingsmodellen (from
 * {@code linkoping-min-age}, below {@code linkoping-age-below}: 15 ≤ age < 18; under it Strängnäsmodellen), the days
 * within which a concern visit should be booked before the manager is told, the follow-up contact after a home visit,
 * how long the guardians' consent to the police's presence at a concern visit lasts, the legal grounds on which each
 * agency may share a tip with the other ({@code tip-grounds}), and the ground on which an agency's concern reaches
 * social services ({@code report-grounds}, for agencies with a duty to report; others use {@code osl-10-28}).
 */
@ConfigurationProperties("samverka.homevisit")
public record HomevisitSettings(
    @DefaultValue("15") int linkopingMinAge,
    @DefaultValue("18") int linkopingAgeBelow,
    @DefaultValue("7") int bookingDays,
    @DefaultValue("P4W") String followUpAfterVisit,
    @DefaultValue("P3M") String policeConsentValidity,
    Map<String, List<String>> tipGrounds,
    Map<String, String> reportGrounds) {

  /** The ground of a report to social services by an agency without one of its own in {@code report-grounds}. */
  public static final String DEFAULT_REPORT_GROUND = "osl-10-28";

  public HomevisitSettings {
    if (linkopingAgeBelow <= linkopingMinAge) {
      throw new IllegalArgumentException("samverka.homevisit: orimliga åldersgränser " + linkopingMinAge + "–"
          + linkopingAgeBelow);
    }
    Period.parse(followUpAfterVisit);
    Period.parse(policeConsentValidity);
    tipGrounds = tipGrounds == null ? Map.of() : Map.copyOf(tipGrounds);
    reportGrounds = reportGrounds == null ? Map.of() : Map.copyOf(reportGrounds);
  }

  public Date bookingDue(LocalDate from) {
    return OrosanmalanSettings.endOf(from.plusDays(bookingDays));
  }

  /** When the follow-up contact after a home visit is due. */
  public Date followUpAfter(Instant visit) {
    return Date.from(visit.atZone(ZoneId.systemDefault()).plus(Period.parse(followUpAfterVisit)).toInstant());
  }

  /** The last day of a consent to the police's presence given on {@code day}. */
  public LocalDate policeConsentValidTo(LocalDate day) {
    return day.plus(Period.parse(policeConsentValidity));
  }

  /** {@code under}, {@code inom} or {@code over} the Linköpingsmodellen age limits (the upper limit is outside). */
  public String ageGroup(int age) {
    return age < linkopingMinAge ? LinkopingsmodellenProcess.AGE_UNDER
        : age >= linkopingAgeBelow ? LinkopingsmodellenProcess.AGE_OVER : LinkopingsmodellenProcess.AGE_WITHIN;
  }

  /** The grounds on which {@code agency} may share a tip with the other agency of the visit; none when unlisted. */
  public List<String> tipGroundsOf(String agency) {
    return agency == null ? List.of() : tipGrounds.getOrDefault(agency, List.of());
  }

  /** The ground on which {@code agency}'s concern about a child reaches social services. */
  public String reportGroundOf(String agency) {
    return reportGrounds.getOrDefault(agency, DEFAULT_REPORT_GROUND);
  }
}
