package se.samverka.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.samverka.cases.CaseSheets.DeadlineLine;
import se.samverka.cases.Deadlines.Deadline;

/** The case page writes a deadline's state in words with what adds to it, never the same word twice. */
class DeadlineLineTests {

  private static DeadlineLine line(String status, String statusName, String stateName, String reason) {
    var deadline = new Deadline("d", "c", "beslut", "Beslut inom 14 dagar", "SoL", "socialtjanst",
        Instant.parse("2026-12-14T22:59:00Z"), status, reason, null, null);
    return new DeadlineLine(deadline, statusName, null, stateName, "Socialtjänst");
  }

  @Test
  void aMetDeadlineReadsUppfylldOnceNotTwice() {
    assertThat(line("UPPFYLLD", "Uppfylld", "Uppfylld", null).stateText(null)).isEqualTo("Uppfylld");
  }

  @Test
  void anOpenDeadlineShowsItsStatusBesideItsState() {
    assertThat(line("OPPEN", "Öppen", "I tid", null).stateText(null)).isEqualTo("I tid (Öppen)");
  }

  @Test
  void aBreachedOrExtendedDeadlineShowsWhenAndWhy() {
    assertThat(line("OVERSKRIDEN", "Överskriden", "Överskriden", null).stateText("2026-12-15 00:00"))
        .isEqualTo("Överskriden (överskreds 2026-12-15 00:00)");
    assertThat(line("FORLANGD", "Förlängd", "I tid", "polisförhör").stateText(null))
        .isEqualTo("I tid (Förlängd – polisförhör)");
    assertThat(line("UPPFYLLD", "Uppfylld", "Uppfylld", "polisförhör").stateText(null))
        .isEqualTo("Uppfylld (polisförhör)");
  }
}
