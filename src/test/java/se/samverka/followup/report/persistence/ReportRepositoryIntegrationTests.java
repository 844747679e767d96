package se.samverka.followup.report.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samverka.followup.report.persistence.ReportRepository.Figure;
import se.samverka.followup.report.persistence.ReportRepository.Upload;
import se.samverka.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class ReportRepositoryIntegrationTests {

  @Autowired ReportRepository reports;

  @Test
  void anApprovedReportIsNeverWrittenAgain() {
    String period = "1999-H1";
    Instant now = Instant.parse("1999-07-02T06:00:00Z");
    assertThat(reports.insert(UUID.randomUUID().toString(), period, LocalDate.of(1999, 1, 1),
        LocalDate.of(1999, 6, 30), null, "SAMMANSTALLD", "{\"v\":1}", now)).isTrue();
    assertThat(reports.insert(UUID.randomUUID().toString(), period, LocalDate.of(1999, 1, 1),
        LocalDate.of(1999, 6, 30), null, "SAMMANSTALLD", "{\"v\":2}", now)).as("the first compilation stands").isFalse();
    assertThat(reports.comment(period, "KOMMENTERAD", "Bra halvår.", "trygghetssamordnare", now)).isTrue();
    byte[] pdf = {1, 2, 3};
    assertThat(reports.approve(period, "styrgrupp", now, pdf, "a".repeat(64), "csv", "b".repeat(64), null)).isTrue();

    assertThat(reports.approve(period, "styrgrupp", now, new byte[] {9}, "c".repeat(64), "x", "d".repeat(64), null))
        .isFalse();
    assertThat(reports.recompile(period, "SAMMANSTALLD", "{\"v\":3}", now)).isFalse();
    assertThat(reports.comment(period, "KOMMENTERAD", "Ändrad", "trygghetssamordnare", now)).isFalse();
    assertThat(reports.returnForChanges(period, "ATERVISAD", "Nej")).isFalse();

    ReportRepository.StoredReport stored = reports.find(period).orElseThrow();
    assertThat(stored.status()).isEqualTo(ReportRepository.APPROVED);
    assertThat(stored.content()).isEqualTo("{\"v\":1}");
    assertThat(stored.comment()).isEqualTo("Bra halvår.");
    assertThat(stored.pdfSha256()).isEqualTo("a".repeat(64));
    assertThat(reports.pdf(period)).hasValueSatisfying(bytes -> assertThat(bytes).containsExactly(1, 2, 3));
  }

  @Test
  void aNewUploadOfAnInputReplacesTheOldOneWithItsFigures() {
    String period = "1999-H2";
    Instant now = Instant.parse("2000-01-05T10:00:00Z");
    reports.replaceUpload(new Upload(UUID.randomUUID().toString(), period, "polisanmalningar", "v1.csv",
        "trygghetssamordnare", now, 2), List.of(new Figure(2, "Skadegörelse", "mariefred", new BigDecimal("12.00")),
        new Figure(3, "Skadegörelse", null, new BigDecimal("40.00"))));
    String second = UUID.randomUUID().toString();
    reports.replaceUpload(new Upload(second, period, "polisanmalningar", "v2.csv", "trygghetssamordnare", now, 1),
        List.of(new Figure(2, "Klotter", "strangnas", new BigDecimal("3.50"))));
    assertThat(reports.uploads(period)).singleElement().satisfies(u -> {
      assertThat(u.id()).isEqualTo(second);
      assertThat(u.fileName()).isEqualTo("v2.csv");
    });
    assertThat(reports.figures(second)).containsExactly(new Figure(2, "Klotter", "strangnas", new BigDecimal("3.50")));
  }
}
