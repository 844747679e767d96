package se.samverka.followup.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import se.samverka.cases.CaseService;
import se.samverka.followup.est.EstPeriods;
import se.samverka.followup.report.ReportContent.Cell;
import se.samverka.workflow.EngineClock;

/**
 * The follow-up report of the demo's half-year (profile demo on H2, the same context as
 * {@code DemoProfileIntegrationTests}): it compiles on the demo's data, counts the demo's reports of concern of the
 * half-year as its cases say, goes through the public summary, CSV and PDF (the CSV is left as
 * {@code target/follow-up-report-sample.csv} to read), and how long the compilation takes is printed (no assertion on
 * time).
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:demo-profile;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("demo")
class ReportCompilerDemoIntegrationTests {

  @Autowired
  ReportCompiler compiler;

  @Autowired
  CaseService cases;

  @Autowired
  EstPeriods est;

  @Test
  void theDemosHalfYearCompilesWithItsReportsOfConcernAndGoesThroughTheSummaryCsvAndPdf() {
    LocalDate today = EngineClock.today();
    ReportPeriod half = ReportPeriod.halfYear(today.getYear(), today.getMonthValue() <= 6 ? 1 : 2);
    long[] millis = new long[3];
    ReportContent report = null;
    for (int i = 0; i < millis.length; i++) {
      long started = System.nanoTime();
      report = compiler.compile(half);
      millis[i] = (System.nanoTime() - started) / 1_000_000;
    }
    System.out.println("ReportCompiler.compile(" + half.code() + ") på demodata (H2): " + millis[0] + " ms första "
        + "gången, sedan " + millis[1] + " och " + millis[2] + " ms");

    assertThat(report.period()).isEqualTo(half.code());
    var from = half.from().atStartOfDay(ZoneId.systemDefault()).toInstant();
    var to = half.to().plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
    long received = cases.casesOfType("orosanmalan").stream()
        .filter(c -> !c.openedAt().isBefore(from) && c.openedAt().isBefore(to)).count();
    assertThat(received).isPositive();
    ReportContent content = report;
    var concerns = content.sections().stream().flatMap(s -> s.tables().stream())
        .filter(t -> t.id().equals("underlag-orosanmalningar")).findFirst().orElseThrow();
    assertThat(concerns.rows().get(0).heading()).isEqualTo("Orosanmälningar mottagna");
    assertThat(concerns.rows().get(0).cells()).extracting(Cell::count).containsExactly(received);
    var reporting = content.sections().stream().flatMap(s -> s.tables().stream())
        .filter(t -> t.id().equals("underlag-est-rapportering")).findFirst().orElseThrow();
    assertThat(reporting.rows()).hasSize(est.unitCodes().size());

    assertThat(PublicSummary.of(report, "Sammanfattning").sections()).hasSameSizeAs(report.sections());
    String csv = ReportCsv.write(report);
    assertThat(csv).contains("Kompletterande underlag till lägesbilden");
    // To read: the demo's report as CSV, next to the other samples the tests write.
    try {
      java.nio.file.Files.writeString(java.nio.file.Path.of("target", "follow-up-report-sample.csv"), csv);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(new String(ReportPdf.render(ReportCompilerIntegrationTests.xhtml(report)), 0, 5,
        java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }
}
