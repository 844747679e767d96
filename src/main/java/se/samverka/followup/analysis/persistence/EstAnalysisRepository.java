package se.samverka.followup.analysis.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table of V40__est_analysis.sql: one row per analysed period, its stored figures, the analysis and decision. */
@Repository
public class EstAnalysisRepository {

  public record Row(String period, String kind, String businessKey, String processInstanceId, Instant computedAt,
      String figures, String places, String causes, String measures, String analysedBy, Instant analysedAt,
      int changeRequests, String changeReason, String decision, LocalDate decidedOn, String decidedBy) {

    public boolean approved() {
      return "godkand".equals(decision);
    }
  }

  private final JdbcClient jdbc;

  EstAnalysisRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores the figures of a period once; a second call for the same period changes nothing and returns false. */
  public boolean insert(String period, String kind, String businessKey, String instanceId, Instant at,
      String figures) {
    if (find(period).isPresent()) {
      return false;
    }
    jdbc.sql("insert into est_analysis (period, kind, business_key, process_instance_id, computed_at, figures, "
            + "change_requests) values (?, ?, ?, ?, ?, ?, 0)")
        .params(period, kind, businessKey, instanceId, Timestamp.from(at), figures).update();
    return true;
  }

  public void analysis(String period, String places, String causes, String measures, String by, Instant at) {
    jdbc.sql("update est_analysis set places = ?, causes = ?, measures = ?, analysed_by = ?, analysed_at = ? "
            + "where period = ?")
        .params(places, causes, measures, by, Timestamp.from(at), period).update();
  }

  public void changesAsked(String period, String reason, String by) {
    jdbc.sql("update est_analysis set change_requests = change_requests + 1, change_reason = ?, decision = 'andringar', "
            + "decided_by = ? where period = ?")
        .params(reason, by, period).update();
  }

  public void approved(String period, LocalDate on, String by) {
    jdbc.sql("update est_analysis set decision = 'godkand', decided_on = ?, decided_by = ? where period = ?")
        .params(java.sql.Date.valueOf(on), by, period).update();
  }

  public Optional<Row> find(String period) {
    return jdbc.sql("select * from est_analysis where period = ?").param(period)
        .query(EstAnalysisRepository::row).optional();
  }

  /** Every analysis, the latest period first (a year after its third tertial). */
  public List<Row> all() {
    return jdbc.sql("select * from est_analysis order by computed_at desc, period desc")
        .query(EstAnalysisRepository::row).list();
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    java.sql.Date decided = rs.getDate("decided_on");
    return new Row(rs.getString("period"), rs.getString("kind"), rs.getString("business_key"),
        rs.getString("process_instance_id"), instant(rs, "computed_at"), rs.getString("figures"),
        rs.getString("places"), rs.getString("causes"), rs.getString("measures"), rs.getString("analysed_by"),
        instant(rs, "analysed_at"), rs.getInt("change_requests"), rs.getString("change_reason"),
        rs.getString("decision"), decided == null ? null : decided.toLocalDate(), rs.getString("decided_by"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
