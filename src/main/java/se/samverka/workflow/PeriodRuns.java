package se.samverka.workflow;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a recurring process idempotent per period (a year {@code 2026}, a quarter {@code 2026-K4}; tables of
 * V21__period_runs.sql). The first instance of a period claims it; every later start for the same period (a redeploy
 * on the due date, a second node, a start by hand) is recorded with the reason and told to do nothing. Two nodes
 * claiming at once: the primary key lets one commit; the other's job fails, is retried by the engine and then finds the
 * claim.
 */
@Service
@Transactional
public class PeriodRuns {

  /** Process variables set by {@link #claimThisYear}: the year, and whether this instance holds it. */
  public static final String YEAR = "year";
  public static final String YEAR_CLAIMED = "yearClaimed";

  /** Process variables set by {@link #claimPeriod}: the period key, and whether this instance holds it. */
  public static final String PERIOD = "period";
  public static final String PERIOD_CLAIMED = "periodClaimed";

  /** A period's claim: who holds it, and whether the asking instance got it. */
  public record Claim(String processKey, String period, String holderInstanceId, Instant startedAt, boolean granted) {}

  /** A start that did nothing because the period was already claimed. */
  public record Skip(String processKey, String period, String instanceId, Instant skippedAt, String reason) {

    /** The year of the period ({@code 2026} of {@code 2026-K4}). */
    public int year() {
      return Integer.parseInt(period.substring(0, 4));
    }
  }

  private final JdbcClient jdbc;

  PeriodRuns(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Claims {@code period} of {@code processKey} for {@code instanceId}, or records why this start does nothing. */
  public Claim claim(String processKey, String period, String instanceId) {
    Optional<Claim> existing = holder(processKey, period);
    if (existing.isPresent()) {
      Claim held = existing.get();
      if (held.holderInstanceId().equals(instanceId)) {
        return new Claim(processKey, period, instanceId, held.startedAt(), true);
      }
      String reason = startedAlready(period) + " av processinstans " + held.holderInstanceId() + " ("
          + held.startedAt() + "); den här starten gör ingenting";
      jdbc.sql("insert into period_run_skip (id, process_key, period, instance_id, skipped_at, reason) "
              + "values (?, ?, ?, ?, ?, ?)")
          .params(UUID.randomUUID().toString(), processKey, period, instanceId, Timestamp.from(EngineClock.now()),
              reason)
          .update();
      return held;
    }
    Instant now = EngineClock.now();
    jdbc.sql("insert into period_run (process_key, period, instance_id, started_at) values (?, ?, ?, ?)")
        .params(processKey, period, instanceId, Timestamp.from(now))
        .update();
    return new Claim(processKey, period, instanceId, now, true);
  }

  /**
   * The first step of every yearly process: claims this year (by the engine clock) for the process of
   * {@code execution} and sets {@link #YEAR} and {@link #YEAR_CLAIMED}, on which the process ends at once when false.
   */
  public boolean claimThisYear(DelegateExecution execution) {
    int year = EngineClock.today().getYear();
    boolean granted = claim(processKey(execution), String.valueOf(year), execution.getProcessInstanceId()).granted();
    execution.setVariable(YEAR, year);
    execution.setVariable(YEAR_CLAIMED, granted);
    return granted;
  }

  /**
   * The first step of a process that runs once per period other than a year (a quarter): claims {@code period} for the
   * process of {@code execution} and sets {@link #PERIOD} and {@link #PERIOD_CLAIMED}, on which it ends when false.
   */
  public boolean claimPeriod(DelegateExecution execution, String period) {
    boolean granted = claim(processKey(execution), period, execution.getProcessInstanceId()).granted();
    execution.setVariable(PERIOD, period);
    execution.setVariable(PERIOD_CLAIMED, granted);
    return granted;
  }

  private static String startedAlready(String period) {
    if (period.matches("\\d{4}")) {
      return "År " + period + " är redan startat";
    }
    if (period.matches("\\d{4}-K[1-4]")) {
      return "Kvartal " + period + " är redan startat";
    }
    return "Perioden " + period + " är redan startad";
  }

  private static String processKey(DelegateExecution execution) {
    return ((ExecutionEntity) execution).getProcessDefinition().getKey();
  }

  @Transactional(readOnly = true)
  public Optional<Claim> holder(String processKey, String period) {
    return jdbc.sql("select instance_id, started_at from period_run where process_key = ? and period = ?")
        .params(processKey, period)
        .query((rs, n) -> new Claim(processKey, period, rs.getString(1), rs.getTimestamp(2).toInstant(), false))
        .optional();
  }

  @Transactional(readOnly = true)
  public Optional<Claim> holder(String processKey, int year) {
    return holder(processKey, String.valueOf(year));
  }

  /** Periods claimed for a process, oldest first. */
  @Transactional(readOnly = true)
  public List<String> periods(String processKey) {
    return jdbc.sql("select period from period_run where process_key = ? order by period")
        .param(processKey).query(String.class).list();
  }

  /** Years claimed for a yearly process, oldest first. */
  @Transactional(readOnly = true)
  public List<Integer> years(String processKey) {
    return periods(processKey).stream().map(Integer::valueOf).toList();
  }

  @Transactional(readOnly = true)
  public List<Skip> skips(String processKey) {
    return jdbc.sql("select * from period_run_skip where process_key = ? order by skipped_at")
        .param(processKey)
        .query((rs, n) -> new Skip(rs.getString("process_key"), rs.getString("period"), rs.getString("instance_id"),
            rs.getTimestamp("skipped_at").toInstant(), rs.getString("reason")))
        .list();
  }
}
