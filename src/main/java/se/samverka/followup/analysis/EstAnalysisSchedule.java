package se.samverka.followup.analysis;

import org.springframework.stereotype.Component;

/** The start of est-analys as the BPMN reads it when deployed: {@code ${estAnalysisSchedule.cron}}. */
@Component("estAnalysisSchedule")
public class EstAnalysisSchedule {

  private final EstAnalysisSettings settings;

  public EstAnalysisSchedule(EstAnalysisSettings settings) {
    this.settings = settings;
  }

  public String getCron() {
    return settings.cron();
  }
}
