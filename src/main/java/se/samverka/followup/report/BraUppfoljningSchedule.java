package se.samverka.followup.report;

import org.springframework.stereotype.Component;

/**
 * The timers of bra-uppfoljning as the BPMN reads them: {@code ${braUppfoljningSchedule.cron}} when deployed, and
 * {@code ${braUppfoljningSchedule.reminder}} (an ISO-8601 duration) when a task begins.
 */
@Component("braUppfoljningSchedule")
public class BraUppfoljningSchedule {

  private final BraUppfoljningSettings settings;

  public BraUppfoljningSchedule(BraUppfoljningSettings settings) {
    this.settings = settings;
  }

  public String getCron() {
    return settings.cron();
  }

  public String getReminder() {
    return settings.reminder().toString();
  }
}
