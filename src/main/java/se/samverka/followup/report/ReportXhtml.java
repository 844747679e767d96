package se.samverka.followup.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import se.samverka.followup.report.ReportContent.Row;
import se.samverka.followup.report.ReportContent.Section;
import se.samverka.followup.report.ReportContent.Table;

/**
 * The approved report as the well-formed XHTML page {@link ReportPdf} archives: its title, period and agreement, every
 * section with its tables (caption, column and row headings marked up for a screen reader), the coordinator's comment
 * and who approved it when.
 */
final class ReportXhtml {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd")
      .withZone(ZoneId.of("Europe/Stockholm"));

  private ReportXhtml() {}

  static String page(ReportContent report, String comment, String approvedBy, Instant approvedAt) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"sv\" xmlns=\"http://www.w3.org/1999/xhtml\"><head>")
        .append("<meta charset=\"UTF-8\"/><title>").append(escape(report.title())).append("</title>")
        .append("<meta name=\"subject\" content=\"").append(escape("Uppföljning av samverkansöverenskommelsen för "
            + report.from() + " – " + report.to() + ", godkänd av styrgruppen")).append("\"/>")
        .append("<style>body { font-family: '").append(ReportPdf.FONT_FAMILY).append("'; font-size: 10pt; }")
        .append(" table { border-collapse: collapse; margin-bottom: 1em; width: 100%; }")
        .append(" th, td { border: 1px solid #555; padding: 2pt 4pt; text-align: left; }")
        .append(" caption { font-weight: bold; text-align: left; }</style></head><body>");
    out.append("<h1>").append(escape(report.title())).append("</h1>");
    out.append("<p>Period: ").append(report.from()).append(" – ").append(report.to()).append(". ");
    if (report.agreement() != null) {
      out.append("Överenskommelse: ").append(escape(report.agreement())).append(". ");
    }
    out.append("Godkänd av styrgruppen ").append(DAY.format(approvedAt)).append(" (")
        .append(escape(approvedBy)).append(").</p>");
    out.append("<h2>Trygghetssamordnarens kommentar</h2><p>")
        .append(comment == null ? "Ingen kommentar." : escape(comment).replace("\n", "<br/>")).append("</p>");
    for (Section section : report.sections()) {
      out.append("<h2>").append(escape(section.heading())).append("</h2>");
      if (section.text() != null && !section.text().isBlank()) {
        out.append("<p>").append(escape(section.text())).append("</p>");
      }
      for (Table table : section.tables()) {
        table(out, table);
      }
    }
    return out.append("</body></html>").toString();
  }

  private static void table(StringBuilder out, Table table) {
    out.append("<table><caption>").append(escape(table.caption())).append("</caption><thead><tr>");
    for (String column : table.columns()) {
      out.append("<th scope=\"col\">").append(escape(column)).append("</th>");
    }
    out.append("</tr></thead><tbody>");
    if (table.rows().isEmpty()) {
      out.append("<tr><td colspan=\"").append(table.columns().size()).append("\">Inga uppgifter.</td></tr>");
    }
    for (Row row : table.rows()) {
      out.append("<tr><th scope=\"row\">").append(escape(row.heading())).append("</th>");
      row.cells().forEach(c -> out.append("<td>").append(escape(c.text())).append("</td>"));
      out.append("</tr>");
    }
    out.append("</tbody></table>");
    if (table.note() != null && !table.note().isBlank()) {
      out.append("<p>Källa: ").append(escape(table.note())).append("</p>");
    }
  }

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c >= 0x20 || c == '\n' || c == '\t') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
