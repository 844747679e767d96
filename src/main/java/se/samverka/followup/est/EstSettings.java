package se.samverka.followup.est;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The local rules of EST ({@code samverka.est}): the reporting units (their Camunda groups, each its own agency), when
 * the weekly cycle starts (Camunda 7.24 cron, six fields, JVM time zone; read when the process is deployed), how long
 * after the start the units' reports are due (the day before the meeting), how long before an action's due date its
 * unit is reminded, and over how many earlier weeks the trend's mean is taken.
 */
@ConfigurationProperties("samverka.est")
public record EstSettings(
    @DefaultValue({"skola", "fritid", "faltare", "raddningstjanst", "polis", "bostadsbolag", "vaktbolag"})
    List<String> units,
    @DefaultValue("0 0 7 * * MON") String cron,
    @DefaultValue("PT33H") Duration reportDeadline,
    @DefaultValue("P2D") Duration reminderBefore,
    @DefaultValue("4") int trendWeeks) {

  public EstSettings {
    units = List.copyOf(units);
    if (units.isEmpty()) {
      throw new IllegalArgumentException("samverka.est.units: minst en rapporterande enhet behövs");
    }
    if (cron.trim().split("\\s+").length != 6) {
      throw new IllegalArgumentException("samverka.est.cron: sex fält (sekund minut timme dag månad veckodag), inte "
          + cron);
    }
    if (reportDeadline.isNegative() || reportDeadline.isZero() || reportDeadline.compareTo(Duration.ofDays(7)) >= 0) {
      throw new IllegalArgumentException("samverka.est.report-deadline: mellan en minut och sju dagar efter starten");
    }
    if (reminderBefore.isNegative()) {
      throw new IllegalArgumentException("samverka.est.reminder-before: får inte vara negativ");
    }
    if (trendWeeks < 1 || trendWeeks > 52) {
      throw new IllegalArgumentException("samverka.est.trend-weeks: mellan 1 och 52");
    }
  }
}
