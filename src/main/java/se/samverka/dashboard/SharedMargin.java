package se.samverka.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Two tables that break the same figures down twice, by the same columns: supervisions by reason and by kind, each by
 * result ({@code /oversikt/tillsyn}); deadlines per month and per group, each by state ({@code /oversikt}). Each
 * table's column sums are the same figures, so a count hidden in one table could be derived from the other: the
 * column's sum read off the first table, minus the shown counts of the same column in the second. For a viewer who
 * suppresses small counts the rule is therefore:
 * <ul>
 *   <li>the first table ({@link #breakdown}) is shown in full: each row's counts suppressed as a row
 *       ({@link Figure#row}), the rows' totals suppressed together as one row as well (their sum is known: shown, or
 *       read off the second table), and a row whose total is hidden shows none of its counts (a shown count would be
 *       a lower bound of the hidden total);</li>
 *   <li>the second table ({@link #totalsOnly}) shows its rows' totals only, suppressed together as one row: without
 *       its columns it has no column sums, so nothing in it meets the first table's columns; what the two tables
 *       still share is the sum of all, against which each table's totals are suppressed on their own.</li>
 * </ul>
 * A manager sees both tables in full, exactly. {@code SharedMarginTests} checks by enumerating every table that the
 * shown figures allow that no hidden count other than a zero is fixed by them.
 */
public final class SharedMargin {

  private SharedMargin() {}

  /** A row as the viewer sees it: its counts in column order (none in a totals-only table), and its total. */
  public record Line(List<Figure> counts, Figure total) {}

  /** The first table: every column, under the rules above. */
  public static List<Line> breakdown(List<long[]> rows, DashboardViewer viewer) {
    List<Figure> totals = Figure.row(rows.stream().map(SharedMargin::sum).toList(), viewer);
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      long[] counts = rows.get(i);
      // A row whose total is hidden shows none of its counts: those below the threshold as such, the others withheld.
      List<Figure> figures = totals.get(i).suppressed()
          ? Arrays.stream(counts).mapToObj(n -> n < viewer.suppressBelow() ? Figure.count(n, viewer)
              : Figure.withheld()).toList()
          : Figure.row(Arrays.stream(counts).boxed().toList(), viewer);
      lines.add(new Line(figures, totals.get(i)));
    }
    return lines;
  }

  /** The second table: for a viewer who suppresses, its rows' totals only; for a manager every column. */
  public static List<Line> totalsOnly(List<long[]> rows, DashboardViewer viewer) {
    if (!viewer.suppresses()) {
      return breakdown(rows, viewer);
    }
    List<Figure> totals = Figure.row(rows.stream().map(SharedMargin::sum).toList(), viewer);
    return totals.stream().map(t -> new Line(List.of(), t)).toList();
  }

  private static long sum(long[] counts) {
    return Arrays.stream(counts).sum();
  }
}
