package se.samverka.followup.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverka.followup.report.ReportContent.Cell;
import se.samverka.followup.report.ReportContent.Row;
import se.samverka.followup.report.ReportContent.Section;
import se.samverka.followup.report.ReportContent.Table;

class ReportCsvTests {

  @Test
  void everyFigureIsOneRowWithItsSectionTableRowAndColumnAndNoCellStartsAFormula() {
    ReportContent report = new ReportContent("Uppföljning", "2026-H2", LocalDate.of(2026, 7, 1),
        LocalDate.of(2026, 12, 31), "Strängnäs 2023–2026", Instant.parse("2027-01-02T06:00:00Z"), List.of(
        new Section("polis", "Kompletterande underlag", null, List.of(new Table("anm", "Polisanmälningar",
            List.of("Mått", "Mariefred", "Hela kommunen"), List.of(
                Row.of("Skadegörelse; klotter", Cell.count(12), Cell.count(1_234)),
                Row.of("=HYPERLINK(\"http://x\")", Cell.text("-1"), Cell.text("@SUM(A1)"))), null)))));
    String csv = ReportCsv.write(report);
    assertThat(csv).startsWith("\uFEFFavsnitt;tabell;rad;kolumn;värde\r\n");
    assertThat(csv.lines().skip(1).toList()).containsExactly(
        "Kompletterande underlag;Polisanmälningar;\"Skadegörelse; klotter\";Mariefred;12",
        "Kompletterande underlag;Polisanmälningar;\"Skadegörelse; klotter\";Hela kommunen;1 234",
        "Kompletterande underlag;Polisanmälningar;\"'=HYPERLINK(\"\"http://x\"\")\";Mariefred;'-1",
        "Kompletterande underlag;Polisanmälningar;\"'=HYPERLINK(\"\"http://x\"\")\";Hela kommunen;'@SUM(A1)");
  }
}
