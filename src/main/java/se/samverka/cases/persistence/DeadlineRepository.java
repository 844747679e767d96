package se.samverka.cases.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverka.cases.Deadlines.Deadline;

/** JDBC access to the deadline table (V3__deadlines.sql). */
@Repository
public class DeadlineRepository {

  private final JdbcClient jdbc;

  public DeadlineRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(String caseId, String kind, String reference, String ownerGroup, Instant dueAt, String status,
      Instant at) {
    jdbc.sql("""
        insert into deadline (id, case_id, kind, legal_reference, owner_group, due_at, status, created_at)
        values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(CaseRepository.newId(), caseId, kind, reference, ownerGroup, Timestamp.from(dueAt), status,
            Timestamp.from(at))
        .update();
  }

  public void update(String id, String status, Instant dueAt, String reason, Instant metAt, Instant breachedAt) {
    jdbc.sql("update deadline set status = ?, due_at = ?, paused_reason = ?, met_at = ?, breached_at = ? where id = ?")
        .params(status, Timestamp.from(dueAt), reason, metAt == null ? null : Timestamp.from(metAt),
            breachedAt == null ? null : Timestamp.from(breachedAt), id)
        .update();
  }

  public List<Deadline> ofCase(String caseId) {
    return jdbc.sql("select * from deadline where case_id = ? order by created_at, id").param(caseId)
        .query(this::deadline).list();
  }

  /** One slice of the open deadlines of these groups, soonest first (index {@code deadline_open}). */
  public List<Deadline> openFor(List<String> groups, int offset, int limit) {
    return jdbc.sql("select * from deadline where met_at is null and owner_group in (:groups) order by due_at, id"
        + " limit " + Math.max(0, limit) + " offset " + Math.max(0, offset))
        .param("groups", groups).query(this::deadline).list();
  }

  private Deadline deadline(ResultSet rs, int i) throws SQLException {
    return new Deadline(rs.getString("id"), rs.getString("case_id"), rs.getString("kind"), null,
        rs.getString("legal_reference"), rs.getString("owner_group"), instant(rs, "due_at"), rs.getString("status"),
        rs.getString("paused_reason"), instant(rs, "met_at"), instant(rs, "breached_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toInstant();
  }

  /** The deadlines not yet met of these cases: (case id, due time, status). */
  public List<Object[]> openOfCases(java.util.Collection<String> caseIds) {
    return caseIds.isEmpty() ? List.of() : jdbc.sql("select case_id, due_at, status from deadline "
        + "where case_id in (:ids) and met_at is null").param("ids", caseIds)
        .query((rs, i) -> new Object[] {rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3)}).list();
  }
}
