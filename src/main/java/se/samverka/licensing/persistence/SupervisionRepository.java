package se.samverka.licensing.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverka.licensing.Supervision;

/** JDBC access to supervisions, the yearly plan and restaurant reports (V6__supervision.sql). */
@Repository
public class SupervisionRepository {

  private static final String SELECT = "select s.*, p.name as premises_name from supervision s "
      + "join premises p on p.id = s.premises_id ";

  private final JdbcClient jdbc;

  public SupervisionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(String id, String premisesId, String instanceId, String trigger, String kind, LocalDate plannedFor,
      Instant at) {
    jdbc.sql("insert into supervision (id, premises_id, process_instance_id, trigger_kind, kind, status, planned_for, "
            + "created_at, updated_at) values (?, ?, ?, ?, ?, 'planeras', ?, ?, ?)")
        .params(id, premisesId, instanceId, trigger, kind, sqlDate(plannedFor), Timestamp.from(at), Timestamp.from(at))
        .update();
  }

  /** Sets one column (from a fixed list) and the status. */
  public void update(String id, String status, Instant at, String column, Object value) {
    if (!List.of("kind", "planned_for", "inspected_on", "remark_level", "protocol_due", "protocol_sent_on",
        "proposed_sanction", "notified_on", "earlier_sanction", "earlier_sanction_on", "appeal_dismissed_on",
        "forwarded_on", "decided_sanction").contains(column)) {
      throw new IllegalArgumentException(column);
    }
    Object parameter = value instanceof LocalDate day ? sqlDate(day) : value;
    jdbc.sql("update supervision set " + column + " = ?, status = coalesce(?, status), updated_at = ? where id = ?")
        .params(parameter, status, Timestamp.from(at), id)
        .update();
  }

  public void recordAppeal(String id, LocalDate receivedOn, boolean inTime, Instant at) {
    jdbc.sql("update supervision set appealed = true, appeal_received_on = ?, appeal_in_time = ?, status = ?, "
            + "updated_at = ? where id = ?")
        .params(sqlDate(receivedOn), inTime, inTime ? "overklagat" : "sent-overklagande", Timestamp.from(at), id)
        .update();
  }

  public void recordReconsideration(String id, String outcome, LocalDate on, Instant at) {
    jdbc.sql("update supervision set reconsideration = ?, reconsidered_on = ?, updated_at = ? where id = ?")
        .params(outcome, sqlDate(on), Timestamp.from(at), id).update();
  }

  public void recordCourtOutcome(String id, String courtOutcome, LocalDate ruledOn, Instant at) {
    jdbc.sql("update supervision set court_outcome = ?, court_ruled_on = ?, updated_at = ? where id = ?")
        .params(courtOutcome, sqlDate(ruledOn), Timestamp.from(at), id).update();
  }

  /**
   * The formal sanctions decided for the premises under this licence holder, other than in {@code exceptId}: one the
   * court annulled ({@code bifall}) does not count. Decisions from before the holder was recorded count.
   */
  public List<se.samverka.licensing.SanctionHistory.EarlierSanction> sanctionsOf(String premisesId,
      String holderOrgNumber, String exceptId) {
    return jdbc.sql("select decided_sanction, decided_on from supervision where premises_id = ? and id <> ? "
            + "and decided_sanction in ('erinran', 'varning') and decided_on is not null "
            + "and (holder_org_number is null or holder_org_number = ?) "
            + "and (court_outcome is null or court_outcome <> 'bifall') order by decided_on desc")
        .params(premisesId, exceptId, holderOrgNumber)
        .query((rs, n) -> new se.samverka.licensing.SanctionHistory.EarlierSanction(rs.getString(1),
            rs.getDate(2).toLocalDate()))
        .list();
  }

  // --- communication with the licence holder

  public int communicationRounds(String supervisionId) {
    return jdbc.sql("select count(*) from supervision_communication where supervision_id = ?").param(supervisionId)
        .query(Integer.class).single();
  }

  public void insertCommunication(String supervisionId, int round, LocalDate on, String documents,
      LocalDate responseDue, String interpreterLanguage, String userId, Instant at) {
    jdbc.sql("insert into supervision_communication (supervision_id, round, communicated_on, documents, response_due, "
            + "interpreter_language, registered_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(supervisionId, round, sqlDate(on), documents, sqlDate(responseDue), interpreterLanguage, userId,
            Timestamp.from(at))
        .update();
  }

  /** One communication: the round, the day, the documents sent (codes, comma-separated) and the response time. */
  public record Communication(int round, LocalDate communicatedOn, String documents, LocalDate responseDue,
      String interpreterLanguage) {}

  public List<Communication> communications(String supervisionId) {
    return jdbc.sql("select * from supervision_communication where supervision_id = ? order by round")
        .param(supervisionId)
        .query((rs, n) -> new Communication(rs.getInt("round"), day(rs, "communicated_on"), rs.getString("documents"),
            day(rs, "response_due"), rs.getString("interpreter_language")))
        .list();
  }

  public void setStatus(String id, String status, Instant at) {
    jdbc.sql("update supervision set status = ?, updated_at = ? where id = ?")
        .params(status, Timestamp.from(at), id).update();
  }

  public void recordInspection(String id, LocalDate inspectedOn, String remarkLevel, LocalDate protocolDue,
      Instant at) {
    jdbc.sql("update supervision set inspected_on = ?, remark_level = ?, protocol_due = ?, status = 'protokoll', "
            + "updated_at = ? where id = ?")
        .params(sqlDate(inspectedOn), remarkLevel, sqlDate(protocolDue), Timestamp.from(at), id)
        .update();
  }

  public void recordDecision(String id, String sanction, String deviationReason, LocalDate decidedOn,
      String holderOrgNumber, Instant at) {
    jdbc.sql("update supervision set decided_sanction = ?, deviation_reason = ?, decided_on = ?, holder_org_number = ?, "
            + "status = 'beslutad', updated_at = ? where id = ?")
        .params(sanction, deviationReason, sqlDate(decidedOn), holderOrgNumber, Timestamp.from(at), id)
        .update();
  }

  public void recordNotification(String id, LocalDate notifiedOn, LocalDate appealUntil, Instant at) {
    jdbc.sql("update supervision set notified_on = ?, appeal_until = ?, status = 'overklagandetid', updated_at = ? "
            + "where id = ?")
        .params(sqlDate(notifiedOn), sqlDate(appealUntil), Timestamp.from(at), id)
        .update();
  }

  public Optional<Supervision> find(String id) {
    return jdbc.sql(SELECT + "where s.id = ?").param(id).query(this::supervision).optional();
  }

  /** The premises (name, district) of each supervision, in one query. */
  public java.util.Map<String, String[]> premisesOf(java.util.Collection<String> ids) {
    java.util.Map<String, String[]> premises = new java.util.HashMap<>();
    if (!ids.isEmpty()) {
      jdbc.sql("select s.id, p.name, p.district from supervision s join premises p on p.id = s.premises_id "
          + "where s.id in (:ids)").param("ids", ids)
          .query((rs, i) -> premises.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)})).list();
    }
    return premises;
  }

  public List<Supervision> all() {
    return jdbc.sql(SELECT + "order by s.created_at desc, p.name").query(this::supervision).list();
  }

  public List<Supervision> ofPremises(String premisesId) {
    return jdbc.sql(SELECT + "where s.premises_id = ? order by s.created_at").param(premisesId)
        .query(this::supervision).list();
  }

  public void markEarlierRemarks(String premisesId, Instant at) {
    jdbc.sql("update premises set risk_earlier_remarks = true, updated_at = ? where id = ?")
        .params(Timestamp.from(at), premisesId).update();
  }

  // --- yearly plan

  public void insertPlanEntry(int year, String premisesId, int visit, int risk, int rank, LocalDate plannedFor) {
    jdbc.sql("insert into supervision_plan (plan_year, premises_id, visit_number, risk_score, plan_rank, planned_for) "
            + "values (?, ?, ?, ?, ?, ?)")
        .params(year, premisesId, visit, risk, rank, sqlDate(plannedFor)).update();
  }

  public void linkPlanEntry(int year, String premisesId, int visit, String supervisionId) {
    jdbc.sql("update supervision_plan set supervision_id = ? where plan_year = ? and premises_id = ? and visit_number = ?")
        .params(supervisionId, year, premisesId, visit).update();
  }

  public void insertPlanSubmission(int year, LocalDate sentOn, String recipients, String userId, Instant at) {
    jdbc.sql("insert into supervision_plan_submission (plan_year, sent_on, recipients, registered_by, created_at) "
            + "values (?, ?, ?, ?, ?)")
        .params(year, sqlDate(sentOn), recipients, userId, Timestamp.from(at)).update();
  }

  /** When the plan of {@code year} was sent to the county administrative board, if it was. */
  public Optional<LocalDate> planSentOn(int year) {
    return jdbc.sql("select sent_on from supervision_plan_submission where plan_year = ?").param(year)
        .query((rs, n) -> rs.getDate(1).toLocalDate()).optional();
  }

  /** A plan row: which premises, which visit of the year, its risk, its rank (1 = highest risk) and date. */
  public record PlanEntry(int year, String premisesId, String premisesName, int visit, int riskScore, int rank,
      LocalDate plannedFor, String supervisionId) {}

  public List<PlanEntry> plan(int year) {
    return jdbc.sql("select sp.*, p.name from supervision_plan sp join premises p on p.id = sp.premises_id "
            + "where sp.plan_year = ? order by sp.plan_rank, sp.visit_number")
        .param(year)
        .query((rs, n) -> new PlanEntry(rs.getInt("plan_year"), rs.getString("premises_id"), rs.getString("name"),
            rs.getInt("visit_number"), rs.getInt("risk_score"), rs.getInt("plan_rank"),
            rs.getDate("planned_for").toLocalDate(), rs.getString("supervision_id")))
        .list();
  }

  // --- restaurant reports

  public boolean insertReport(String premisesId, int year, LocalDate receivedOn, String userId) {
    boolean exists = jdbc.sql("select count(*) from restaurant_report where premises_id = ? and report_year = ?")
        .params(premisesId, year).query(Long.class).single() > 0;
    if (!exists) {
      jdbc.sql("insert into restaurant_report (premises_id, report_year, received_on, registered_by) "
              + "values (?, ?, ?, ?)")
          .params(premisesId, year, sqlDate(receivedOn), userId).update();
    }
    return !exists;
  }

  public boolean hasReport(String premisesId, int year) {
    return jdbc.sql("select count(*) from restaurant_report where premises_id = ? and report_year = ?")
        .params(premisesId, year).query(Long.class).single() > 0;
  }

  /** The reports of {@code year} by premises id, with the day each came in. */
  public java.util.Map<String, LocalDate> reports(int year) {
    java.util.Map<String, LocalDate> received = new java.util.HashMap<>();
    jdbc.sql("select premises_id, received_on from restaurant_report where report_year = ?").param(year)
        .query((rs, n) -> received.put(rs.getString(1), rs.getDate(2).toLocalDate())).list();
    return received;
  }

  /** Premises with a permanent licence that have not reported {@code year}. */
  public List<String> missingReports(int year) {
    return jdbc.sql("select p.id from premises p where p.licence_type = 'stadigvarande' and not exists "
            + "(select 1 from restaurant_report r where r.premises_id = p.id and r.report_year = ?) order by p.name")
        .param(year).query(String.class).list();
  }

  // --- counts for the dashboards: the range in the query, grouped in SQL

  /** Supervisions inspected from {@code from} to {@code to} (both in), by reason, kind and remark level. */
  public List<se.samverka.licensing.LicensingCounts.SupervisionCount> inspectedBetween(LocalDate from, LocalDate to) {
    return jdbc.sql("select trigger_kind, kind, remark_level, count(*) from supervision "
            + "where inspected_on >= ? and inspected_on <= ? group by trigger_kind, kind, remark_level")
        .params(sqlDate(from), sqlDate(to))
        .query((rs, n) -> new se.samverka.licensing.LicensingCounts.SupervisionCount(rs.getString(1),
            rs.getString(2), rs.getString(3), rs.getLong(4)))
        .list();
  }

  /** Decisions taken from {@code from} to {@code to}, by the sanction decided. */
  public List<se.samverka.licensing.LicensingCounts.SanctionCount> decidedBetween(LocalDate from, LocalDate to) {
    return jdbc.sql("select decided_sanction, count(*) from supervision "
            + "where decided_on >= ? and decided_on <= ? and decided_sanction is not null group by decided_sanction")
        .params(sqlDate(from), sqlDate(to))
        .query((rs, n) -> new se.samverka.licensing.LicensingCounts.SanctionCount(rs.getString(1), rs.getLong(2)))
        .list();
  }

  /** Appeals received, dismissed as late, forwarded and ruled on from {@code from} to {@code to}, in one row. */
  public se.samverka.licensing.LicensingCounts.AppealCounts appealsBetween(LocalDate from, LocalDate to) {
    Date f = sqlDate(from);
    Date t = sqlDate(to);
    return jdbc.sql("select "
            + "sum(case when appeal_received_on >= ? and appeal_received_on <= ? and appeal_in_time = true "
            + "then 1 else 0 end), "
            + "sum(case when appeal_received_on >= ? and appeal_received_on <= ? and appeal_in_time = false "
            + "then 1 else 0 end), "
            + "sum(case when appeal_dismissed_on >= ? and appeal_dismissed_on <= ? then 1 else 0 end), "
            + "sum(case when forwarded_on >= ? and forwarded_on <= ? then 1 else 0 end), "
            + "sum(case when court_ruled_on >= ? and court_ruled_on <= ? and court_outcome = 'avslag' then 1 else 0 end), "
            + "sum(case when court_ruled_on >= ? and court_ruled_on <= ? and court_outcome = 'bifall' then 1 else 0 end), "
            + "sum(case when court_ruled_on >= ? and court_ruled_on <= ? and court_outcome = 'avvisat' then 1 else 0 end) "
            + "from supervision where appealed = true or appeal_received_on is not null")
        .params(f, t, f, t, f, t, f, t, f, t, f, t, f, t)
        .query((rs, n) -> new se.samverka.licensing.LicensingCounts.AppealCounts(rs.getLong(1), rs.getLong(2),
            rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)))
        .single();
  }

  /**
   * The plan of each year from {@code fromYear} to {@code toYear}: its visits, those planned up to {@code end}, and
   * those whose supervision was inspected by {@code end}.
   */
  public List<se.samverka.licensing.LicensingCounts.PlanProgress> planProgress(int fromYear, int toYear,
      LocalDate end) {
    return jdbc.sql("select sp.plan_year, count(*), "
            + "sum(case when sp.planned_for <= ? then 1 else 0 end), "
            + "sum(case when s.inspected_on is not null and s.inspected_on <= ? then 1 else 0 end) "
            + "from supervision_plan sp left join supervision s on s.id = sp.supervision_id "
            + "where sp.plan_year >= ? and sp.plan_year <= ? group by sp.plan_year order by sp.plan_year")
        .params(sqlDate(end), sqlDate(end), fromYear, toYear)
        .query((rs, n) -> new se.samverka.licensing.LicensingCounts.PlanProgress(rs.getInt(1), rs.getLong(2),
            rs.getLong(3), rs.getLong(4)))
        .list();
  }

  /** Restaurant reports received from {@code from} to {@code to}, by the year reported. */
  public List<se.samverka.licensing.LicensingCounts.ReportCount> reportsReceivedBetween(LocalDate from,
      LocalDate to) {
    return jdbc.sql("select report_year, count(*) from restaurant_report where received_on >= ? and received_on <= ? "
            + "group by report_year order by report_year")
        .params(sqlDate(from), sqlDate(to))
        .query((rs, n) -> new se.samverka.licensing.LicensingCounts.ReportCount(rs.getInt(1), rs.getLong(2)))
        .list();
  }

  private static Date sqlDate(LocalDate day) {
    return day == null ? null : Date.valueOf(day);
  }

  private static LocalDate day(ResultSet rs, String column) throws SQLException {
    Date date = rs.getDate(column);
    return date == null ? null : date.toLocalDate();
  }

  private Supervision supervision(ResultSet rs, int i) throws SQLException {
    return new Supervision(rs.getString("id"), rs.getString("premises_id"), rs.getString("premises_name"),
        rs.getString("process_instance_id"), rs.getString("trigger_kind"), rs.getString("kind"),
        rs.getString("status"), day(rs, "planned_for"), day(rs, "inspected_on"), rs.getString("remark_level"),
        day(rs, "protocol_due"), day(rs, "protocol_sent_on"), rs.getString("proposed_sanction"),
        rs.getString("decided_sanction"), rs.getString("deviation_reason"), day(rs, "decided_on"),
        day(rs, "notified_on"), day(rs, "appeal_until"), rs.getBoolean("appealed"), rs.getString("court_outcome"),
        rs.getString("earlier_sanction"), day(rs, "earlier_sanction_on"), day(rs, "appeal_received_on"),
        (Boolean) rs.getObject("appeal_in_time"), day(rs, "appeal_dismissed_on"), rs.getString("reconsideration"),
        day(rs, "forwarded_on"), day(rs, "court_ruled_on"));
  }
}
