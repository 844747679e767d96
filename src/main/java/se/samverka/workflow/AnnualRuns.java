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
 * Makes a yearly process idempotent per year (V5__annual_runs.sql). The first instance of a year claims it; every later
 * start for the same year is recorded with the reason and told to do nothing. Two nodes claiming at once: the primary
 * key lets one commit; the other's job fails, is retried by the engine and then finds the claim.
 */
@Service
@Transactional
public class AnnualRuns {

  /** Process variables set by {@link #claimThisYear}: the year, and whether this instance holds it. */
  public static final String YEAR = "year";
  public static final String YEAR_CLAIMED = "yearClaimed";

  /** A year's claim: who holds it, and whether the asking instance got it. */
  public record Claim(String processKey, int year, String holderInstanceId, Instant startedAt, boolean granted) {}

  /** A start that did nothing because the year was already claimed. */
  public record Skip(String processKey, int year, String instanceId, Instant skippedAt, String reason) {}

  private final JdbcClient jdbc;

  AnnualRuns(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Claims {@code year} of {@code processKey} for {@code instanceId}, or records why this start does nothing. */
  public Claim claim(String processKey, int year, String instanceId) {
    Optional<Claim> existing = holder(processKey, year);
    if (existing.isPresent()) {
      Claim held = existing.get();
      if (held.holderInstanceId().equals(instanceId)) {
        return new Claim(processKey, year, instanceId, held.startedAt(), true);
      }
      String reason = "År " + year + " är redan startat av processinstans " + held.holderInstanceId() + " ("
          + held.startedAt() + "); den här starten gör ingenting";
      jdbc.sql("insert into annual_run_skip (id, process_key, run_year, instance_id, skipped_at, reason) "
              + "values (?, ?, ?, ?, ?, ?)")
          .params(UUID.randomUUID().toString(), processKey, year, instanceId, Timestamp.from(EngineClock.now()), reason)
          .update();
      return held;
    }
    Instant now = EngineClock.now();
    jdbc.sql("insert into annual_run (process_key, run_year, instance_id, started_at) values (?, ?, ?, ?)")
        .params(processKey, year, instanceId, Timestamp.from(now))
        .update();
    return new Claim(processKey, year, instanceId, now, true);
  }

  /**
   * The first step of every yearly process: claims this year (by the engine clock) for the process of
   * {@code execution} and sets {@link #YEAR} and {@link #YEAR_CLAIMED}, on which the process ends at once when false.
   */
  public boolean claimThisYear(DelegateExecution execution) {
    String processKey = ((ExecutionEntity) execution).getProcessDefinition().getKey();
    int year = EngineClock.today().getYear();
    boolean granted = claim(processKey, year, execution.getProcessInstanceId()).granted();
    execution.setVariable(YEAR, year);
    execution.setVariable(YEAR_CLAIMED, granted);
    return granted;
  }

  @Transactional(readOnly = true)
  public Optional<Claim> holder(String processKey, int year) {
    return jdbc.sql("select instance_id, started_at from annual_run where process_key = ? and run_year = ?")
        .params(processKey, year)
        .query((rs, n) -> new Claim(processKey, year, rs.getString(1), rs.getTimestamp(2).toInstant(), false))
        .optional();
  }

  /** Years claimed for a process, oldest first. */
  @Transactional(readOnly = true)
  public List<Integer> years(String processKey) {
    return jdbc.sql("select run_year from annual_run where process_key = ? order by run_year")
        .param(processKey).query(Integer.class).list();
  }

  @Transactional(readOnly = true)
  public List<Skip> skips(String processKey) {
    return jdbc.sql("select * from annual_run_skip where process_key = ? order by skipped_at")
        .param(processKey)
        .query((rs, n) -> new Skip(rs.getString("process_key"), rs.getInt("run_year"), rs.getString("instance_id"),
            rs.getTimestamp("skipped_at").toInstant(), rs.getString("reason")))
        .list();
  }
}
