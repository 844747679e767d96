package se.samverka.annualwork.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverka.annualwork.AasParticipant;

/** The AAS courses and their participants (V7__annualwork.sql). */
@Repository
public class AasRepository {

  public record Course(String id, int year, int number, LocalDate plannedDate, String venue) {}

  private final JdbcClient jdbc;

  public AasRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public String insertCourse(int year, int number, String processInstanceId, Instant at) {
    String id = UUID.randomUUID().toString();
    jdbc.sql("""
        insert into aas_course (id, course_year, course_number, process_instance_id, created_at)
        values (?, ?, ?, ?, ?)""")
        .params(id, year, number, processInstanceId, Timestamp.from(at)).update();
    return id;
  }

  public int lastCourseNumber(int year) {
    return jdbc.sql("select coalesce(max(course_number), 0) from aas_course where course_year = ?").param(year)
        .query(Integer.class).single();
  }

  public Optional<Course> course(String id) {
    return jdbc.sql("select * from aas_course where id = ?").param(id).query(this::mapCourse).optional();
  }

  public List<Course> courses(int year) {
    return jdbc.sql("select * from aas_course where course_year = ? order by course_number").param(year)
        .query(this::mapCourse).list();
  }

  public void planCourse(String id, LocalDate date, String venue) {
    jdbc.sql("update aas_course set planned_date = ?, venue = ? where id = ?")
        .params(date == null ? null : Date.valueOf(date), venue, id).update();
  }

  public String insertParticipant(String courseId, String name, String premisesId, String role, Instant at) {
    String id = UUID.randomUUID().toString();
    jdbc.sql("""
        insert into aas_participant (id, course_id, name, premises_id, staff_role, registered_at)
        values (?, ?, ?, ?, ?, ?)""")
        .params(id, courseId, name, premisesId, role, Timestamp.from(at)).update();
    return id;
  }

  public Optional<AasParticipant> participant(String id) {
    return jdbc.sql("select * from aas_participant where id = ?").param(id).query(this::mapParticipant).optional();
  }

  public List<AasParticipant> participants(String courseId) {
    return jdbc.sql("select * from aas_participant where course_id = ? order by registered_at, name").param(courseId)
        .query(this::mapParticipant).list();
  }

  public void recordResult(String id, boolean passed, String diplomaNumber, Instant at) {
    jdbc.sql("update aas_participant set passed = ?, diploma_number = ?, result_at = ? where id = ?")
        .params(passed, diplomaNumber, Timestamp.from(at), id).update();
  }

  /** Whether another participant already holds the diploma number. */
  public boolean diplomaTaken(String diplomaNumber, String participantId) {
    return jdbc.sql("select count(*) from aas_participant where diploma_number = ? and id <> ?")
        .params(diplomaNumber, participantId).query(Long.class).single() > 0;
  }

  public int withoutResult(String courseId) {
    return jdbc.sql("select count(*) from aas_participant where course_id = ? and passed is null").param(courseId)
        .query(Integer.class).single();
  }

  /** Participants of a premises who passed the written test, over all years. */
  public int passedAt(String premisesId) {
    return jdbc.sql("select count(*) from aas_participant where premises_id = ? and passed = true").param(premisesId)
        .query(Integer.class).single();
  }

  public int participantsOfYear(int year) {
    return jdbc.sql("""
        select count(*) from aas_participant p join aas_course c on c.id = p.course_id where c.course_year = ?""")
        .param(year).query(Integer.class).single();
  }

  public int passedOfYear(int year) {
    return jdbc.sql("""
        select count(*) from aas_participant p join aas_course c on c.id = p.course_id
        where c.course_year = ? and p.passed = true""")
        .param(year).query(Integer.class).single();
  }

  /**
   * The courses dated from {@code from} to {@code to} (both in), by year: how many, their participants, and how many
   * passed, failed and have no result yet. Counts only.
   */
  public List<se.samverka.annualwork.AasCourses.PeriodCounts> countsBetween(LocalDate from, LocalDate to) {
    return jdbc.sql("""
        select c.course_year, count(distinct c.id), count(p.id),
          sum(case when p.passed = true then 1 else 0 end),
          sum(case when p.passed = false then 1 else 0 end),
          sum(case when p.id is not null and p.passed is null then 1 else 0 end)
        from aas_course c left join aas_participant p on p.course_id = c.id
        where c.planned_date >= ? and c.planned_date <= ?
        group by c.course_year order by c.course_year""")
        .params(Date.valueOf(from), Date.valueOf(to))
        .query((rs, i) -> new se.samverka.annualwork.AasCourses.PeriodCounts(rs.getInt(1), rs.getLong(2),
            rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)))
        .list();
  }

  private Course mapCourse(ResultSet rs, int i) throws SQLException {
    Date date = rs.getDate("planned_date");
    return new Course(rs.getString("id"), rs.getInt("course_year"), rs.getInt("course_number"),
        date == null ? null : date.toLocalDate(), rs.getString("venue"));
  }

  private AasParticipant mapParticipant(ResultSet rs, int i) throws SQLException {
    boolean passedValue = rs.getBoolean("passed");
    // wasNull() speaks of the last column read, so it must come right after "passed".
    Boolean passed = rs.wasNull() ? null : passedValue;
    return new AasParticipant(rs.getString("id"), rs.getString("course_id"), rs.getString("name"),
        rs.getString("premises_id"), rs.getString("staff_role"), passed,
        rs.getString("diploma_number"));
  }
}
