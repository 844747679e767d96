package se.samverka.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FigureTests {

  static final DashboardViewer MANAGER = new DashboardViewer("chefSocialtjanst", Set.of("socialtjanst"), true, 5);
  static final DashboardViewer OVERVIEW = new DashboardViewer("styrgrupp", Set.of("socialtjanst", "polis"), false, 5);

  @Test
  void aManagerSeesEveryCountExactly() {
    assertThat(Figure.count(3, MANAGER)).isEqualTo(new Figure("3", 3L, false));
    assertThat(Figure.count(0, MANAGER).text()).isEqualTo("0");
    assertThat(Figure.count(12345, MANAGER).text()).isEqualTo("12\u00a0345");
  }

  @Test
  void anOverviewViewerSeesEveryCountBelowFiveAsFewerThanFiveWithoutItsValue() {
    for (long n = 0; n < 5; n++) {
      Figure f = Figure.count(n, OVERVIEW);
      assertThat(f.text()).isEqualTo("färre än 5");
      assertThat(f.value()).isNull();
      assertThat(f.suppressed()).isTrue();
    }
    assertThat(Figure.count(5, OVERVIEW)).isEqualTo(new Figure("5", 5L, false));
  }

  @Test
  void whenTheHiddenCountsAddUpToFewerThanFiveTheSmallestShownCountIsHiddenTooSoTheTotalGivesNothingAway() {
    // 3 + 10 + 20 = 33: with only the 3 hidden, 33 − 10 − 20 would give it back.
    List<Figure> row = Figure.row(List.of(3L, 20L, 10L), OVERVIEW);
    // The 10 is withheld, and not called "färre än 5": it is not.
    assertThat(row).extracting(Figure::text).containsExactly("färre än 5", "20", "dold");
    // Two hidden already: nothing more to hide.
    assertThat(Figure.row(List.of(3L, 2L, 10L), OVERVIEW)).extracting(Figure::text)
        .containsExactly("färre än 5", "färre än 5", "10");
    // A manager's row is never changed.
    assertThat(Figure.row(List.of(3L, 20L, 10L), MANAGER)).extracting(Figure::text).containsExactly("3", "20", "10");
    // Hidden zeros tell nothing about anybody: the total gives back 0.
    assertThat(Figure.row(List.of(7L, 0L), OVERVIEW)).extracting(Figure::text).containsExactly("7", "färre än 5");
    // 12 met, 1 breached, the rest zero: 13 − 12 would say that one was breached.
    assertThat(Figure.row(List.of(12L, 0L, 1L, 0L), OVERVIEW)).extracting(Figure::text)
        .containsExactly("dold", "färre än 5", "färre än 5", "färre än 5");
  }

  @Test
  void aDurationFromFewerThanFiveCasesIsHiddenFromOverviewViewers() {
    assertThat(Figure.duration(Duration.ofHours(50), 4, OVERVIEW).text()).isEqualTo("färre än 5 ärenden");
    assertThat(Figure.duration(Duration.ofHours(50), 4, OVERVIEW).value()).isNull();
    assertThat(Figure.duration(Duration.ofHours(50), 4, MANAGER).text()).isEqualTo("2,1 dagar");
    assertThat(Figure.duration(Duration.ofHours(50), 5, OVERVIEW).text()).isEqualTo("2,1 dagar");
    assertThat(Figure.duration(null, 0, OVERVIEW).text()).isEqualTo("–");
  }

  @Test
  void durationsReadAsMinutesHoursOrDaysInSwedish() {
    assertThat(Figure.words(Duration.ofMinutes(45))).isEqualTo("45 min");
    assertThat(Figure.words(Duration.ofMinutes(330))).isEqualTo("5,5 tim");
    assertThat(Figure.words(Duration.ofHours(24))).isEqualTo("1 dag");
    assertThat(Figure.words(Duration.ofHours(36))).isEqualTo("1,5 dagar");
    assertThat(Figure.words(Duration.ofDays(14))).isEqualTo("14 dagar");
  }
}
