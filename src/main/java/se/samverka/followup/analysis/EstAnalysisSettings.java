package se.samverka.followup.analysis;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The local rules of the EST analyses ({@code samverka.est.analysis}): when {@code est-analys} starts (Camunda 7.24
 * cron, six fields, JVM time zone, read when the process is deployed; default 07:00 on the first day after each tertial)
 * and in how many distinct weeks of the period a place must be reported to count as recurring.
 */
@ConfigurationProperties("samverka.est.analysis")
public record EstAnalysisSettings(
    @DefaultValue("0 0 7 1 1,5,9 *") String cron,
    @DefaultValue("3") int recurringWeeks) {

  public EstAnalysisSettings {
    if (cron.trim().split("\\s+").length != 6) {
      throw new IllegalArgumentException("samverka.est.analysis.cron: sex fält (sekund minut timme dag månad "
          + "veckodag), inte " + cron);
    }
    if (recurringWeeks < 2 || recurringWeeks > 52) {
      throw new IllegalArgumentException("samverka.est.analysis.recurring-weeks: mellan 2 och 52");
    }
  }
}
