package se.samverka.sspf.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The quarterly steering-group reports (V2__sspf_steering_report.sql). */
@Repository
public class SteeringReportRepository {

  public record SteeringReport(String period, int newCases, int closedCases, String summary, String coordinatorNote,
      String resourceDecision, String decisionText) {}

  private final JdbcClient jdbc;

  public SteeringReportRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<SteeringReport> find(String period) {
    return jdbc.sql("select * from sspf_steering_report where period = ?").param(period)
        .query((rs, i) -> new SteeringReport(rs.getString("period"), rs.getInt("new_cases"),
            rs.getInt("closed_cases"), rs.getString("summary"), rs.getString("coordinator_note"),
            rs.getString("resource_decision"), rs.getString("decision_text")))
        .optional();
  }

  public List<SteeringReport> all() {
    return jdbc.sql("select * from sspf_steering_report order by period desc")
        .query((rs, i) -> new SteeringReport(rs.getString("period"), rs.getInt("new_cases"),
            rs.getInt("closed_cases"), rs.getString("summary"), rs.getString("coordinator_note"),
            rs.getString("resource_decision"), rs.getString("decision_text")))
        .list();
  }

  /** The reports of the quarters {@code from} to {@code to} (both in, e.g. {@code 2026-K1}), oldest first. */
  public List<SteeringReport> between(String from, String to) {
    return jdbc.sql("select * from sspf_steering_report where period >= ? and period <= ? order by period")
        .params(from, to)
        .query((rs, i) -> new SteeringReport(rs.getString("period"), rs.getInt("new_cases"),
            rs.getInt("closed_cases"), rs.getString("summary"), rs.getString("coordinator_note"),
            rs.getString("resource_decision"), rs.getString("decision_text")))
        .list();
  }

  public void insert(String period, int newCases, int closedCases, String summary, Instant at) {
    jdbc.sql("""
        insert into sspf_steering_report (id, period, new_cases, closed_cases, summary, created_at)
        values (?, ?, ?, ?, ?, ?)""")
        .params(UUID.randomUUID().toString(), period, newCases, closedCases, summary, Timestamp.from(at)).update();
  }

  /** Records the decision unless one is already recorded; false when the quarter was decided before. */
  public boolean recordDecision(String period, String note, String resourceDecision, String decisionText, Instant at) {
    return jdbc.sql("""
        update sspf_steering_report set coordinator_note = ?, resource_decision = ?, decision_text = ?, decided_at = ?
        where period = ? and decided_at is null""")
        .params(note, resourceDecision, decisionText, Timestamp.from(at), period).update() == 1;
  }
}
