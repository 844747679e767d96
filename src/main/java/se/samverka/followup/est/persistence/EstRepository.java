package se.samverka.followup.est.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The EST tables of V36__est.sql: categories, incidents, weeks, the units' reports, actions and read receipts. */
@Repository
public class EstRepository {

  public record Category(String code, String name) {}

  public record Incident(String id, String week, String unit, String category, String district, String place,
      LocalDateTime occurredAt, int severity, boolean recurring, String description, String reportedBy,
      Instant reportedAt, Instant changedAt) {}

  public record Week(String week, String processInstanceId, Instant reportDeadline, Instant compiledAt,
      String summary, String compiledBy, String meetingNote, Instant publishedAt) {

    public boolean compiled() {
      return compiledAt != null;
    }

    public boolean published() {
      return publishedAt != null;
    }
  }

  public record UnitReport(String week, String unit, String status, int incidents, String recordedBy,
      Instant recordedAt) {}

  public record Action(String id, String week, String place, String problem, String action, String unit,
      LocalDate dueDate, String decidedBy, Instant decidedAt, Instant remindedAt, String result, String resultText,
      String resultBy, Instant resultAt) {}

  public record ReadReceipt(String week, String unit, String readBy, Instant readAt) {}

  /** A count of the week's incidents in one district and category. */
  public record Count(String week, String district, String category, int count) {}

  private final JdbcClient jdbc;

  EstRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Category> categories() {
    return jdbc.sql("select code, name from est_category order by position")
        .query((rs, n) -> new Category(rs.getString(1), rs.getString(2))).list();
  }

  public void insert(Incident i) {
    jdbc.sql("insert into est_incident (id, week, unit, category, district, place, occurred_at, severity, recurring, "
            + "description, reported_by, reported_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(i.id(), i.week(), i.unit(), i.category(), i.district(), i.place(), Timestamp.valueOf(i.occurredAt()),
            i.severity(), i.recurring(), i.description(), i.reportedBy(), Timestamp.from(i.reportedAt()))
        .update();
  }

  /** Corrects an incident of the unit in an open week; false when no such row (another unit's, or gone). */
  public boolean update(Incident i) {
    return jdbc.sql("update est_incident set category = ?, district = ?, place = ?, occurred_at = ?, severity = ?, "
            + "recurring = ?, description = ?, changed_at = ? where id = ? and unit = ? and week = ?")
        .params(i.category(), i.district(), i.place(), Timestamp.valueOf(i.occurredAt()), i.severity(), i.recurring(),
            i.description(), Timestamp.from(i.changedAt()), i.id(), i.unit(), i.week())
        .update() == 1;
  }

  public Optional<Incident> incident(String id) {
    return jdbc.sql("select * from est_incident where id = ?").param(id).query(EstRepository::incident).optional();
  }

  public List<Incident> incidents(String week, String unit) {
    return jdbc.sql("select * from est_incident where week = ? and unit = ? order by occurred_at, id")
        .params(week, unit).query(EstRepository::incident).list();
  }

  public List<Incident> incidents(String week) {
    return jdbc.sql("select * from est_incident where week = ? order by occurred_at, id")
        .param(week).query(EstRepository::incident).list();
  }

  public int countIncidents(String week, String unit) {
    return jdbc.sql("select count(*) from est_incident where week = ? and unit = ?").params(week, unit)
        .query(Integer.class).single();
  }

  /** Counts per district and category of the given weeks. */
  public List<Count> counts(List<String> weeks) {
    if (weeks.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select week, district, category, count(*) from est_incident where week in (:weeks) "
            + "group by week, district, category")
        .param("weeks", weeks)
        .query((rs, n) -> new Count(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4))).list();
  }

  /** Places reported more than once in the week, or marked recurring: the heat list. */
  public List<String> recurringPlaces(String week) {
    return jdbc.sql("select place from est_incident where week = ? group by place "
            + "having count(*) > 1 or max(case when recurring then 1 else 0 end) = 1 order by count(*) desc, place")
        .param(week).query(String.class).list();
  }

  /** A place (in its district) and in how many distinct weeks of the given weeks it was reported, with its count. */
  public record PlaceWeeks(String district, String place, int weeks, int incidents) {}

  /**
   * The places of the given weeks reported in at least {@code minWeeks} distinct weeks, most weeks first (same district
   * and the same place text, ignoring case and surrounding spaces; shown as the first spelling in sort order).
   */
  public List<PlaceWeeks> placeWeeks(List<String> weeks, int minWeeks) {
    if (weeks.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select district, min(trim(place)), count(distinct week), count(*) from est_incident "
            + "where week in (:weeks) group by district, lower(trim(place)) having count(distinct week) >= :min "
            + "order by count(distinct week) desc, count(*) desc, district, min(trim(place))")
        .param("weeks", weeks).param("min", minWeeks)
        .query((rs, n) -> new PlaceWeeks(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4))).list();
  }

  /** The weeks among those given whose weekly cycle ran (an {@code est_week} row), oldest first. */
  public List<String> weeksRun(List<String> weeks) {
    if (weeks.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select week from est_week where week in (:weeks) order by week").param("weeks", weeks)
        .query(String.class).list();
  }

  /** The units' report status of the given weeks. */
  public List<UnitReport> unitReports(List<String> weeks) {
    if (weeks.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select * from est_unit_report where week in (:weeks) order by week, unit").param("weeks", weeks)
        .query(EstRepository::unitReport).list();
  }

  /** The actions decided in the given weeks, oldest week first. */
  public List<Action> actionsDecidedIn(List<String> weeks) {
    if (weeks.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select * from est_action where week in (:weeks) order by week, due_date, id")
        .param("weeks", weeks).query(EstRepository::action).list();
  }

  public void insertWeek(String week, String instanceId, Instant deadline) {
    jdbc.sql("insert into est_week (week, process_instance_id, report_deadline) values (?, ?, ?)")
        .params(week, instanceId, Timestamp.from(deadline)).update();
  }

  public Optional<Week> week(String week) {
    return jdbc.sql("select * from est_week where week = ?").param(week).query(EstRepository::week).optional();
  }

  /** Weeks newest first. */
  public List<Week> weeks() {
    return jdbc.sql("select * from est_week order by week desc").query(EstRepository::week).list();
  }

  public void compile(String week, String summary, String by, Instant at) {
    jdbc.sql("update est_week set summary = ?, compiled_by = ?, compiled_at = ? where week = ?")
        .params(summary, by, Timestamp.from(at), week).update();
  }

  /** Marks the week's picture compiled (figures frozen) before the coordinator's summary. */
  public void freeze(String week, Instant at) {
    jdbc.sql("update est_week set compiled_at = ? where week = ? and compiled_at is null")
        .params(Timestamp.from(at), week).update();
  }

  public void publish(String week, String meetingNote, Instant at) {
    jdbc.sql("update est_week set meeting_note = ?, published_at = ? where week = ?")
        .params(meetingNote, Timestamp.from(at), week).update();
  }

  /** Records a unit's report of the week once; a later call for the same unit changes nothing. */
  public boolean recordUnitReport(UnitReport r) {
    if (unitReport(r.week(), r.unit()).isPresent()) {
      return false;
    }
    jdbc.sql("insert into est_unit_report (week, unit, status, incidents, recorded_by, recorded_at) "
            + "values (?, ?, ?, ?, ?, ?)")
        .params(r.week(), r.unit(), r.status(), r.incidents(), r.recordedBy(), Timestamp.from(r.recordedAt()))
        .update();
    return true;
  }

  public Optional<UnitReport> unitReport(String week, String unit) {
    return jdbc.sql("select * from est_unit_report where week = ? and unit = ?").params(week, unit)
        .query(EstRepository::unitReport).optional();
  }

  public List<UnitReport> unitReports(String week) {
    return jdbc.sql("select * from est_unit_report where week = ? order by unit").param(week)
        .query(EstRepository::unitReport).list();
  }

  public void insert(Action a) {
    jdbc.sql("insert into est_action (id, week, place, problem, action_text, unit, due_date, decided_by, decided_at) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(a.id(), a.week(), a.place(), a.problem(), a.action(), a.unit(), java.sql.Date.valueOf(a.dueDate()),
            a.decidedBy(), Timestamp.from(a.decidedAt()))
        .update();
  }

  public boolean deleteUndecided(String id, String week) {
    return jdbc.sql("delete from est_action where id = ? and week = ?").params(id, week).update() == 1;
  }

  public Optional<Action> action(String id) {
    return jdbc.sql("select * from est_action where id = ?").param(id).query(EstRepository::action).optional();
  }

  public List<Action> actions(String week) {
    return jdbc.sql("select * from est_action where week = ? order by due_date, id").param(week)
        .query(EstRepository::action).list();
  }

  /** Actions of weeks before {@code week} still open, or whose result came after {@code since}. */
  public List<Action> actionsSince(String week, Instant since) {
    return jdbc.sql("select * from est_action where week < ? and (result is null or result_at >= ?) "
            + "order by week, due_date, id")
        .params(week, Timestamp.from(since)).query(EstRepository::action).list();
  }

  /** Every action of the units given, newest decision first. */
  public List<Action> actionsOf(List<String> units) {
    if (units.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select * from est_action where unit in (:units) order by decided_at desc, id")
        .param("units", units).query(EstRepository::action).list();
  }

  public List<Action> allActions() {
    return jdbc.sql("select * from est_action order by decided_at desc, id").query(EstRepository::action).list();
  }

  public void reminded(String id, Instant at) {
    jdbc.sql("update est_action set reminded_at = ? where id = ?").params(Timestamp.from(at), id).update();
  }

  public void result(String id, String result, String text, String by, Instant at) {
    jdbc.sql("update est_action set result = ?, result_text = ?, result_by = ?, result_at = ? where id = ?")
        .params(result, text, by, Timestamp.from(at), id).update();
  }

  public void read(String week, String unit, String by, Instant at) {
    if (jdbc.sql("select count(*) from est_read where week = ? and unit = ?").params(week, unit)
        .query(Integer.class).single() == 0) {
      jdbc.sql("insert into est_read (week, unit, read_by, read_at) values (?, ?, ?, ?)")
          .params(week, unit, by, Timestamp.from(at)).update();
    }
  }

  public List<ReadReceipt> reads(String week) {
    return jdbc.sql("select * from est_read where week = ? order by unit").param(week)
        .query((rs, n) -> new ReadReceipt(rs.getString("week"), rs.getString("unit"), rs.getString("read_by"),
            rs.getTimestamp("read_at").toInstant())).list();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static Incident incident(ResultSet rs, int n) throws SQLException {
    return new Incident(rs.getString("id"), rs.getString("week"), rs.getString("unit"), rs.getString("category"),
        rs.getString("district"), rs.getString("place"), rs.getTimestamp("occurred_at").toLocalDateTime(),
        rs.getInt("severity"), rs.getBoolean("recurring"), rs.getString("description"), rs.getString("reported_by"),
        instant(rs, "reported_at"), instant(rs, "changed_at"));
  }

  private static Week week(ResultSet rs, int n) throws SQLException {
    return new Week(rs.getString("week"), rs.getString("process_instance_id"), instant(rs, "report_deadline"),
        instant(rs, "compiled_at"), rs.getString("summary"), rs.getString("compiled_by"),
        rs.getString("meeting_note"), instant(rs, "published_at"));
  }

  private static UnitReport unitReport(ResultSet rs, int n) throws SQLException {
    return new UnitReport(rs.getString("week"), rs.getString("unit"), rs.getString("status"),
        rs.getInt("incidents"), rs.getString("recorded_by"), instant(rs, "recorded_at"));
  }

  private static Action action(ResultSet rs, int n) throws SQLException {
    return new Action(rs.getString("id"), rs.getString("week"), rs.getString("place"), rs.getString("problem"),
        rs.getString("action_text"), rs.getString("unit"), rs.getDate("due_date").toLocalDate(),
        rs.getString("decided_by"), instant(rs, "decided_at"), instant(rs, "reminded_at"), rs.getString("result"),
        rs.getString("result_text"), rs.getString("result_by"), instant(rs, "result_at"));
  }
}
