package se.samverka.homevisit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The clock of a report of concern ({@code samverka.orosanmalan}): a report received after {@code late-after} gets its
 * protection assessment the next day; the decision on an investigation is due {@code preliminary-assessment-days}
 * after receipt (a date computed from the receipt, not a duration from a task); feedback to a mandatory reporter is due
 * {@code feedback-days} after the decision. Each deadline runs to the end of its day.
 */
@ConfigurationProperties("samverka.orosanmalan")
public record OrosanmalanSettings(
    @DefaultValue("16:00") LocalTime lateAfter,
    @DefaultValue("14") int preliminaryAssessmentDays,
    @DefaultValue("14") int feedbackDays) {

  public Date protectionDue(Instant receivedAt) {
    var local = receivedAt.atZone(ZoneId.systemDefault());
    LocalDate day = local.toLocalTime().isAfter(lateAfter) ? local.toLocalDate().plusDays(1) : local.toLocalDate();
    return endOf(day);
  }

  public Date decisionDue(Instant receivedAt) {
    return endOf(receivedAt.atZone(ZoneId.systemDefault()).toLocalDate().plusDays(preliminaryAssessmentDays));
  }

  public Date feedbackDue(Instant decidedAt) {
    return endOf(decidedAt.atZone(ZoneId.systemDefault()).toLocalDate().plusDays(feedbackDays));
  }

  public static Date endOf(LocalDate day) {
    return Date.from(day.atTime(LocalTime.of(23, 59, 59)).atZone(ZoneId.systemDefault()).toInstant());
  }
}
