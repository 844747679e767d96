package se.samverka.followup.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.samverka.followup.report.ReportContent.Cell;
import se.samverka.followup.report.ReportContent.Row;
import se.samverka.followup.report.ReportContent.Section;
import se.samverka.followup.report.ReportContent.Table;

class ReportXhtmlTests {

  private static final ReportContent REPORT = new ReportContent("Uppföljning av första halvåret 2026", "2026-H1",
      LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), "Strängnäs 2023–2026", Instant.parse("2026-07-01T05:00:00Z"),
      List.of(new Section("underlag", "Kompletterande underlag", null, List.of(new Table("t", "Trygghet & <mätning>",
          List.of("Mått", "Värde"), List.of(Row.of("Andel \"trygga\" <script>", Cell.text("62,5")),
              Row.of("Svarande", Cell.count(1204))), "Uppladdad fil")))));

  @Test
  void theApprovedReportIsAnArchivalPdfWithItsTablesCommentAndApprovalWhateverTheTextHolds() throws Exception {
    String page = ReportXhtml.page(REPORT, "Bra halvår <b>\nmed färre bränder.", "styrgrupp",
        Instant.parse("2026-09-01T08:00:00Z"));
    assertThat(page).doesNotContain("<script>", "<b>").contains("&lt;script&gt;");
    try (var document = Loader.loadPDF(ReportPdf.render(page))) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Uppföljning av första halvåret 2026", "Trygghet & <mätning>",
          "Andel \"trygga\" <script>", "1 204", "Bra halvår <b>", "med färre bränder.",
          "Godkänd av styrgruppen 2026-09-", "(styrgrupp)");
      assertThat(document.getDocumentInformation().getSubject()).contains("2026-01-01");
      assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
    }
  }

  @Test
  void anUploadedFilesNameKeepsNoFolderAndNoControlCharacter() {
    assertThat(FollowUpReports.fileName("C:\\Users\\x\\trygghet.csv")).isEqualTo("trygghet.csv");
    assertThat(FollowUpReports.fileName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(FollowUpReports.fileName("a\u0000b.csv")).isEqualTo("ab.csv");
    assertThat(FollowUpReports.fileName("x".repeat(300))).hasSize(200);
    assertThat(FollowUpReports.fileName("  ")).isNull();
  }
}
