package se.samverka.homevisit;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The clock of a report of concern ({@code samverka.orosanmalan}): a report received after {@code late-after} gets its
 * protection assessment the next day; the manager is told {@code protection-escalate-after} the receipt (or at the
 * deadline, if that comes first) when the assessment is not made; an acute report outside office hours
 * ({@code office-opens}–{@code office-closes} on {@code office-days} that are not Swedish holidays) goes to the on-call
 * service. The decision on an investigation is due {@code preliminary-assessment-days} after receipt (a date computed
 * from the receipt, not a duration from a task); exceptional reasons may extend it to at most
 * {@code max-extension-days} after that date. Feedback to a mandatory reporter is planned {@code feedback-days} after the
 * decision. Each deadline runs to the end of its day.
 */
@ConfigurationProperties("samverka.orosanmalan")
public record OrosanmalanSettings(
    @DefaultValue("16:00") LocalTime lateAfter,
    @DefaultValue("14") int preliminaryAssessmentDays,
    @DefaultValue("14") int feedbackDays,
    @DefaultValue("PT4H") Duration protectionEscalateAfter,
    @DefaultValue("08:00") LocalTime officeOpens,
    @DefaultValue("16:30") LocalTime officeCloses,
    @DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"}) Set<DayOfWeek> officeDays,
    @DefaultValue("30") int maxExtensionDays) {

  public OrosanmalanSettings {
    if (protectionEscalateAfter.isNegative() || protectionEscalateAfter.isZero()) {
      throw new IllegalArgumentException("samverka.orosanmalan.protection-escalate-after måste vara positiv");
    }
    if (!officeCloses.isAfter(officeOpens)) {
      throw new IllegalArgumentException("samverka.orosanmalan: kontorstiden måste sluta efter att den börjar");
    }
    if (maxExtensionDays < 1) {
      throw new IllegalArgumentException("samverka.orosanmalan.max-extension-days måste vara minst 1");
    }
    officeDays = Set.copyOf(officeDays);
  }

  public Date protectionDue(Instant receivedAt) {
    var local = receivedAt.atZone(ZoneId.systemDefault());
    LocalDate day = local.toLocalTime().isAfter(lateAfter) ? local.toLocalDate().plusDays(1) : local.toLocalDate();
    return endOf(day);
  }

  /** When the manager is told of a protection assessment not yet made: hours after the receipt, not at midnight. */
  public Date protectionEscalation(Instant receivedAt) {
    Instant escalation = receivedAt.plus(protectionEscalateAfter);
    Instant due = protectionDue(receivedAt).toInstant();
    return Date.from(escalation.isBefore(due) ? escalation : due);
  }

  /** Is social services' office open at this moment (a working day by {@link OfficeHours}, within the hours)? */
  public boolean officeOpen(Instant moment) {
    var local = moment.atZone(ZoneId.systemDefault());
    LocalTime time = local.toLocalTime();
    return officeDays.contains(local.getDayOfWeek()) && !OfficeHours.isHoliday(local.toLocalDate())
        && !time.isBefore(officeOpens) && time.isBefore(officeCloses);
  }

  public Date decisionDue(Instant receivedAt) {
    return endOf(receivedAt.atZone(ZoneId.systemDefault()).toLocalDate().plusDays(preliminaryAssessmentDays));
  }

  /** The last day an extension for exceptional reasons may give: {@code max-extension-days} after the 14 days. */
  public LocalDate latestExtendedDecision(Instant receivedAt) {
    return receivedAt.atZone(ZoneId.systemDefault()).toLocalDate().plusDays(preliminaryAssessmentDays)
        .plusDays(maxExtensionDays);
  }

  /**
   * Who makes the protection assessment: an acute report received outside office hours goes to the on-call service
   * (socialjour), with social services' own queue beside it for the morning; every other report to social services.
   */
  public List<String> protectionGroups(Instant receivedAt, boolean acute) {
    return acute && !officeOpen(receivedAt)
        ? List.of(OrosanmalanProcess.ON_CALL_GROUP, OrosanmalanProcess.RECEIVING_GROUP)
        : List.of(OrosanmalanProcess.RECEIVING_GROUP);
  }

  /**
   * An extension of the preliminary assessment for exceptional reasons: a reason from the list, and a new date after
   * the deadline as it stands (and after today), at most {@code max-extension-days} after the 14 days. Returns the new
   * deadline; throws with a Swedish message when a rule is broken.
   */
  public Date extendedDecisionDue(Instant receivedAt, Date currentDue, LocalDate today, String reason,
      LocalDate newDate) {
    if (reason == null || !OrosanmalanProcess.EXTENSION_REASONS.containsKey(reason)) {
      throw new IllegalArgumentException("Välj ett synnerligt skäl i listan");
    }
    LocalDate currentDay = currentDue.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    if (!newDate.isAfter(currentDay)) {
      throw new IllegalArgumentException("Det nya datumet för beslut måste ligga efter nuvarande frist (" + currentDay
          + ")");
    }
    if (!newDate.isAfter(today)) {
      throw new IllegalArgumentException("Det nya datumet för beslut måste ligga efter i dag");
    }
    LocalDate latest = latestExtendedDecision(receivedAt);
    if (newDate.isAfter(latest)) {
      throw new IllegalArgumentException("Förhandsbedömningen kan förlängas till högst " + latest + " ("
          + maxExtensionDays + " dagar efter fristen)");
    }
    return endOf(newDate);
  }

  public Date feedbackDue(Instant decidedAt) {
    return endOf(decidedAt.atZone(ZoneId.systemDefault()).toLocalDate().plusDays(feedbackDays));
  }

  public static Date endOf(LocalDate day) {
    return Date.from(day.atTime(LocalTime.of(23, 59, 59)).atZone(ZoneId.systemDefault()).toInstant());
  }

  /** The settings as configured by default (for tests and tools that run without Spring). */
  public static OrosanmalanSettings defaults() {
    return new OrosanmalanSettings(LocalTime.of(16, 0), 14, 14, Duration.ofHours(4), LocalTime.of(8, 0),
        LocalTime.of(16, 30), Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY), 30);
  }
}
