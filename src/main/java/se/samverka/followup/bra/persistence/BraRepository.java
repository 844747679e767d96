package se.samverka.followup.bra.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The local BRÅ meetings and their questions, and the lägesbilder with their action plans (V37). */
@Repository
public class BraRepository {

  /** A stored meeting row; participants are organisation codes. */
  public record MeetingRow(String id, String period, String district, boolean held, LocalDate meetingDate,
      List<String> participants, String notes, Instant recordedAt) {}

  /** A stored lägesbild; texts as written in the tasks. */
  public record LagesbildRow(String period, String processInstanceId, String municipalityMapping,
      String municipalityOther, String municipalityAnalysis, String municipalityCauses, String policeMapping,
      String policeOther, String policeAnalysis, String jointPicture, String jointPriorities, String causeAnalysis,
      Integer dialoguesHeld, String dialoguesDescription, String residentsSaid, Instant decidedAt) {}

  /** A measure of an action plan. */
  public record MeasureRow(int seq, String problem, String goal, String indicator, String responsible,
      String period) {}

  private final JdbcClient jdbc;

  BraRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<MeetingRow> meeting(String period, String district) {
    return jdbc.sql("select * from bra_local_meeting where period = ? and district = ?").params(period, district)
        .query(BraRepository::meeting).optional();
  }

  public List<MeetingRow> meetings(String period) {
    return jdbc.sql("select * from bra_local_meeting where period = ?").param(period)
        .query(BraRepository::meeting).list();
  }

  public String insertMeeting(String period, String district, boolean held, LocalDate date,
      List<String> participants, String notes, String processInstanceId, Instant now) {
    String id = UUID.randomUUID().toString();
    jdbc.sql("insert into bra_local_meeting (id, period, district, held, meeting_date, participants, notes, "
            + "process_instance_id, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(id, period, district, held, date == null ? null : Date.valueOf(date),
            participants.isEmpty() ? null : String.join(",", participants), notes, processInstanceId,
            Timestamp.from(now))
        .update();
    return id;
  }

  public void insertQuestion(String meetingId, int seq, String question) {
    jdbc.sql("insert into bra_question (id, meeting_id, seq, question) values (?, ?, ?, ?)")
        .params(UUID.randomUUID().toString(), meetingId, seq, question).update();
  }

  public List<String> questions(String meetingId) {
    return jdbc.sql("select question from bra_question where meeting_id = ? order by seq").param(meetingId)
        .query(String.class).list();
  }

  private static MeetingRow meeting(ResultSet rs, int n) throws SQLException {
    Date date = rs.getDate("meeting_date");
    String participants = rs.getString("participants");
    return new MeetingRow(rs.getString("id"), rs.getString("period"), rs.getString("district"),
        rs.getBoolean("held"), date == null ? null : date.toLocalDate(),
        participants == null ? List.of() : Arrays.asList(participants.split(",")), rs.getString("notes"),
        rs.getTimestamp("recorded_at").toInstant());
  }

  public boolean hasLagesbild(String period) {
    return jdbc.sql("select count(*) from lagesbild where period = ?").param(period).query(Integer.class).single() > 0;
  }

  public void insertLagesbild(LagesbildRow row) {
    jdbc.sql("insert into lagesbild (period, process_instance_id, municipality_mapping, municipality_other, "
            + "municipality_analysis, municipality_causes, police_mapping, police_other, police_analysis, "
            + "joint_picture, joint_priorities, cause_analysis, dialogues_held, dialogues_description, residents_said, "
            + "decided_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(row.period(), row.processInstanceId(), row.municipalityMapping(), row.municipalityOther(),
            row.municipalityAnalysis(), row.municipalityCauses(), row.policeMapping(), row.policeOther(),
            row.policeAnalysis(), row.jointPicture(), row.jointPriorities(), row.causeAnalysis(), row.dialoguesHeld(),
            row.dialoguesDescription(), row.residentsSaid(), Timestamp.from(row.decidedAt()))
        .update();
  }

  public void insertMeasure(String period, MeasureRow measure) {
    jdbc.sql("insert into lagesbild_measure (id, period, seq, problem, goal, indicator, responsible, measure_period) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(UUID.randomUUID().toString(), period, measure.seq(), measure.problem(), measure.goal(),
            measure.indicator(), measure.responsible(), measure.period())
        .update();
  }

  public Optional<LagesbildRow> lagesbild(String period) {
    return jdbc.sql("select * from lagesbild where period = ?").param(period).query((rs, n) -> new LagesbildRow(
        rs.getString("period"), rs.getString("process_instance_id"), rs.getString("municipality_mapping"),
        rs.getString("municipality_other"), rs.getString("municipality_analysis"), rs.getString("municipality_causes"),
        rs.getString("police_mapping"), rs.getString("police_other"), rs.getString("police_analysis"),
        rs.getString("joint_picture"), rs.getString("joint_priorities"), rs.getString("cause_analysis"),
        (Integer) rs.getObject("dialogues_held", Integer.class), rs.getString("dialogues_description"),
        rs.getString("residents_said"), rs.getTimestamp("decided_at").toInstant())).optional();
  }

  public List<String> lagesbildPeriods() {
    return jdbc.sql("select period from lagesbild order by period desc").query(String.class).list();
  }

  public List<MeasureRow> measures(String period) {
    return jdbc.sql("select * from lagesbild_measure where period = ? order by seq").param(period)
        .query((rs, n) -> new MeasureRow(rs.getInt("seq"), rs.getString("problem"), rs.getString("goal"),
            rs.getString("indicator"), rs.getString("responsible"), rs.getString("measure_period")))
        .list();
  }
}
