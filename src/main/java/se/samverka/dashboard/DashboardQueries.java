package se.samverka.dashboard;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures behind the dashboards, read from the read models alone ({@link DashboardReadModel}); who may see which
 * agency's figures is the caller's rule. Every method takes the process keys and agencies to include: {@code null}
 * means all, an empty collection none (so that an empty list of visible agencies shows nothing). No result holds
 * personal data: keys, agency codes, counts, durations, times and case numbers.
 */
@Service
@Transactional(readOnly = true)
public class DashboardQueries {

  /** The largest page of case numbers. */
  public static final int MAX_PAGE = 500;

  /** How figures over time are grouped: per day, per week (from Monday) or per calendar month. */
  public enum Period { DAY, WEEK, MONTH }

  /** Starts and ends of a process in one period (its first day). */
  public record FlowPoint(String processKey, LocalDate periodStart, long started, long completed, long cancelled) {}

  /** The open instances of a process: started less ended, up to now. */
  public record OpenCount(String processKey, long open) {}

  /**
   * The lead time of a process ({@code activityId} {@link DashboardReadModel#PROCESS}) or the time of one of its
   * steps over a range of months: how many ended, median and 90th percentile (approximate, {@link DurationHistogram})
   * and the exact mean.
   */
  public record LeadTime(String processKey, String activityId, long count, Duration median, Duration p90,
      Duration mean) {}

  /** The step of a process where cases are now: how many cases, how many step instances, since when the oldest. */
  public record StepWaiting(String processKey, String activityId, long cases, long instances, Instant oldestSince) {}

  /** A case at a step: its case number (the engine's business key), since when. */
  public record CaseAtStep(String businessKey, String processInstanceId, String agency, Instant since,
      String activityInstanceId) {}

  /** Where a page of cases ended; give it back for the next page. */
  public record Cursor(Instant since, String activityInstanceId) {}

  /** A page of cases at a step, oldest first; {@code next} null on the last page. */
  public record CasePage(List<CaseAtStep> items, Cursor next) {}

  private final JdbcClient jdbc;

  DashboardQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Starts, completions and cancellations per process and period, from {@code from} to {@code to} (both days in). */
  public List<FlowPoint> flow(Collection<String> processKeys, Collection<String> agencies, LocalDate from,
      LocalDate to, Period period) {
    Where where = new Where(processKeys, agencies);
    if (where.none()) {
      return List.of();
    }
    Map<String, Object> params = new HashMap<>(where.params);
    params.put("from", Date.valueOf(from));
    params.put("to", Date.valueOf(to));
    Map<String, TreeMap<LocalDate, long[]>> points = new TreeMap<>();
    jdbc.sql("select process_key, on_day, sum(started) as s, sum(completed) as c, sum(cancelled) as x "
            + "from sv_dash_flow where on_day >= :from and on_day <= :to" + where.sql
            + " group by process_key, on_day")
        .params(params)
        .query(rs -> {
          LocalDate start = periodStart(rs.getDate("on_day").toLocalDate(), period);
          long[] sums = points.computeIfAbsent(rs.getString("process_key"), k -> new TreeMap<>())
              .computeIfAbsent(start, k -> new long[3]);
          sums[0] += rs.getLong("s");
          sums[1] += rs.getLong("c");
          sums[2] += rs.getLong("x");
        });
    List<FlowPoint> result = new ArrayList<>();
    points.forEach((key, byPeriod) -> byPeriod.forEach((start, s) ->
        result.add(new FlowPoint(key, start, s[0], s[1], s[2]))));
    return result;
  }

  static LocalDate periodStart(LocalDate day, Period period) {
    return switch (period) {
      case DAY -> day;
      case WEEK -> day.with(DayOfWeek.MONDAY);
      case MONTH -> day.withDayOfMonth(1);
    };
  }

  /**
   * The open instances of each process now, from its counters ({@code sv_dash_open}, one row per process and agency:
   * started less ended, never below 0).
   */
  public List<OpenCount> open(Collection<String> processKeys, Collection<String> agencies) {
    Where where = new Where(processKeys, agencies);
    if (where.none()) {
      return List.of();
    }
    return jdbc.sql("select process_key, sum(open_count) as open_count "
            + "from sv_dash_open where 1 = 1" + where.sql + " group by process_key order by process_key")
        .params(where.params)
        .query((rs, i) -> new OpenCount(rs.getString(1), Math.max(0, rs.getLong(2)))).list();
  }

  /**
   * The lead time of each process and the time of each of its steps, for the instances and steps that ended in the
   * months {@code from} to {@code to} (both in), in the agencies given (the process's home agency, the step's own).
   */
  public List<LeadTime> leadTimes(Collection<String> processKeys, Collection<String> agencies, YearMonth from,
      YearMonth to) {
    return leadTimes(processKeys, agencies, from, to, null);
  }

  /**
   * As {@link #leadTimes(Collection, Collection, YearMonth, YearMonth)}, for one step only ({@code activityId}; null:
   * every step), e.g. {@link DashboardReadModel#PROCESS} for the processes' lead times alone, which the index
   * {@code sv_dash_duration_activity} reads without the steps' rows.
   */
  public List<LeadTime> leadTimes(Collection<String> processKeys, Collection<String> agencies, YearMonth from,
      YearMonth to, String activityId) {
    Where where = new Where(processKeys, agencies);
    if (where.none()) {
      return List.of();
    }
    Map<String, Object> params = new HashMap<>(where.params);
    params.put("from", Date.valueOf(from.atDay(1)));
    params.put("to", Date.valueOf(to.atDay(1)));
    String step = "";
    if (activityId != null) {
      step = " and activity_id = :activity";
      params.put("activity", activityId);
    }
    Map<List<String>, Map<Integer, Long>> counts = new LinkedHashMap<>();
    Map<List<String>, long[]> totals = new HashMap<>();
    jdbc.sql("select process_key, activity_id, bucket, sum(n) as n, sum(total_ms) as total_ms from sv_dash_duration "
            + "where month_start >= :from and month_start <= :to" + where.sql + step
            + " group by process_key, activity_id, bucket order by process_key, activity_id, bucket")
        .params(params)
        .query(rs -> {
          List<String> key = List.of(rs.getString("process_key"), rs.getString("activity_id"));
          counts.computeIfAbsent(key, k -> new HashMap<>()).merge(rs.getInt("bucket"), rs.getLong("n"), Long::sum);
          long[] sums = totals.computeIfAbsent(key, k -> new long[2]);
          sums[0] += rs.getLong("n");
          sums[1] += rs.getLong("total_ms");
        });
    List<LeadTime> result = new ArrayList<>();
    counts.forEach((key, byBucket) -> {
      long[] sums = totals.get(key);
      result.add(new LeadTime(key.get(0), key.get(1), sums[0], DurationHistogram.percentile(byBucket, 0.5),
          DurationHistogram.percentile(byBucket, 0.9), sums[0] == 0 ? null : Duration.ofMillis(sums[1] / sums[0])));
    });
    return result;
  }

  /** Where the open cases of the processes are now, step by step, in the agencies given (the step's agency). */
  public List<StepWaiting> waiting(Collection<String> processKeys, Collection<String> agencies) {
    Where where = new Where(processKeys, agencies);
    if (where.none()) {
      return List.of();
    }
    return jdbc.sql("select process_key, activity_id, count(distinct process_instance_id) as cases, "
            + "count(*) as instances, min(entered_at) as oldest from sv_dash_waiting where 1 = 1" + where.sql
            + " group by process_key, activity_id order by process_key, activity_id")
        .params(where.params)
        .query((rs, i) -> new StepWaiting(rs.getString("process_key"), rs.getString("activity_id"),
            rs.getLong("cases"), rs.getLong("instances"), rs.getTimestamp("oldest").toInstant()))
        .list();
  }

  /**
   * The cases at a step of a process now, oldest first, a page of at most {@code limit} (1 to {@value #MAX_PAGE})
   * after {@code after} (null: the first page).
   */
  public CasePage casesAt(String processKey, String activityId, Collection<String> agencies, Cursor after,
      int limit) {
    Where where = new Where(null, agencies);
    if (where.none() || processKey == null || activityId == null) {
      return new CasePage(List.of(), null);
    }
    int size = Math.max(1, Math.min(MAX_PAGE, limit));
    Map<String, Object> params = new HashMap<>(where.params);
    params.put("process", processKey);
    params.put("activity", activityId);
    params.put("limit", size + 1);
    String keyset = "";
    if (after != null && after.since() != null && after.activityInstanceId() != null) {
      keyset = " and (entered_at > :since or (entered_at = :since and activity_instance_id > :afterId))";
      params.put("since", Timestamp.from(after.since()));
      params.put("afterId", after.activityInstanceId());
    }
    List<CaseAtStep> rows = jdbc.sql("select business_key, process_instance_id, agency, entered_at, "
            + "activity_instance_id from sv_dash_waiting where process_key = :process and activity_id = :activity"
            + where.sql + keyset + " order by entered_at, activity_instance_id limit :limit")
        .params(params)
        .query((rs, i) -> new CaseAtStep(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getTimestamp(4).toInstant(), rs.getString(5)))
        .list();
    if (rows.size() <= size) {
      return new CasePage(rows, null);
    }
    List<CaseAtStep> page = rows.subList(0, size);
    CaseAtStep last = page.get(size - 1);
    return new CasePage(List.copyOf(page), new Cursor(last.since(), last.activityInstanceId()));
  }

  /** The filter on process keys and agencies: null all, empty none. */
  private static final class Where {
    final String sql;
    final Map<String, Object> params = new HashMap<>();
    private final boolean none;

    Where(Collection<String> processKeys, Collection<String> agencies) {
      StringBuilder where = new StringBuilder();
      none = (processKeys != null && processKeys.isEmpty()) || (agencies != null && agencies.isEmpty());
      if (processKeys != null && !processKeys.isEmpty()) {
        where.append(" and process_key in (:processKeys)");
        params.put("processKeys", List.copyOf(processKeys));
      }
      if (agencies != null && !agencies.isEmpty()) {
        where.append(" and agency in (:agencies)");
        params.put("agencies", List.copyOf(agencies));
      }
      sql = where.toString();
    }

    boolean none() {
      return none;
    }
  }
}
