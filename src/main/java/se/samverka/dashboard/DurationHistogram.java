package se.samverka.dashboard;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * Durations in logarithmic buckets, four to each doubling (quarter-octave), so that a median or a 90th percentile over
 * any number of process instances or steps comes from a few hundred counts instead of every instance.
 * <p>
 * Bucket 0 holds exactly 0 ms (an instant step: a service task in the same transaction). Bucket {@code b >= 1} holds
 * the durations from {@link #lowerBound(int) lowerBound(b)} (inclusive) to {@code lowerBound(b + 1)} (exclusive), where
 * {@code lowerBound(b) = ceil(2^((b - 1) / 4))} milliseconds; the last bucket ({@link #LAST}, from about 557 years) is
 * open. A percentile is the nearest-rank percentile of the counts, given as its bucket's geometric middle
 * ({@link #estimate(int)}); the true percentile lies in the same bucket, so the relative error is at most
 * {@code sqrt(upper / lower) - 1}: {@value #MAX_RELATIVE_ERROR_PERCENT} % for every duration of one second or more
 * ({@code 2^(1/8) - 1} = 9.05 % plus the rounding of the bounds to whole milliseconds). Below a second the buckets are a
 * few milliseconds wide and the error may reach 12.5 %, i.e. a few milliseconds. 0 is exact.
 */
public final class DurationHistogram {

  /** The bound of the relative error of a percentile, in per cent, for durations of one second or more. */
  public static final double MAX_RELATIVE_ERROR_PERCENT = 9.1;
  /** The last (open) bucket. */
  public static final int LAST = 4 * 44;

  private static final long[] LOWER = new long[LAST + 2];

  static {
    LOWER[0] = 0;
    for (int b = 1; b <= LAST + 1; b++) {
      LOWER[b] = (long) Math.ceil(Math.pow(2, (b - 1) / 4.0));
    }
  }

  private DurationHistogram() {}

  /** The bucket of a duration; a negative duration (a clock moved back) counts as 0. */
  public static int bucketOf(Duration duration) {
    return bucketOfMillis(duration.toMillis());
  }

  /** The bucket of a duration in milliseconds; negative counts as 0. */
  public static int bucketOfMillis(long millis) {
    if (millis <= 0) {
      return 0;
    }
    if (millis >= LOWER[LAST]) {
      return LAST;
    }
    // The last bucket whose lower bound is at most the value (several small buckets share a bound and stay empty).
    int low = 1;
    int high = LAST - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (LOWER[mid] <= millis) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }

  /** The smallest duration of a bucket, in milliseconds. */
  public static long lowerBound(int bucket) {
    check(bucket);
    return LOWER[bucket];
  }

  /** The first duration past a bucket, in milliseconds ({@link Long#MAX_VALUE} for the last, open bucket). */
  public static long upperBound(int bucket) {
    check(bucket);
    return bucket == 0 ? 1 : bucket == LAST ? Long.MAX_VALUE : LOWER[bucket + 1];
  }

  /** The duration that stands for a bucket: its geometric middle (0 for bucket 0, the bound for the last bucket). */
  public static Duration estimate(int bucket) {
    check(bucket);
    if (bucket == 0) {
      return Duration.ZERO;
    }
    long lower = LOWER[bucket];
    long upper = upperBound(bucket);
    if (bucket == LAST || upper - lower <= 1) {
      return Duration.ofMillis(lower);
    }
    long middle = Math.round(Math.sqrt((double) lower * (double) upper));
    return Duration.ofMillis(Math.min(Math.max(middle, lower), upper - 1));
  }

  /**
   * The nearest-rank percentile {@code p} (0 &lt; p &le; 1; 0.5 the median, 0.9 the 90th percentile) of counts per
   * bucket, as its bucket's {@link #estimate(int) estimate}; null when the counts are empty. Counts of 0 or below and
   * unknown buckets are left out.
   */
  public static Duration percentile(Map<Integer, Long> counts, double p) {
    if (!(p > 0 && p <= 1)) {
      throw new IllegalArgumentException("percentilen ska vara större än 0 och högst 1");
    }
    TreeMap<Integer, Long> sorted = new TreeMap<>();
    long total = 0;
    for (Map.Entry<Integer, Long> entry : counts.entrySet()) {
      Integer bucket = entry.getKey();
      Long n = entry.getValue();
      if (bucket != null && bucket >= 0 && bucket <= LAST && n != null && n > 0) {
        sorted.merge(bucket, n, Long::sum);
        total += n;
      }
    }
    if (total == 0) {
      return null;
    }
    // (less a hair, so that 0.9 × 30 = 27.000000000000004 is rank 27)
    long rank = Math.max(1, (long) Math.ceil(p * total - 1e-9));
    long seen = 0;
    for (Map.Entry<Integer, Long> entry : sorted.entrySet()) {
      seen += entry.getValue();
      if (seen >= rank) {
        return estimate(entry.getKey());
      }
    }
    return estimate(sorted.lastKey());
  }

  private static void check(int bucket) {
    if (bucket < 0 || bucket > LAST) {
      throw new IllegalArgumentException("okänt intervall " + bucket);
    }
  }
}
