package se.samverka.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverka.support.PostgresIntegrationTest;

/**
 * The deadline figures of the managers' dashboards read the met deadlines from a monthly roll-up ({@code
 * deadline_month}, kept up to date by {@link Deadlines#met}) and the others live: the figures are the same as those of
 * a roll-up rebuilt from the deadlines themselves, and as a count over every deadline row; two caseworkers meeting
 * deadlines of the same month at the same moment are both counted; the breaches per recorded reason follow a reason
 * recorded before or after the deadline is met.
 *
 * <p>The deadlines belong to a group no other test uses ({@code manadsgrupp}) and fall due in 2003, 2004 and 2005.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadlineMonthlyIntegrationTests {

  static final String GROUP = "manadsgrupp";
  static final String KIND = "forhandsbedomning";
  static final ZoneId ZONE = ZoneId.systemDefault();

  @Autowired Deadlines deadlines;
  @Autowired DeadlineStatistics statistics;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;

  @BeforeAll
  void person() {
    jdbc.update("""
        insert into person (id, coordination_number, first_name, last_name, birth_date, owner_agency, created_by,
          created_at) values ('manad-person', false, 'Månad', 'Test', date '2010-01-01', 'socialtjanst', 'test',
          current_timestamp)""");
  }

  int n;

  String deadline(LocalDateTime due) {
    String caseId = "manad-arende-" + (++n);
    jdbc.update("""
        insert into sv_case (id, case_type, status, person_id, owner_agency, opened_at, created_by)
        values (?, 'orosanmalan', 'OPPNAT', 'manad-person', 'socialtjanst', current_timestamp, 'test')""", caseId);
    deadlines.open(caseId, KIND, GROUP, due.atZone(ZONE).toInstant());
    return caseId;
  }

  List<DeadlineStatistics.Month> figures(int year) {
    return statistics.monthly(List.of(GROUP), YearMonth.of(year, 1), YearMonth.of(year, 12), Duration.ofDays(3));
  }

  @Test
  void theRollUpGivesTheSameFiguresAsTheDeadlinesThemselves() {
    LocalDateTime march = LocalDateTime.of(2003, 3, 31, 23, 30); // the month's last hour: the month is the local one
    LocalDateTime may = LocalDateTime.of(2003, 5, 1, 0, 15);
    for (int i = 0; i < 4; i++) {
      deadlines.met(deadline(march), KIND); // met in time
    }
    String late = deadline(march);
    deadlines.breached(late, KIND);
    deadlines.met(late, KIND); // met late
    String extended = deadline(may);
    deadlines.extend(extended, KIND, "Synnerliga skäl", may.plusDays(14).atZone(ZONE).toInstant());
    deadlines.met(extended, KIND); // met in time after an extension
    deadline(may); // open, long past due: breached in the figures
    String breached = deadline(may);
    deadlines.breached(breached, KIND);

    List<DeadlineStatistics.Month> live = figures(2003);
    assertThat(live).containsExactly(
        new DeadlineStatistics.Month(YearMonth.of(2003, 3), KIND, GROUP, 4, 1, 0, 0, 0, 0),
        new DeadlineStatistics.Month(YearMonth.of(2003, 5), KIND, GROUP, 1, 0, 2, 0, 0, 1));
    assertThat(live).isEqualTo(countedOverTheRows(2003));

    assertThat(statistics.rebuild()).isPositive();
    assertThat(figures(2003)).isEqualTo(live);
  }

  @Test
  void twoCaseworkersMeetingDeadlinesOfTheSameMonthAtOnceAreBothCounted() throws Exception {
    LocalDateTime august = LocalDateTime.of(2004, 8, 12, 9, 0);
    List<String> cases = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      cases.add(deadline(august));
    }
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(cases.size());
    try {
      List<Future<?>> done = new ArrayList<>();
      for (String caseId : cases) {
        done.add(pool.submit(() -> {
          start.await();
          transaction.executeWithoutResult(status -> deadlines.met(caseId, KIND));
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(figures(2004))
        .containsExactly(new DeadlineStatistics.Month(YearMonth.of(2004, 8), KIND, GROUP, 8, 0, 0, 0, 0, 0))
        .isEqualTo(countedOverTheRows(2004));
  }

  @Test
  void breachesPerReasonFollowAReasonRecordedBeforeOrAfterTheDeadlineIsMet() {
    LocalDateTime june = LocalDateTime.of(2005, 6, 15, 10, 0);
    SecurityContextHolder.getContext().setAuthentication(
        new TestingAuthenticationToken("manad-handlaggare", "demo", GROUP));
    try {
      String before = deadline(june); // reason recorded, then met late
      deadlines.breached(before, KIND);
      deadlines.recordBreachReason(before, id(before), "HOG_BELASTNING", null);
      deadlines.met(before, KIND);
      String after = deadline(june); // met late, then a reason, then another
      deadlines.breached(after, KIND);
      deadlines.met(after, KIND);
      deadlines.recordBreachReason(after, id(after), "VANTAR_ANNAN", null);
      deadlines.recordBreachReason(after, id(after), "HOG_BELASTNING", null);
      String none = deadline(june); // met late without a reason
      deadlines.breached(none, KIND);
      deadlines.met(none, KIND);
      String open = deadline(june); // breached, not met, with a reason
      deadlines.breached(open, KIND);
      deadlines.recordBreachReason(open, id(open), "EJ_NAADD", null);
      deadline(june); // past due, not met, no reason
    } finally {
      SecurityContextHolder.clearContext();
    }
    long[] expected = new long[BreachReason.values().length + 1];
    expected[BreachReason.HOG_BELASTNING.ordinal()] = 2;
    expected[BreachReason.EJ_NAADD.ordinal()] = 1;
    expected[BreachReason.values().length] = 2; // none recorded
    assertThat(reasons(2005)).containsExactly(expected);
    assertThat(reasons(2005)).containsExactly(countedReasons(2005));
    statistics.rebuild();
    assertThat(reasons(2005)).containsExactly(expected);
  }

  String id(String caseId) {
    return jdbc.queryForObject("select id from deadline where case_id = ?", String.class, caseId);
  }

  long[] reasons(int year) {
    var rows = statistics.breachesByReason(List.of(GROUP), YearMonth.of(year, 1), YearMonth.of(year, 12));
    assertThat(rows).hasSize(1);
    return rows.get(0).counts();
  }

  /** The breaches per reason as a plain count over the deadline rows of a year. */
  long[] countedReasons(int year) {
    long[] counts = new long[BreachReason.values().length + 1];
    jdbc.query("select breach_reason, count(*) from deadline where owner_group = ?"
        + " and cast(extract(year from due_at) as integer) = ? and (breached_at is not null or met_at is null)"
        + " group by breach_reason", rs -> {
          String reason = rs.getString(1);
          counts[reason == null ? BreachReason.values().length : BreachReason.valueOf(reason).ordinal()] +=
              rs.getLong(2);
        }, GROUP, year);
    return counts;
  }

  /** The figures as a plain count over the group's deadline rows of a year (as the panel read them before). */
  List<DeadlineStatistics.Month> countedOverTheRows(int year) {
    return jdbc.query("""
        select cast(extract(year from due_at) as integer) as y, cast(extract(month from due_at) as integer) as m,
               sum(case when met_at is not null and breached_at is null then 1 else 0 end) as met,
               sum(case when met_at is not null and breached_at is not null then 1 else 0 end) as met_late,
               sum(case when met_at is null then 1 else 0 end) as breached,
               sum(case when paused_reason is not null then 1 else 0 end) as extended
          from deadline where owner_group = ? and cast(extract(year from due_at) as integer) = ?
         group by 1, 2 order by 1, 2""",
        (rs, i) -> new DeadlineStatistics.Month(YearMonth.of(rs.getInt("y"), rs.getInt("m")), KIND, GROUP,
            rs.getLong("met"), rs.getLong("met_late"), rs.getLong("breached"), 0, 0, rs.getLong("extended")),
        GROUP, year);
  }
}
