package se.samverka.followup.est;

import org.springframework.stereotype.Component;

/** The weekly start of est-vecka as the BPMN reads it when deployed: {@code ${estSchedule.cron()}}. */
@Component("estSchedule")
public class EstSchedule {

  private final EstSettings settings;

  EstSchedule(EstSettings settings) {
    this.settings = settings;
  }

  public String cron() {
    return settings.cron();
  }
}
