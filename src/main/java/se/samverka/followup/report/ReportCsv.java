package se.samverka.followup.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import se.samverka.followup.report.ReportContent.Row;
import se.samverka.followup.report.ReportContent.Section;
import se.samverka.followup.report.ReportContent.Table;

/**
 * A report as one CSV file for a spreadsheet: UTF-8 with a byte order mark (so that Excel reads å, ä and ö),
 * semicolon-separated, one row per figure: section, table, row, column and the value as shown; no cell can start a
 * spreadsheet formula.
 */
public final class ReportCsv {

  public static final List<String> COLUMNS = List.of("avsnitt", "tabell", "rad", "kolumn", "värde");
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
      .get();

  private ReportCsv() {}

  /**
   * A text as a spreadsheet may open it without running it: one that starts like a formula (=, +, -, @, a tab or a
   * carriage return; an uploaded measure could) is written with a leading apostrophe.
   */
  static String cell(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  public static String write(ReportContent report) {
    StringWriter out = new StringWriter();
    out.write('\uFEFF');
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      printer.printRecord(COLUMNS);
      for (Section section : report.sections()) {
        for (Table table : section.tables()) {
          for (Row row : table.rows()) {
            for (int c = 0; c < row.cells().size(); c++) {
              printer.printRecord(cell(section.heading()), cell(table.caption()), cell(row.heading()),
                  cell(table.columns().get(c + 1)), cell(row.cells().get(c).text()));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
