package se.samverka.followup.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ReportPdfTests {

  private static final String PAGE = """
      <!DOCTYPE html>
      <html lang="sv"><head><meta charset="UTF-8"/><title>Uppföljning av samverkansöverenskommelsen</title>
      <style>body { font-family: 'Liberation Sans'; }</style></head>
      <body><h1>Uppföljning första halvåret 2026</h1>
      <table><caption>Ärenden per aktivitet</caption>
      <thead><tr><th scope="col">Aktivitet</th><th scope="col">Öppnade</th></tr></thead>
      <tbody><tr><th scope="row">SSPF – åtgärder för unga</th><td>12</td></tr></tbody></table>
      </body></html>""";

  @Test
  void theReportIsATaggedArchivalPdfWhoseSwedishTextCanBeRead() throws Exception {
    byte[] pdf = ReportPdf.render(PAGE);
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Uppföljning första halvåret 2026").contains("SSPF – åtgärder för unga")
          .contains("Öppnade");
      assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged for PDF/UA").isTrue();
      assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sv");
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Uppföljning av samverkansöverenskommelsen");
      assertThat(document.getDocumentCatalog().getMetadata()).as("PDF/A metadata").isNotNull();
      assertThat(document.getDocumentCatalog().getOutputIntents()).as("sRGB output intent").hasSize(1);
    }
  }

  @Test
  void theSamePageGivesTheSameText() throws Exception {
    try (PDDocument a = Loader.loadPDF(ReportPdf.render(PAGE)); PDDocument b = Loader.loadPDF(ReportPdf.render(PAGE))) {
      assertThat(new PDFTextStripper().getText(a)).isEqualTo(new PDFTextStripper().getText(b));
    }
  }
}
