package se.samverka.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Two tables that break the same counts down by the same columns (table A by reason, table B by kind; each by result),
 * as an overview viewer sees them. The audit searches the pairs of tables of non-negative counts that agree with
 * everything shown (the shown counts and totals, the sum of all, and the structure: each row's counts add up to its
 * total, each column adds up to the same in A and in B) and asks of every hidden count that is not zero whether the
 * shown figures fix it (no such pair has another value there). The attacker knows no bound of a hidden count beyond
 * the sum of all.
 */
class SharedMarginTests {

  static final DashboardViewer OVERVIEW = FigureTests.OVERVIEW;
  static final DashboardViewer MANAGER = FigureTests.MANAGER;

  /** The hidden non-zero counts and totals (as "A1,2", "tB0") that the shown figures fix. */
  static List<String> derivable(long[][] a, long[][] b, List<SharedMargin.Line> shownA, List<SharedMargin.Line> shownB) {
    int columns = a[0].length;
    long all = Arrays.stream(a).flatMapToLong(Arrays::stream).sum();
    List<String> names = new ArrayList<>();
    List<Long> truth = new ArrayList<>();
    List<Long> fixed = new ArrayList<>();
    int[][] cellA = new int[a.length][columns];
    int[][] cellB = new int[b.length][columns];
    int[] totalA = new int[a.length];
    int[] totalB = new int[b.length];
    BiFunction<String, Long, Integer> add = (name, value) -> {
      names.add(name);
      truth.add(value);
      fixed.add(null);
      return names.size() - 1;
    };
    // (each row's total before its counts: the search then prunes on the row's sum)
    for (int i = 0; i < a.length; i++) {
      totalA[i] = add.apply("tA" + i, Arrays.stream(a[i]).sum());
      if (!shownA.get(i).total().suppressed()) {
        fixed.set(totalA[i], Arrays.stream(a[i]).sum());
      }
      for (int j = 0; j < columns; j++) {
        cellA[i][j] = add.apply("A" + i + "," + j, a[i][j]);
        if (!shownA.get(i).counts().get(j).suppressed()) {
          fixed.set(cellA[i][j], a[i][j]);
        }
      }
    }
    for (int k = 0; k < b.length; k++) {
      totalB[k] = add.apply("tB" + k, Arrays.stream(b[k]).sum());
      if (!shownB.get(k).total().suppressed()) {
        fixed.set(totalB[k], Arrays.stream(b[k]).sum());
      }
      for (int j = 0; j < columns; j++) {
        cellB[k][j] = add.apply("B" + k + "," + j, b[k][j]);
        if (!shownB.get(k).counts().isEmpty() && !shownB.get(k).counts().get(j).suppressed()) {
          fixed.set(cellB[k][j], b[k][j]);
        }
      }
    }
    // Constraints: plus-variables minus minus-variables equals the constant.
    List<int[][]> constraints = new ArrayList<>();
    List<Long> constants = new ArrayList<>();
    for (int i = 0; i < a.length; i++) {
      constraints.add(new int[][] {cellA[i], {totalA[i]}});
      constants.add(0L);
    }
    for (int k = 0; k < b.length; k++) {
      constraints.add(new int[][] {cellB[k], {totalB[k]}});
      constants.add(0L);
    }
    for (int j = 0; j < columns; j++) {
      final int column = j;
      constraints.add(new int[][] {Arrays.stream(cellA).mapToInt(r -> r[column]).toArray(),
          Arrays.stream(cellB).mapToInt(r -> r[column]).toArray()});
      constants.add(0L);
    }
    constraints.add(new int[][] {totalA, {}});
    constants.add(all);
    constraints.add(new int[][] {totalB, {}});
    constants.add(all);

    long[] values = new long[names.size()];
    assertThat(search(0, values, fixed, -1, -1, all, constraints, constants)).as("the true tables fit").isTrue();
    List<String> result = new ArrayList<>();
    for (int v = 0; v < names.size(); v++) {
      // Fixed when no pair of tables that fits what is shown has another value there.
      if (fixed.get(v) == null && truth.get(v) != 0
          && !search(0, values, fixed, v, truth.get(v), all, constraints, constants)) {
        result.add(names.get(v));
      }
    }
    return result;
  }

  /** Whether some values of the unknowns from {@code v} on fit, with variable {@code other} not {@code not}. */
  private static boolean search(int v, long[] values, List<Long> fixed, int other, long not, long all,
      List<int[][]> constraints, List<Long> constants) {
    if (!feasible(v, values, constraints, constants, all)) {
      return false;
    }
    if (v == values.length) {
      return true;
    }
    long from = fixed.get(v) == null ? 0 : fixed.get(v);
    long to = fixed.get(v) == null ? all : fixed.get(v);
    for (long x = from; x <= to; x++) {
      if (v == other && x == not) {
        continue;
      }
      values[v] = x;
      if (search(v + 1, values, fixed, other, not, all, constraints, constants)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the constraints can still hold with variables from {@code assigned} on anywhere in [0, all]. */
  private static boolean feasible(int assigned, long[] values, List<int[][]> constraints, List<Long> constants,
      long all) {
    for (int c = 0; c < constraints.size(); c++) {
      long low = -constants.get(c);
      long high = -constants.get(c);
      for (int sign = 0; sign < 2; sign++) {
        for (int v : constraints.get(c)[sign]) {
          if (v < assigned) {
            low += sign == 0 ? values[v] : -values[v];
            high += sign == 0 ? values[v] : -values[v];
          } else if (sign == 0) {
            high += all;
          } else {
            low -= all;
          }
        }
      }
      if (low > 0 || high < 0) {
        return false;
      }
    }
    return true;
  }

  static List<long[]> rows(long[][] table) {
    return Arrays.asList(table);
  }

  static final long[][][][] CASES = {
      // Supervisions: by reason (plan, tip, coordinated) and by kind (outer, inner), by result.
      {{{6, 2, 0}, {0, 0, 1}, {5, 0, 0}}, {{8, 0, 0}, {3, 2, 1}}},
      // One cell below five in a column that is otherwise large in both tables.
      {{{10, 7, 3}, {9, 8, 6}}, {{12, 9, 5}, {7, 6, 4}}},
      // A single row in B: B's column sums are A's.
      {{{7, 2, 3}, {6, 0, 1}}, {{13, 2, 4}}},
      // Deadlines of one kind: months by state against groups by state.
      {{{7, 2, 3, 0}, {12, 0, 1, 0}}, {{18, 2, 3, 0}, {1, 0, 1, 0}}},
  };

  @Test
  void withTheSecondTableShowingOnlyItsTotalsNoHiddenCountIsFixedByTheTwoTablesTogether() {
    for (long[][][] c : CASES) {
      assertThat(derivable(c[0], c[1], SharedMargin.breakdown(rows(c[0]), OVERVIEW),
          SharedMargin.totalsOnly(rows(c[1]), OVERVIEW))).as(Arrays.deepToString(c)).isEmpty();
    }
  }

  @Test
  void withBothTablesInFullAHiddenCountWouldBeFixedByTheOtherTablesColumn() {
    // The case for the rule: A's second row is hidden (0 and 1, and with them the 6), but B shows the first column's
    // 13, so 13 − 7 gives the 6 back.
    long[][][] single = CASES[2];
    assertThat(derivable(single[0], single[1], SharedMargin.breakdown(rows(single[0]), OVERVIEW),
        SharedMargin.breakdown(rows(single[1]), OVERVIEW))).contains("A1,0");
  }

  @Test
  void theSecondTableShowsOnlyItsTotalsToAnOverviewViewerAndEverythingToAManager() {
    long[][] kinds = {{8, 0, 0}, {3, 2, 1}};
    assertThat(SharedMargin.totalsOnly(rows(kinds), OVERVIEW)).allSatisfy(l -> assertThat(l.counts()).isEmpty())
        .extracting(l -> l.total().text()).containsExactly("8", "6");
    assertThat(SharedMargin.totalsOnly(rows(kinds), MANAGER)).extracting(l -> l.counts().stream()
        .map(Figure::text).toList()).containsExactly(List.of("8", "0", "0"), List.of("3", "2", "1"));
  }

  @Test
  void theFirstTablesTotalsAreSuppressedAsOneRowAndARowWithAHiddenTotalShowsNoCount() {
    // Totals 8, 1, 5 of 14: the 1 is hidden and with it the 5 (14 − 8 − 5 would give it), and the 5's counts.
    List<SharedMargin.Line> lines = SharedMargin.breakdown(rows(new long[][] {{6, 2, 0}, {0, 0, 1}, {5, 0, 0}}),
        OVERVIEW);
    assertThat(lines).extracting(l -> l.total().text()).containsExactly("8", "färre än 5", "dold");
    assertThat(lines.get(2).counts()).allSatisfy(f -> assertThat(f.suppressed()).isTrue());
    // The withheld 5 is not called "färre än 5", which it is not.
    assertThat(lines.get(2).counts()).extracting(Figure::text).containsExactly("dold", "färre än 5", "färre än 5");
  }
}
