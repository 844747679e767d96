package se.samverka.followup.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import se.samverka.followup.report.ReportContent.Cell;
import se.samverka.followup.report.ReportContent.Row;
import se.samverka.followup.report.ReportContent.Section;
import se.samverka.followup.report.ReportContent.Table;

/**
 * The yearly public summary of an approved report: every count below {@value #BELOW} reads "färre än 5"; a column in
 * which that hides a single count hides its next smallest count too ("dold"), since the column's sum may be known from
 * another table or from last year's report; and rows that sum others are left out. What is not a count (a median, a
 * share, a text) is shown as it is. No count that was hidden is kept in the summary.
 */
public final class PublicSummary {

  public static final int BELOW = 5;
  public static final String FEWER = "färre än 5";
  public static final String WITHHELD = "dold";

  private PublicSummary() {}

  public static ReportContent of(ReportContent report, String title) {
    List<Section> sections = report.sections().stream().map(s -> new Section(s.id(), s.heading(), s.text(),
        s.tables().stream().map(PublicSummary::table).toList())).toList();
    return new ReportContent(title, report.period(), report.from(), report.to(), report.agreement(),
        report.compiledAt(), sections);
  }

  private static Table table(Table table) {
    List<Row> rows = table.rows().stream().filter(r -> !r.total()).toList();
    int columns = table.columns().size() - 1;
    List<List<Cell>> cells = new ArrayList<>();
    rows.forEach(r -> cells.add(new ArrayList<>(r.cells())));
    for (int c = 0; c < columns; c++) {
      int column = c;
      List<Integer> small = IntStream.range(0, rows.size()).filter(r -> isSmall(cells.get(r).get(column))).boxed()
          .toList();
      small.forEach(r -> cells.get(r).set(column, Cell.text(FEWER)));
      if (small.size() == 1) {
        IntStream.range(0, rows.size()).filter(r -> cells.get(r).get(column).count() != null).boxed()
            .min(Comparator.comparing((Integer r) -> cells.get(r).get(column).count()).thenComparing(r -> r))
            .ifPresent(r -> cells.get(r).set(column, Cell.text(WITHHELD)));
      }
    }
    List<Row> shown = IntStream.range(0, rows.size()).mapToObj(r -> new Row(rows.get(r).heading(), cells.get(r),
        false)).toList();
    return new Table(table.id(), table.caption(), table.columns(), shown, table.note());
  }

  private static boolean isSmall(Cell cell) {
    return cell.count() != null && cell.count() < BELOW;
  }
}
