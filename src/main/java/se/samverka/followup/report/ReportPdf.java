package se.samverka.followup.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A report page as an archival PDF: PDF/A-3u (text that can be searched and copied, the fonts embedded, an sRGB output
 * intent) and tagged for PDF/UA, so that a screen reader reads its headings and tables. The page must be well-formed
 * XHTML with a {@code lang} and a {@code <title>}; its text is set in Liberation Sans (shipped inside PDFBox, so no
 * font of the machine is needed), which has the Swedish letters.
 */
public final class ReportPdf {

  static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  static final String FONT_FAMILY = "Liberation Sans";

  private ReportPdf() {}

  public static byte[] render(String xhtml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
      builder.usePdfUaAccessbility(true);
      builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
      builder.useFont(() -> ReportPdf.class.getResourceAsStream(FONT), FONT_FAMILY);
      builder.withHtmlContent(xhtml, null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
