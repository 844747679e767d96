package se.samverka.followup.report.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * JDBC access to the follow-up reports and their uploaded inputs ({@code V41}). Every statement that changes a report
 * says {@code status <> 'GODKAND'}: an approved report is never written again, whatever calls this.
 */
@Repository
public class ReportRepository {

  public static final String APPROVED = "GODKAND";

  /** A report as stored, without its PDF. */
  public record StoredReport(String id, String period, LocalDate from, LocalDate to, String processInstanceId,
      String status, String content, Instant compiledAt, String comment, String commentedBy, Instant commentedAt,
      String returnedReason, String approvedBy, Instant approvedAt, String pdfSha256, String csv, String csvSha256,
      String publicSummary) {}

  /** An uploaded input of a period. */
  public record Upload(String id, String period, String inputCode, String fileName, String uploadedBy,
      Instant uploadedAt, int rows) {}

  /** One figure of an upload. */
  public record Figure(int line, String measure, String district, java.math.BigDecimal value) {}

  private final JdbcClient jdbc;

  ReportRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<StoredReport> find(String period) {
    return find(period, "");
  }

  /**
   * The report, its row locked until the transaction ends: an approval and an upload of the same period take turns, so
   * the archived PDF and CSV are made from the content as last compiled.
   */
  public Optional<StoredReport> findForUpdate(String period) {
    return find(period, " for update");
  }

  private Optional<StoredReport> find(String period, String lock) {
    return jdbc.sql("select * from followup_report where period = ?" + lock).param(period).query((rs, i) ->
        new StoredReport(rs.getString("id"), rs.getString("period"), rs.getDate("period_from").toLocalDate(),
            rs.getDate("period_to").toLocalDate(), rs.getString("process_instance_id"), rs.getString("status"),
            rs.getString("content"), instant(rs.getTimestamp("compiled_at")), rs.getString("comment"),
            rs.getString("commented_by"), instant(rs.getTimestamp("commented_at")), rs.getString("returned_reason"),
            rs.getString("approved_by"), instant(rs.getTimestamp("approved_at")), rs.getString("pdf_sha256"),
            rs.getString("csv"), rs.getString("csv_sha256"), rs.getString("public_summary"))).optional();
  }

  public List<String> periods() {
    return jdbc.sql("select period from followup_report order by period desc").query(String.class).list();
  }

  public Optional<byte[]> pdf(String period) {
    return jdbc.sql("select pdf from followup_report where period = ? and pdf is not null").param(period)
        .query((rs, i) -> rs.getBytes(1)).optional();
  }

  /** A new report of a period; false when the period has one (the first compilation stands). */
  public boolean insert(String id, String period, LocalDate from, LocalDate to, String processInstanceId,
      String status, String content, Instant compiledAt) {
    if (find(period).isPresent()) {
      return false;
    }
    jdbc.sql("insert into followup_report (id, period, period_from, period_to, process_instance_id, status, content,"
        + " compiled_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(id, period, from, to, processInstanceId, status, content, Timestamp.from(compiledAt)).update();
    return true;
  }

  /** The content compiled again (with new uploads); false when the report is approved. */
  public boolean recompile(String period, String status, String content, Instant compiledAt) {
    return jdbc.sql("update followup_report set status = ?, content = ?, compiled_at = ? where period = ?"
        + " and status <> '" + APPROVED + "'").params(status, content, Timestamp.from(compiledAt), period)
        .update() == 1;
  }

  public boolean comment(String period, String status, String comment, String user, Instant at) {
    return jdbc.sql("update followup_report set status = ?, comment = ?, commented_by = ?, commented_at = ?,"
        + " returned_reason = null where period = ? and status <> '" + APPROVED + "'")
        .params(status, comment, user, Timestamp.from(at), period).update() == 1;
  }

  public boolean returnForChanges(String period, String status, String reason) {
    return jdbc.sql("update followup_report set status = ?, returned_reason = ? where period = ?"
        + " and status <> '" + APPROVED + "'").params(status, reason, period).update() == 1;
  }

  /** Approves and keeps the files; false when the report was approved already (by someone at the same moment). */
  public boolean approve(String period, String user, Instant at, byte[] pdf, String pdfSha256, String csv,
      String csvSha256, String publicSummary) {
    return jdbc.sql("update followup_report set status = '" + APPROVED + "', approved_by = ?, approved_at = ?,"
        + " pdf = ?, pdf_sha256 = ?, csv = ?, csv_sha256 = ?, public_summary = ? where period = ?"
        + " and status <> '" + APPROVED + "'")
        .params(user, Timestamp.from(at), pdf, pdfSha256, csv, csvSha256, publicSummary, period).update() == 1;
  }

  // --- uploads

  /** Replaces a period's upload of an input with a new one and its figures. */
  public void replaceUpload(Upload upload, List<Figure> figures) {
    jdbc.sql("delete from followup_input_row where upload_id in (select id from followup_input_upload"
        + " where period = ? and input_code = ?)").params(upload.period(), upload.inputCode()).update();
    jdbc.sql("delete from followup_input_upload where period = ? and input_code = ?")
        .params(upload.period(), upload.inputCode()).update();
    jdbc.sql("insert into followup_input_upload (id, period, input_code, file_name, uploaded_by, uploaded_at,"
        + " row_count) values (?, ?, ?, ?, ?, ?, ?)").params(upload.id(), upload.period(), upload.inputCode(),
        upload.fileName(), upload.uploadedBy(), Timestamp.from(upload.uploadedAt()), upload.rows()).update();
    for (Figure f : figures) {
      jdbc.sql("insert into followup_input_row (upload_id, line, measure, district, figure) values (?, ?, ?, ?, ?)")
          .params(upload.id(), f.line(), f.measure(), f.district(), f.value()).update();
    }
  }

  public List<Upload> uploads(String period) {
    return jdbc.sql("select * from followup_input_upload where period = ? order by input_code").param(period)
        .query((rs, i) -> new Upload(rs.getString("id"), rs.getString("period"), rs.getString("input_code"),
            rs.getString("file_name"), rs.getString("uploaded_by"), instant(rs.getTimestamp("uploaded_at")),
            rs.getInt("row_count"))).list();
  }

  public List<Figure> figures(String uploadId) {
    return jdbc.sql("select line, measure, district, figure from followup_input_row where upload_id = ?"
        + " order by line").param(uploadId).query((rs, i) -> new Figure(rs.getInt(1), rs.getString(2),
        rs.getString(3), rs.getBigDecimal(4))).list();
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
