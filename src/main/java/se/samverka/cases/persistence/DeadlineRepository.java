package se.samverka.cases.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverka.cases.BreachReason;
import se.samverka.cases.DeadlineStatistics;
import se.samverka.cases.Deadlines.BreachNote;
import se.samverka.cases.Deadlines.Deadline;
import se.samverka.workflow.CounterRows;

/** JDBC access to the deadline table (V3__deadlines.sql). */
@Repository
public class DeadlineRepository {

  private final JdbcClient jdbc;
  private final CounterRows counters;

  public DeadlineRepository(JdbcClient jdbc, CounterRows counters) {
    this.jdbc = jdbc;
    this.counters = counters;
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

  /** Records the reason for a breach, replacing any recorded before (V32__deadline_breach_reason.sql). */
  public void recordBreach(String id, String reason, String comment, String userId, String group, Instant at) {
    jdbc.sql("update deadline set breach_reason = ?, breach_comment = ?, breach_recorded_by = ?,"
        + " breach_recorded_group = ?, breach_recorded_at = ? where id = ?")
        .params(reason, comment, userId, group, Timestamp.from(at), id).update();
  }

  public java.util.Optional<Deadline> find(String id) {
    return jdbc.sql("select * from deadline where id = ?").param(id).query(this::deadline).optional();
  }

  /** The deadline, its row locked until the transaction ends. */
  public java.util.Optional<Deadline> findForUpdate(String id) {
    return jdbc.sql("select * from deadline where id = ? for update").param(id).query(this::deadline).optional();
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

  /**
   * A deadline's state for the figures, as SQL over one row (parameters: now, now + the at-risk margin). Met in time
   * keeps no breach; met late keeps the time it was breached; a deadline past due and not met is breached even before
   * the process has marked it.
   */
  private static final String STATE = """
      case when met_at is not null and breached_at is null then 'UPPFYLLD'
           when met_at is not null then 'UPPFYLLD_SENT'
           when breached_at is not null or due_at < ? then 'OVERSKRIDEN'
           when due_at < ? then 'SNART'
           else 'OPPEN' end""";

  /**
   * Counts per month of the due date, kind, owning group and state, for deadlines due in the months {@code from} ..
   * {@code to} (both included; {@code start} and {@code end} are the instants where they begin and end). The met ones
   * come from the monthly roll-up ({@code deadline_month}), the others are counted live through {@code deadline_unmet}.
   */
  public List<DeadlineStatistics.Month> monthly(Collection<String> groups, YearMonth from, YearMonth to, Instant start,
      Instant end, Instant now, Instant soon) {
    Map<String, long[]> cells = new java.util.TreeMap<>();
    List<Object> settledParams = new ArrayList<>(groups);
    settledParams.add(from.getYear() * 12 + from.getMonthValue());
    settledParams.add(to.getYear() * 12 + to.getMonthValue());
    jdbc.sql("select due_year, due_month, kind, owner_group, met, met_late, extended from deadline_month"
            + " where owner_group in (" + marks(groups.size()) + ") and due_year * 12 + due_month between ? and ?")
        .params(settledParams).query(rs -> {
          long[] counts = cell(cells, rs.getInt("due_year"), rs.getInt("due_month"), rs.getString("kind"),
              rs.getString("owner_group"));
          counts[DeadlineStatistics.State.UPPFYLLD.ordinal()] += rs.getLong("met");
          counts[DeadlineStatistics.State.UPPFYLLD_SENT.ordinal()] += rs.getLong("met_late");
          counts[5] += rs.getLong("extended");
        });
    String unsettled = "select y, m, kind, owner_group, state, count(*) as n, sum(extended) as extended from ("
        + " select cast(extract(year from due_at) as integer) as y, cast(extract(month from due_at) as integer) as m,"
        + " kind, owner_group, " + STATE + " as state,"
        + " case when paused_reason is not null then 1 else 0 end as extended"
        + " from deadline where met_at is null and due_at >= ? and due_at < ? and owner_group in ("
        + marks(groups.size()) + ")) d group by y, m, kind, owner_group, state";
    List<Object> params = new ArrayList<>(List.of(Timestamp.from(now), Timestamp.from(soon), Timestamp.from(start),
        Timestamp.from(end)));
    params.addAll(groups);
    jdbc.sql(unsettled).params(params).query(rs -> {
      long[] counts = cell(cells, rs.getInt("y"), rs.getInt("m"), rs.getString("kind"), rs.getString("owner_group"));
      counts[DeadlineStatistics.State.valueOf(rs.getString("state")).ordinal()] += rs.getLong("n");
      counts[5] += rs.getLong("extended");
    });
    List<DeadlineStatistics.Month> months = new ArrayList<>();
    cells.forEach((key, c) -> {
      String[] k = key.split("\\|", 4);
      months.add(new DeadlineStatistics.Month(YearMonth.of(Integer.parseInt(k[0]), Integer.parseInt(k[1])), k[2], k[3],
          c[0], c[1], c[2], c[3], c[4], c[5]));
    });
    return months;
  }

  /** The counts of one month, kind and group, keyed so that the map sorts them by month, kind and group. */
  private static long[] cell(Map<String, long[]> cells, int year, int month, String kind, String group) {
    return cells.computeIfAbsent(String.format("%04d|%02d|%s|%s", year, month, kind, group), k -> new long[6]);
  }

  /**
   * Counts one deadline met now in the monthly roll-up (in the transaction that meets it); one met late also under its
   * recorded breach reason ({@code null}: none yet).
   */
  public void countMet(String kind, String ownerGroup, Instant dueAt, boolean late, boolean extended,
      BreachReason breachReason) {
    var month = YearMonth.from(dueAt.atZone(java.time.ZoneId.systemDefault()));
    if (late) {
      addLateReason(month, kind, ownerGroup, breachReason, 1);
    }
    int met = late ? 0 : 1;
    int metLate = late ? 1 : 0;
    int ext = extended ? 1 : 0;
    counters.add(() -> jdbc.sql("update deadline_month set met = met + ?, met_late = met_late + ?,"
                + " extended = extended + ? where due_year = ? and due_month = ? and kind = ? and owner_group = ?")
            .params(met, metLate, ext, month.getYear(), month.getMonthValue(), kind, ownerGroup).update(),
        () -> jdbc.sql("insert into deadline_month (due_year, due_month, kind, owner_group, met, met_late, extended)"
                + " values (?, ?, ?, ?, ?, ?, ?)")
            .params(month.getYear(), month.getMonthValue(), kind, ownerGroup, met, metLate, ext).update());
  }

  /** A deadline met late gets another breach reason: it moves from the old reason's count to the new one's. */
  public void moveLateReason(String kind, String ownerGroup, Instant dueAt, BreachReason from, BreachReason to) {
    if (from == to) {
      return;
    }
    var month = YearMonth.from(dueAt.atZone(java.time.ZoneId.systemDefault()));
    // In the order of the reasons' keys, so that two transactions moving counts of one month lock them alike.
    String fromKey = reasonKey(from);
    String toKey = reasonKey(to);
    if (fromKey.compareTo(toKey) < 0) {
      addLateReason(month, kind, ownerGroup, from, -1);
      addLateReason(month, kind, ownerGroup, to, 1);
    } else {
      addLateReason(month, kind, ownerGroup, to, 1);
      addLateReason(month, kind, ownerGroup, from, -1);
    }
  }

  /** The key of a breach reason in the roll-up: its code, or {@value #NO_REASON} when none is recorded. */
  static final String NO_REASON = "-";

  private static String reasonKey(BreachReason reason) {
    return reason == null ? NO_REASON : reason.name();
  }

  private void addLateReason(YearMonth month, String kind, String ownerGroup, BreachReason reason, int delta) {
    String key = reasonKey(reason);
    counters.add(() -> jdbc.sql("update deadline_late_reason set n = n + ? where due_year = ? and due_month = ?"
                + " and kind = ? and owner_group = ? and breach_reason = ?")
            .params(delta, month.getYear(), month.getMonthValue(), kind, ownerGroup, key).update(),
        () -> jdbc.sql("insert into deadline_late_reason (due_year, due_month, kind, owner_group, breach_reason, n)"
                + " values (?, ?, ?, ?, ?, ?)")
            .params(month.getYear(), month.getMonthValue(), kind, ownerGroup, key, delta).update());
  }

  /** Makes the monthly roll-ups again from the deadlines (as V34 first made them); answers the number of rows. */
  public int rebuildMonthly() {
    jdbc.sql("delete from deadline_late_reason").update();
    int reasons = jdbc.sql("""
        insert into deadline_late_reason (due_year, due_month, kind, owner_group, breach_reason, n)
        select cast(extract(year from due_at) as integer), cast(extract(month from due_at) as integer), kind,
               owner_group, coalesce(breach_reason, '-'), count(*)
          from deadline where met_at is not null and breached_at is not null
         group by cast(extract(year from due_at) as integer), cast(extract(month from due_at) as integer), kind,
                  owner_group, coalesce(breach_reason, '-')""").update();
    jdbc.sql("delete from deadline_month").update();
    int months = jdbc.sql("""
        insert into deadline_month (due_year, due_month, kind, owner_group, met, met_late, extended)
        select cast(extract(year from due_at) as integer), cast(extract(month from due_at) as integer), kind,
               owner_group, sum(case when breached_at is null then 1 else 0 end),
               sum(case when breached_at is not null then 1 else 0 end),
               sum(case when paused_reason is not null then 1 else 0 end)
          from deadline where met_at is not null
         group by cast(extract(year from due_at) as integer), cast(extract(month from due_at) as integer), kind,
                  owner_group""").update();
    return months + reasons;
  }

  /** The deadlines of one kind (or every kind, when null) in one state, due in [from, to), with their case numbers. */
  public List<DeadlineStatistics.Entry> behind(Collection<String> groups, String kind, Instant from, Instant to,
      DeadlineStatistics.State state, Instant now, Instant soon, int limit) {
    String sql = "select d.*, c.case_number from (select deadline.*, " + STATE + " as state from deadline"
        + " where owner_group in (" + marks(groups.size()) + ") and due_at >= ? and due_at < ?"
        + (kind == null ? "" : " and kind = ?") + ") d join sv_case c on c.id = d.case_id"
        + " where d.state = ? order by d.due_at, d.id limit " + Math.max(1, Math.min(limit, 1000));
    List<Object> params = new ArrayList<>(List.of(Timestamp.from(now), Timestamp.from(soon)));
    params.addAll(groups);
    params.add(Timestamp.from(from));
    params.add(Timestamp.from(to));
    if (kind != null) {
      params.add(kind);
    }
    params.add(state.name());
    return jdbc.sql(sql).params(params).query((rs, i) -> new DeadlineStatistics.Entry(rs.getString("case_number"),
        rs.getString("case_id"), rs.getString("kind"), rs.getString("owner_group"), instant(rs, "due_at"),
        DeadlineStatistics.State.valueOf(rs.getString("state")), rs.getString("paused_reason"),
        instant(rs, "met_at"), instant(rs, "breached_at"),
        BreachReason.parse(rs.getString("breach_reason")).orElse(null), rs.getString("breach_comment"))).list();
  }

  /**
   * Breached deadlines (breached, met late, or past due and not met) of these groups due in [from, to), counted per
   * kind and recorded breach reason (null: none recorded): (kind, reason code or null, count).
   */
  public List<Object[]> breachesByReason(Collection<String> groups, YearMonth from, YearMonth to, Instant start,
      Instant end, Instant now) {
    List<Object[]> rows = new ArrayList<>();
    List<Object> settled = new ArrayList<>(groups);
    settled.add(from.getYear() * 12 + from.getMonthValue());
    settled.add(to.getYear() * 12 + to.getMonthValue());
    jdbc.sql("select kind, breach_reason, sum(n) as n from deadline_late_reason where owner_group in ("
            + marks(groups.size()) + ") and due_year * 12 + due_month between ? and ? group by kind, breach_reason")
        .params(settled).query(rs -> {
          String reason = rs.getString(2);
          rows.add(new Object[] {rs.getString(1), NO_REASON.equals(reason) ? null : reason, rs.getLong(3)});
        });
    // The ones not met yet, live through deadline_unmet: marked breached, or past due.
    List<Object> live = new ArrayList<>(List.of(Timestamp.from(start), Timestamp.from(end)));
    live.addAll(groups);
    live.add(Timestamp.from(now));
    jdbc.sql("select kind, breach_reason, count(*) as n from deadline where met_at is null and due_at >= ?"
            + " and due_at < ? and owner_group in (" + marks(groups.size()) + ")"
            + " and (breached_at is not null or due_at < ?) group by kind, breach_reason")
        .params(live).query(rs -> {
          rows.add(new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)});
        });
    return rows;
  }

  private static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

  private Deadline deadline(ResultSet rs, int i) throws SQLException {
    return new Deadline(rs.getString("id"), rs.getString("case_id"), rs.getString("kind"), null,
        rs.getString("legal_reference"), rs.getString("owner_group"), instant(rs, "due_at"), rs.getString("status"),
        rs.getString("paused_reason"), instant(rs, "met_at"), instant(rs, "breached_at"), breach(rs));
  }

  private static BreachNote breach(ResultSet rs) throws SQLException {
    var reason = BreachReason.parse(rs.getString("breach_reason"));
    return reason.isEmpty() ? null : new BreachNote(reason.get(), rs.getString("breach_comment"),
        rs.getString("breach_recorded_by"), rs.getString("breach_recorded_group"), instant(rs, "breach_recorded_at"));
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
