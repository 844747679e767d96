package se.samverka.cases.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts over the case store for the dashboards: every query is a range on one timestamp (an index of V1 or V30) and
 * groups in SQL, so that no case is loaded. Internal to the cases module; read through
 * {@link se.samverka.cases.CaseStatistics}.
 */
@Repository
public class CaseStatisticsRepository {

  private final JdbcClient jdbc;

  public CaseStatisticsRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Cases of a type opened in [from, to), per owning (opening) agency. Index sv_case_opened. */
  public Map<String, Long> openedByAgency(String caseType, Instant from, Instant to) {
    return counts("select owner_agency as k, count(*) as n from sv_case where case_type = ? and opened_at >= ? "
        + "and opened_at < ? group by owner_agency order by owner_agency", caseType, from, to);
  }

  /** Cases of a type closed in [from, to), per closure reason (none recorded: {@code annat}). Index sv_case_closed. */
  public Map<String, Long> closedByReason(String caseType, Instant from, Instant to) {
    return counts("select coalesce(closure_reason, 'annat') as k, count(*) as n from sv_case where case_type = ? "
        + "and closed_at >= ? and closed_at < ? group by coalesce(closure_reason, 'annat') "
        + "order by coalesce(closure_reason, 'annat')", caseType, from, to);
  }

  /** Cases of a type not closed. Index sv_case_closed (closed_at null). */
  public long openNow(String caseType) {
    return jdbc.sql("select count(*) from sv_case where case_type = ? and closed_at is null").param(caseType)
        .query(Long.class).single();
  }

  /**
   * Per event kind, the number of cases of a type in which that event was recorded in [from, to) (a case counts once
   * per kind). Index case_event_kind_time.
   */
  public Map<String, Long> casesWithEvents(String caseType, Collection<String> kinds, Instant from, Instant to) {
    Map<String, Long> counts = new LinkedHashMap<>();
    if (kinds.isEmpty()) {
      return counts;
    }
    jdbc.sql("select e.kind as k, count(distinct e.case_id) as n from case_event e join sv_case c on c.id = e.case_id "
            + "where e.kind in (:kinds) and e.created_at >= :from and e.created_at < :to and c.case_type = :type "
            + "group by e.kind order by e.kind")
        .param("kinds", kinds).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
        .param("type", caseType)
        .query(rs -> {
          counts.put(rs.getString("k"), rs.getLong("n"));
        });
    return counts;
  }

  /**
   * Cases of a type opened in [from, to), per age in whole years at opening: a consultation's recorded age, else the
   * person's age on the day the case was opened. Index sv_case_opened.
   */
  public Map<Integer, Long> agesAtOpening(String caseType, Instant from, Instant to) {
    String age = "case when p.id is null then c.youth_age else "
        + "cast(extract(year from c.opened_at) as integer) - cast(extract(year from p.birth_date) as integer) - "
        + "case when cast(extract(month from c.opened_at) as integer) * 100 + cast(extract(day from c.opened_at) as integer) "
        + "< cast(extract(month from p.birth_date) as integer) * 100 + cast(extract(day from p.birth_date) as integer) "
        + "then 1 else 0 end end";
    Map<Integer, Long> counts = new LinkedHashMap<>();
    jdbc.sql("select " + age + " as age, count(*) as n from sv_case c left join person p on p.id = c.person_id "
            + "where c.case_type = ? and c.opened_at >= ? and c.opened_at < ? group by " + age + " order by 1")
        .params(caseType, Timestamp.from(from), Timestamp.from(to))
        .query(rs -> {
          int a = rs.getInt("age");
          counts.put(rs.wasNull() ? null : a, rs.getLong("n"));
        });
    return counts;
  }

  /** Deadlines of a kind met in [from, to). Index deadline_kind_met. */
  public long deadlinesMet(String kind, Instant from, Instant to) {
    return jdbc.sql("select count(*) from deadline where kind = ? and met_at >= ? and met_at < ?")
        .params(kind, Timestamp.from(from), Timestamp.from(to)).query(Long.class).single();
  }

  private Map<String, Long> counts(String sql, String caseType, Instant from, Instant to) {
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbc.sql(sql).params(caseType, Timestamp.from(from), Timestamp.from(to))
        .query(rs -> {
          counts.put(rs.getString("k"), rs.getLong("n"));
        });
    return counts;
  }
}
