package se.samverka.followup.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a follow-up report says: sections of tables, compiled from the system's own data and the uploaded
 * supplementary inputs for one follow-up period, then commented and approved. Stored as it was compiled (JSON), so
 * the approved report reads the same however the data changes afterwards; its PDF, CSV and public summary are made
 * from this content.
 */
public record ReportContent(String title, String period, LocalDate from, LocalDate to, String agreement,
    Instant compiledAt, List<Section> sections) {

  public ReportContent {
    Objects.requireNonNull(title);
    Objects.requireNonNull(period);
    sections = List.copyOf(sections);
  }

  /** A part of the report: a priority area, the supplementary inputs, EST, … with its tables. */
  public record Section(String id, String heading, String text, List<Table> tables) {

    public Section {
      tables = List.copyOf(tables);
    }
  }

  /**
   * A table: its caption, the headings of its columns (the first is that of the row headings) and its rows.
   * {@code note} says where the figures come from.
   */
  public record Table(String id, String caption, List<String> columns, List<Row> rows, String note) {

    public Table {
      columns = List.copyOf(columns);
      rows = List.copyOf(rows);
      for (Row row : rows) {
        if (row.cells().size() != columns.size() - 1) {
          throw new IllegalArgumentException("Raden " + row.heading() + " har " + row.cells().size()
              + " celler, tabellen " + id + " har " + (columns.size() - 1) + " kolumner med siffror");
        }
      }
    }
  }

  /** A row: its heading and its cells. {@code total} marks a row that sums others (the public summary drops it). */
  public record Row(String heading, List<Cell> cells, boolean total) {

    public Row {
      cells = List.copyOf(cells);
    }

    public static Row of(String heading, Cell... cells) {
      return new Row(heading, List.of(cells), false);
    }

    public static Row total(String heading, Cell... cells) {
      return new Row(heading, List.of(cells), true);
    }
  }

  /**
   * A cell: its text, and for a count of people, cases or events its number ({@code count}), which the public summary
   * shows as "färre än 5" below 5. A measure that is not a count (a median, a share, a text) has no count.
   */
  public record Cell(String text, Long count) {

    public static Cell count(long n) {
      return new Cell(Numbers.whole(n), n);
    }

    public static Cell text(String text) {
      return new Cell(text, null);
    }
  }
}
