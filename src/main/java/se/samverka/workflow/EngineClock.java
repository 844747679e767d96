package se.samverka.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock, so that the case store and the process deadlines agree when tests move the clock.
 */
public final class EngineClock {

  private EngineClock() {}

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public static LocalDate today() {
    return now().atZone(ZoneId.systemDefault()).toLocalDate();
  }
}
