package se.samverka.licensing;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Local rules of alcohol supervision ({@code samverka.licensing}): working days for the protocol, the time to a
 * re-inspection after minor remarks, the statement and response times of a supervision case, the appeal period, how
 * many visits per premises the yearly plan guarantees, the planning time of a tip and the restaurant-report reminder;
 * how far back an earlier sanction makes a breach "repeated" in the sanction ladder, and how long a late appeal is
 * watched for after the decision became final.
 */
@ConfigurationProperties("samverka.licensing")
public record LicensingSettings(
    @DefaultValue("10") int protocolWorkingDays,
    @DefaultValue("P1M") String reinspectionWithin,
    @DefaultValue("P14D") String statementTime,
    @DefaultValue("P14D") String responseTime,
    @DefaultValue("P3W") String appealPeriod,
    @DefaultValue("1") int visitsPerYear,
    @DefaultValue("P7D") String tipPlanningTime,
    @DefaultValue("P14D") String reportReminderTime,
    @DefaultValue("P2Y") String sanctionLookBack,
    @DefaultValue("P2W") String lateAppealWatch) {

  public LicensingSettings {
    if (protocolWorkingDays < 1 || visitsPerYear < 1) {
      throw new IllegalArgumentException("samverka.licensing: protocol-working-days och visits-per-year ska vara minst 1");
    }
    for (String period : new String[] {reinspectionWithin, statementTime, responseTime, appealPeriod, tipPlanningTime,
        reportReminderTime, sanctionLookBack, lateAppealWatch}) {
      Period.parse(period);
    }
  }

  /** The defaults, for tests. */
  public static LicensingSettings defaults() {
    return new LicensingSettings(10, "P1M", "P14D", "P14D", "P3W", 1, "P7D", "P14D", "P2Y", "P2W");
  }

  public Date protocolDue(LocalDate inspectedOn) {
    return endOf(WorkingDays.after(inspectedOn, protocolWorkingDays));
  }

  public Date reinspectionDue(LocalDate inspectedOn) {
    return endOf(inspectedOn.plus(Period.parse(reinspectionWithin)));
  }

  public Date statementsDue(LocalDate from) {
    return endOf(from.plus(Period.parse(statementTime)));
  }

  public Date responseDue(LocalDate communicatedOn) {
    return endOf(communicatedOn.plus(Period.parse(responseTime)));
  }

  /**
   * The last day to appeal: the period counts from the day the holder got the decision (FL 44 §), and a last day on a
   * Saturday, Sunday, public holiday, midsummer eve, Christmas eve or New Year's eve moves to the next working day
   * (lag 1930:173).
   */
  public LocalDate lastAppealDay(LocalDate receivedOn) {
    return WorkingDays.onOrAfter(receivedOn.plus(Period.parse(appealPeriod)));
  }

  public Date appealUntil(LocalDate receivedOn) {
    return endOf(lastAppealDay(receivedOn));
  }

  /** The day from which an earlier sanction no longer makes a breach "repeated". */
  public LocalDate sanctionLookBackFrom(LocalDate today) {
    return today.minus(Period.parse(sanctionLookBack));
  }

  public Date lateAppealWatchUntil(LocalDate from) {
    return endOf(from.plus(Period.parse(lateAppealWatch)));
  }

  public Date tipPlanningDue(LocalDate from) {
    return endOf(from.plus(Period.parse(tipPlanningTime)));
  }

  public Date reportReminderDue(LocalDate from) {
    return endOf(from.plus(Period.parse(reportReminderTime)));
  }

  /** The last second of a day: a deadline on a date holds all that day. */
  public static Date endOf(LocalDate day) {
    return Date.from(day.plusDays(1).atStartOfDay(ZoneId.systemDefault()).minusSeconds(1).toInstant());
  }
}
