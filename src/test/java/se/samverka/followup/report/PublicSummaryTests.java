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

class PublicSummaryTests {

  private static ReportContent report(Table... tables) {
    return new ReportContent("Uppföljning 2026", "2026-H2", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31),
        "Strängnäs 2023–2026", Instant.parse("2027-01-02T06:00:00Z"),
        List.of(new Section("sspf", "SSPF", null, List.of(tables))));
  }

  private static List<String> texts(ReportContent summary) {
    return summary.sections().get(0).tables().get(0).rows().stream()
        .map(r -> r.heading() + ": " + String.join(" | ", r.cells().stream().map(Cell::text).toList())).toList();
  }

  @Test
  void countsBelowFiveReadFewerThanFiveAndNoHiddenCountIsKept() {
    ReportContent summary = PublicSummary.of(report(new Table("kalla", "Aktualiseringar per källa",
        List.of("Källa", "Aktualiseringar", "Median dagar"), List.of(
            Row.of("Skola", Cell.count(15), Cell.text("12")),
            Row.of("Polis", Cell.count(3), Cell.text("9")),
            Row.of("Fritid", Cell.count(0), Cell.text("–")),
            Row.of("Socialtjänst", Cell.count(1_234), Cell.text("4,5"))), null)), "Årssammanfattning 2026");
    assertThat(texts(summary)).containsExactly("Skola: 15 | 12", "Polis: färre än 5 | 9", "Fritid: färre än 5 | –",
        "Socialtjänst: 1 234 | 4,5");
    assertThat(summary.title()).isEqualTo("Årssammanfattning 2026");
    assertThat(summary.sections().get(0).tables().get(0).rows()).flatExtracting(Row::cells)
        .extracting(Cell::count).containsOnly(15L, 1_234L, null);
  }

  @Test
  void aColumnWithOneHiddenCountHidesItsNextSmallestAndTotalsAreLeftOut() {
    ReportContent summary = PublicSummary.of(report(new Table("utfall", "Avslutade ärenden per orsak",
        List.of("Orsak", "Ärenden", "Varav pojkar"), List.of(
            Row.of("Målen nådda", Cell.count(20), Cell.count(11)),
            Row.of("Samtycket återkallat", Cell.count(2), Cell.count(8)),
            Row.of("Flyttat", Cell.count(7), Cell.count(6)),
            Row.total("Summa", Cell.count(29), Cell.count(25))), null)), "Årssammanfattning 2026");
    assertThat(texts(summary)).containsExactly("Målen nådda: 20 | 11", "Samtycket återkallat: färre än 5 | 8",
        "Flyttat: dold | 6");
  }

  @Test
  void twoHiddenCountsInAColumnNeedNoMore() {
    ReportContent summary = PublicSummary.of(report(new Table("t", "T", List.of("Rad", "Antal"), List.of(
        Row.of("A", Cell.count(1)), Row.of("B", Cell.count(4)), Row.of("C", Cell.count(9))), null)), "S");
    assertThat(texts(summary)).containsExactly("A: färre än 5", "B: färre än 5", "C: 9");
  }
}
