package se.samverka.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.cases.persistence.DeadlineRepository;
import se.samverka.workflow.EngineClock;

/**
 * The statutory deadlines as figures for the managers' dashboards: per month of the due date, kind and owning group,
 * how many were met in time, met late, breached, are at risk or still open, and how many were extended; and the
 * deadlines behind one such figure, by case number. No personal data: case numbers, codes, times and the recorded
 * reasons for extensions (which the forms keep free of personal data).
 */
@Service
@Transactional(readOnly = true)
public class DeadlineStatistics {

  /** The state of a deadline in the figures, in the order a table shows them. */
  public enum State {
    UPPFYLLD, UPPFYLLD_SENT, OVERSKRIDEN, SNART, OPPEN;

    public static State parse(String code) {
      for (State state : values()) {
        if (state.name().equals(code)) {
          return state;
        }
      }
      return null;
    }
  }

  /** One cell of the figures: a month, a kind of deadline, the owning group, and its count per state. */
  public record Month(YearMonth month, String kind, String ownerGroup, long met, long metLate, long breached,
      long atRisk, long open, long extended) {

    public long total() {
      return met + metLate + breached + atRisk + open;
    }

    public long count(State state) {
      return switch (state) {
        case UPPFYLLD -> met;
        case UPPFYLLD_SENT -> metLate;
        case OVERSKRIDEN -> breached;
        case SNART -> atRisk;
        case OPPEN -> open;
      };
    }
  }

  /**
   * A deadline behind a figure: the case number and what happened, with the reason recorded for an extension and the
   * reason recorded for a breach (its code and comment; who recorded it is not shown on a dashboard).
   */
  public record Entry(String caseNumber, String caseId, String kind, String ownerGroup, Instant dueAt, State state,
      String reason, Instant metAt, Instant breachedAt, BreachReason breachReason, String breachComment) {

    /** The breach reason in words, with its comment after a dash, or null when none is recorded. */
    public String breachText() {
      return breachReason == null ? null
          : breachComment == null ? breachReason.label() : breachReason.label() + " – " + breachComment;
    }
  }

  private final DeadlineRepository repository;
  private final DeadlineCatalogue catalogue;

  DeadlineStatistics(DeadlineRepository repository, DeadlineCatalogue catalogue) {
    this.repository = repository;
    this.catalogue = catalogue;
  }

  /** The Swedish name of a kind of deadline, or null for a kind not in the catalogue. */
  public String kindName(String kind) {
    var known = kind == null ? null : catalogue.deadlines().get(kind);
    return known == null ? null : known.label();
  }

  /** The figures for deadlines of these groups due in the months {@code from}..{@code to} (both included). */
  public List<Month> monthly(Collection<String> groups, YearMonth from, YearMonth to, Duration atRisk) {
    if (groups.isEmpty() || to.isBefore(from)) {
      return List.of();
    }
    Instant now = EngineClock.now();
    return repository.monthly(groups, from, to, start(from), start(to.plusMonths(1)), now, now.plus(atRisk));
  }

  /**
   * Makes the monthly roll-up of the met deadlines again from the deadlines themselves (for a database whose deadlines
   * were written around {@link Deadlines#met}, e.g. by an import); answers the number of roll-up rows.
   */
  @Transactional
  public int rebuild() {
    return repository.rebuildMonthly();
  }

  /** The deadlines behind one figure, at most {@code limit}, soonest due first. */
  public List<Entry> behind(Collection<String> groups, String kind, YearMonth month, State state, Duration atRisk,
      int limit) {
    if (groups.isEmpty()) {
      return List.of();
    }
    Instant now = EngineClock.now();
    return repository.behind(groups, kind, start(month), start(month.plusMonths(1)), state, now, now.plus(atRisk),
        limit);
  }

  /**
   * Breached deadlines of one kind, per recorded reason: {@code counts} in the order of {@link BreachReason#values()},
   * then those with no reason recorded. Met-late deadlines count too: they were breached.
   */
  public record ReasonCounts(String kind, long[] counts) {}

  /** Breached deadlines of these groups due in the months {@code from}..{@code to}, per kind and recorded reason. */
  public List<ReasonCounts> breachesByReason(Collection<String> groups, YearMonth from, YearMonth to) {
    if (groups.isEmpty() || to.isBefore(from)) {
      return List.of();
    }
    java.util.Map<String, long[]> byKind = new java.util.TreeMap<>();
    int none = BreachReason.values().length;
    for (Object[] row : repository.breachesByReason(groups, from, to, start(from), start(to.plusMonths(1)),
        EngineClock.now())) {
      long[] counts = byKind.computeIfAbsent((String) row[0], k -> new long[none + 1]);
      counts[BreachReason.parse((String) row[1]).map(Enum::ordinal).orElse(none)] += (Long) row[2];
    }
    return byKind.entrySet().stream().map(e -> new ReasonCounts(e.getKey(), e.getValue())).toList();
  }

  private static Instant start(YearMonth month) {
    return month.atDay(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
  }
}
