package se.samverka.dashboard;

import java.util.List;

/**
 * What the page needs to show one process as a picture ({@code templates/fragments/diagram.html}): the inline SVG (empty
 * when the process has no diagram, then {@code message} says so in Swedish), the same figures as a table, and the legend.
 *
 * @param title the process's name, for the headings and labels
 * @param svg well-formed SVG to insert as it is ({@code th:utext}); empty when there is no diagram to draw
 * @param message a Swedish note shown instead of the picture, or {@code null}
 * @param rows one row per step with figures, in the order of the diagram (left to right)
 * @param legend the heat classes in use, shortest first, then "ingen uppgift om tid"
 */
public record DiagramView(String title, String svg, String message, List<StepRow> rows, List<LegendEntry> legend) {

  public boolean hasPicture() {
    return svg != null && !svg.isEmpty();
  }

  /** Whether any row links to its case numbers (only then does the table have that column). */
  public boolean hasLinks() {
    return rows.stream().anyMatch(r -> r.href() != null);
  }

  /**
   * A row of the table alternative.
   *
   * @param step the BPMN element id (for the page's own use; not shown)
   * @param name the step's name
   * @param waiting how many wait now, in Swedish ("12", "1 234" or "färre än 5")
   * @param median the median time spent, in words
   * @param p90 the 90th percentile, in words
   * @param heatLevel 0..5
   * @param heatText the heat class's legend text
   * @param href the link to the case numbers at the step, or {@code null} when the viewer may not see them
   */
  public record StepRow(String step, String name, String waiting, String median, String p90, int heatLevel,
      String heatText, String href) {
  }

  /**
   * A legend entry.
   *
   * @param level 0..5
   * @param text the class's range in words
   * @param swatch a small well-formed SVG of the class's fill and meter, to insert as it is
   */
  public record LegendEntry(int level, String text, String swatch) {
  }
}
