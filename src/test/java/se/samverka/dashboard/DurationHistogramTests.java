package se.samverka.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DurationHistogramTests {

  @Test
  void anInstantStepIsBucketZeroAndItsPercentileIsExactlyZero() {
    assertThat(DurationHistogram.bucketOf(Duration.ZERO)).isZero();
    assertThat(DurationHistogram.bucketOf(Duration.ofMillis(-5))).isZero();
    assertThat(DurationHistogram.percentile(Map.of(0, 7L), 0.5)).isEqualTo(Duration.ZERO);
    assertThat(DurationHistogram.percentile(Map.of(0, 7L), 0.9)).isEqualTo(Duration.ZERO);
  }

  @Test
  void everyDurationLiesWithinTheBoundsOfItsBucketAndBucketsGrowWithTheDuration() {
    int previous = 0;
    for (long millis = 1; millis < 50_000_000_000_000L; millis = millis + Math.max(1, millis / 97)) {
      int bucket = DurationHistogram.bucketOfMillis(millis);
      assertThat(bucket).isGreaterThanOrEqualTo(previous).isBetween(1, DurationHistogram.LAST);
      assertThat(DurationHistogram.lowerBound(bucket)).isLessThanOrEqualTo(millis);
      assertThat(DurationHistogram.upperBound(bucket)).isGreaterThan(millis);
      previous = bucket;
    }
  }

  @Test
  void bucketsAreAQuarterOctaveWideSoFourMakeADoubling() {
    int oneMinute = DurationHistogram.bucketOf(Duration.ofMinutes(1));
    int twoMinutes = DurationHistogram.bucketOf(Duration.ofMinutes(2));
    assertThat(twoMinutes - oneMinute).isEqualTo(4);
    assertThat(DurationHistogram.bucketOf(Duration.ofDays(365 * 5))).isLessThan(160);
  }

  @Test
  void theEstimateOfEveryBucketFromOneSecondIsWithinTheDocumentedRelativeError() {
    double bound = DurationHistogram.MAX_RELATIVE_ERROR_PERCENT / 100;
    double worst = 0;
    for (long millis = 1000; millis < 200L * 365 * 24 * 3600 * 1000; millis = millis + Math.max(1, millis / 331)) {
      long estimate = DurationHistogram.estimate(DurationHistogram.bucketOfMillis(millis)).toMillis();
      double error = Math.abs(estimate - millis) / (double) millis;
      worst = Math.max(worst, error);
      assertThat(error).as("%d ms estimated as %d ms", millis, estimate).isLessThanOrEqualTo(bound);
    }
    // The bound is not loose: the worst case comes close to 2^(1/8) - 1.
    assertThat(worst).isGreaterThan(0.085);
  }

  @Test
  void theMedianAndNinetiethPercentileOfKnownDurationsAreWithinTheBound() {
    Random random = new Random(42);
    List<Long> durations = new ArrayList<>();
    Map<Integer, Long> counts = new HashMap<>();
    for (int i = 0; i < 10_001; i++) {
      // Hours to weeks, log-uniform: as the steps of a case.
      long millis = (long) (3_600_000 * Math.pow(2, random.nextDouble() * 8));
      durations.add(millis);
      counts.merge(DurationHistogram.bucketOfMillis(millis), 1L, Long::sum);
    }
    Collections.sort(durations);
    long trueMedian = durations.get((int) Math.ceil(0.5 * durations.size()) - 1);
    long trueP90 = durations.get((int) Math.ceil(0.9 * durations.size()) - 1);
    double bound = DurationHistogram.MAX_RELATIVE_ERROR_PERCENT / 100;
    assertThat(Math.abs(DurationHistogram.percentile(counts, 0.5).toMillis() - trueMedian) / (double) trueMedian)
        .isLessThanOrEqualTo(bound);
    assertThat(Math.abs(DurationHistogram.percentile(counts, 0.9).toMillis() - trueP90) / (double) trueP90)
        .isLessThanOrEqualTo(bound);
    assertThat(counts).hasSizeLessThan(40);
  }

  @Test
  void thePercentileIsTheNearestRankOverTheBuckets() {
    int hour = DurationHistogram.bucketOf(Duration.ofHours(1));
    int day = DurationHistogram.bucketOf(Duration.ofDays(1));
    // 27 of 30 within the hour and 3 taking a day: the 90th percentile is rank 27, still the hour.
    Map<Integer, Long> counts = Map.of(hour, 27L, day, 3L);
    assertThat(DurationHistogram.percentile(counts, 0.9)).isEqualTo(DurationHistogram.estimate(hour));
    assertThat(DurationHistogram.percentile(counts, 0.91)).isEqualTo(DurationHistogram.estimate(day));
    assertThat(DurationHistogram.percentile(counts, 1.0)).isEqualTo(DurationHistogram.estimate(day));
    assertThat(DurationHistogram.percentile(Map.of(hour, 1L, 0, 1L), 0.5)).isEqualTo(Duration.ZERO);
  }

  @Test
  void emptyCountsHaveNoPercentileAndTheRankMustBeAFraction() {
    assertThat(DurationHistogram.percentile(Map.of(), 0.5)).isNull();
    assertThat(DurationHistogram.percentile(Map.of(5, 0L), 0.5)).isNull();
    assertThatThrownBy(() -> DurationHistogram.percentile(Map.of(5, 1L), 0)).isInstanceOf(
        IllegalArgumentException.class);
    assertThatThrownBy(() -> DurationHistogram.percentile(Map.of(5, 1L), 1.5)).isInstanceOf(
        IllegalArgumentException.class);
  }

  @Test
  void theLastBucketIsOpenAndTakesEveryLongerDuration() {
    assertThat(DurationHistogram.bucketOfMillis(Long.MAX_VALUE)).isEqualTo(DurationHistogram.LAST);
    assertThat(DurationHistogram.upperBound(DurationHistogram.LAST)).isEqualTo(Long.MAX_VALUE);
    assertThat(DurationHistogram.estimate(DurationHistogram.LAST).toMillis())
        .isEqualTo(DurationHistogram.lowerBound(DurationHistogram.LAST));
  }
}
