package se.samverka.sspf;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The local SSPF rules ({@code samverka.sspf}): the target group's age limits, the age from which the young person's own
 * consent is needed, how long a signed consent holds, and the deadlines and cadence of the case, as ISO 8601 periods for the BPMN timers.
 */
@ConfigurationProperties("samverka.sspf")
public record SspfSettings(
    @DefaultValue("10") int minAge,
    @DefaultValue("18") int maxAge,
    @DefaultValue("15") int youthConsentAge,
    @DefaultValue("P14D") String consentReminder,
    @DefaultValue("P30D") String consentTimeOut,
    @DefaultValue("P7D") String inputDeadline,
    @DefaultValue("P6W") String followUpInterval,
    @DefaultValue("P1Y") String consentValidity) {

  public SspfSettings {
    if (minAge < 0 || maxAge < minAge) {
      throw new IllegalArgumentException("samverka.sspf: min-age och max-age är orimliga: " + minAge + "–" + maxAge);
    }
    if (youthConsentAge < 0 || youthConsentAge > ADULT_AGE) {
      throw new IllegalArgumentException("samverka.sspf: youth-consent-age måste vara mellan 0 och " + ADULT_AGE);
    }
    for (String period : new String[] {consentReminder, consentTimeOut, inputDeadline, followUpInterval,
        consentValidity}) {
      Period.parse(period);
    }
  }

  /** Custody ends at 18 (FB 6:2): the law, not a local choice. */
  public static final int ADULT_AGE = 18;

  /** The last day a consent signed on this day holds. */
  public java.time.LocalDate consentValidUntil(java.time.LocalDate signedOn) {
    return signedOn.plus(Period.parse(consentValidity));
  }

  /** When the next follow-up meeting is due, counted from a moment in the node's time zone. */
  public Date nextFollowUp(Instant from) {
    return Date.from(from.atZone(ZoneId.systemDefault()).plus(Period.parse(followUpInterval)).toInstant());
  }
}
