package se.samverka.followup.report;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The local rules of the half-yearly follow-up ({@code samverka.bra.uppfoljning}): when {@code bra-uppfoljning} starts
 * (Camunda 7.24 cron, six fields, JVM time zone, read when the process is deployed; default 07:00 on 1 January and
 * 1 July) and after how long the coordinator's comment and the steering group's approval are reminded (their task is
 * put first in the list).
 */
@ConfigurationProperties("samverka.bra.uppfoljning")
public record BraUppfoljningSettings(
    @DefaultValue("0 0 7 1 1,7 *") String cron,
    @DefaultValue("P21D") Period reminder) {

  public BraUppfoljningSettings {
    if (cron.trim().split("\\s+").length != 6) {
      throw new IllegalArgumentException("samverka.bra.uppfoljning.cron: sex fält (sekund minut timme dag månad "
          + "veckodag), inte " + cron);
    }
    if (reminder.isNegative() || reminder.isZero()) {
      throw new IllegalArgumentException("samverka.bra.uppfoljning.reminder: en period större än noll, t.ex. P21D");
    }
  }
}
