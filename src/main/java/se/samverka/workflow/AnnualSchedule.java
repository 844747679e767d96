package se.samverka.workflow;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * When the yearly processes start ({@code samverka.annual.<process-key>}): a Camunda 7.24 cron expression with six
 * fields (second minute hour day-of-month month day-of-week, no year), in the JVM's time zone. A timer start event
 * reads it as {@code ${annualSchedule.cron('aas-ar')}} when the process is deployed, so a changed setting takes effect
 * with the next deployment of that process.
 */
@Component("annualSchedule")
@ConfigurationProperties("samverka.annual")
public class AnnualSchedule {

  /** The defaults, used when a process has no setting. */
  public static final Map<String, String> DEFAULTS = Map.of(
      "tillsynsplan", "0 0 6 2 1 *",
      "restaurangrapport", "0 0 7 2 3 *",
      "aas-ar", "0 0 6 10 1 *",
      "kmk-ar", "0 0 6 15 1 *");

  private Map<String, String> cron = Map.of();

  public Map<String, String> getCron() {
    return cron;
  }

  public void setCron(Map<String, String> cron) {
    cron.forEach(AnnualSchedule::check);
    this.cron = Map.copyOf(cron);
  }

  /** The cron expression of a yearly process. */
  public String cron(String processKey) {
    String expression = cron.getOrDefault(processKey, DEFAULTS.get(processKey));
    if (expression == null) {
      throw new IllegalArgumentException("Ingen årlig start är inställd för processen " + processKey);
    }
    return expression;
  }

  private static void check(String processKey, String expression) {
    String[] fields = expression.trim().split("\\s+");
    if (fields.length != 6) {
      throw new IllegalArgumentException("samverka.annual.cron." + processKey + " ska ha sex fält (sekund minut timme "
          + "dag månad veckodag), inte " + fields.length + ": \"" + expression + "\"");
    }
  }
}
