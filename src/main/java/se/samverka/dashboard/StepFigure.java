package se.samverka.dashboard;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the process picture shows at one step (a BPMN flow node, keyed by its element id): how many cases wait there now,
 * the median and 90th percentile of the time cases spent there, and the heat class of that time.
 *
 * @param waiting the number of cases waiting at the step now (never negative)
 * @param median the median time spent at the step, {@code null} when there is no history yet
 * @param p90 the 90th percentile of the time spent, {@code null} when there is no history yet
 * @param heatLevel 0 = no data, 1..5 = the class of the median on the process's {@link HeatScale} (1 shortest)
 */
public record StepFigure(long waiting, Duration median, Duration p90, int heatLevel) {

  public StepFigure {
    if (waiting < 0) {
      throw new IllegalArgumentException("waiting must not be negative");
    }
    if (heatLevel < 0 || heatLevel > HeatScale.LEVELS) {
      throw new IllegalArgumentException("heatLevel must be 0.." + HeatScale.LEVELS);
    }
    if (median == null && heatLevel != 0) {
      throw new IllegalArgumentException("a step without a median has heat level 0");
    }
  }

  /** A step's figures before the heat scale is known: heat level 0 until {@link #withHeat(Map)} sets it. */
  public static StepFigure of(long waiting, Duration median, Duration p90) {
    return new StepFigure(waiting, median, p90, 0);
  }

  /**
   * The heat scale of these steps' medians, and each step's figures with its heat level set from it.
   *
   * @return the figures in the same order, with the scale they were classed on
   */
  public static Heated withHeat(Map<String, StepFigure> figures) {
    HeatScale scale = HeatScale.of(figures.values().stream().map(StepFigure::median).toList());
    Map<String, StepFigure> heated = new LinkedHashMap<>();
    figures.forEach((step, f) -> heated.put(step, new StepFigure(f.waiting(), f.median(), f.p90(),
        scale.level(f.median()))));
    return new Heated(heated, scale);
  }

  /** Heat levels from medians alone: step id → level 0..5 on the scale of these medians. */
  public static Map<String, Integer> heatLevels(Map<String, Duration> medians) {
    HeatScale scale = HeatScale.of(medians.values());
    Map<String, Integer> levels = new LinkedHashMap<>();
    medians.forEach((step, median) -> levels.put(step, scale.level(median)));
    return levels;
  }

  /** Figures with their heat levels, and the scale (for the legend). */
  public record Heated(Map<String, StepFigure> figures, HeatScale scale) {
  }
}
