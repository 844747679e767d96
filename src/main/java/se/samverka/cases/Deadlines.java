package se.samverka.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.cases.persistence.DeadlineRepository;
import se.samverka.workflow.EngineClock;

/**
 * Statutory deadlines as records: opened with a due time and an owning group, then met, breached or paused with a
 * reason, or extended to a new date with the reason (an extension for exceptional reasons is a decision, not a pause).
 * Processes keep their timers; this is what is reported and followed up.
 */
@Service
@Transactional
public class Deadlines {

  public static final String OPEN = "OPPEN";
  public static final String EXTENDED = "FORLANGD";
  public static final String BREACHED = "OVERSKRIDEN";
  public static final String MET = "UPPFYLLD";

  /** A deadline as reported; {@code breachedAt} stays set when a breached deadline is met late. */
  public record Deadline(String id, String caseId, String kind, String label, String legalReference, String ownerGroup,
      Instant dueAt, String status, String reason, Instant metAt, Instant breachedAt) {}

  private final DeadlineRepository repository;
  private final DeadlineCatalogue catalogue;

  Deadlines(DeadlineRepository repository, DeadlineCatalogue catalogue) {
    this.repository = repository;
    this.catalogue = catalogue;
  }

  public void open(String caseId, String kind, String ownerGroup, Instant dueAt) {
    var definition = catalogue.kind(kind);
    repository.insert(caseId, kind, definition.reference(), ownerGroup, dueAt, OPEN, EngineClock.now());
  }

  /** The deadline was met now (late if it had been breached). */
  public void met(String caseId, String kind) {
    current(caseId, kind).ifPresent(d -> {
      repository.update(d.id(), MET, d.dueAt(), d.reason(), EngineClock.now(), d.breachedAt());
      repository.countMet(d.kind(), d.ownerGroup(), d.dueAt(), d.breachedAt() != null, d.reason() != null);
    });
  }

  /** The deadline passed without being met. */
  public void breached(String caseId, String kind) {
    current(caseId, kind).ifPresent(d -> repository.update(d.id(), BREACHED, d.dueAt(), d.reason(), null,
        EngineClock.now()));
  }

  /** The deadline is extended to a new time by a decision, with its reason (e.g. exceptional reasons). */
  public void extend(String caseId, String kind, String reason, Instant newDueAt) {
    current(caseId, kind).ifPresent(d -> repository.update(d.id(), EXTENDED, newDueAt, reason, null, d.breachedAt()));
  }

  public List<Deadline> ofCase(String caseId) {
    return repository.ofCase(caseId).stream().map(this::labelled).toList();
  }

  /** Deadlines not yet met that belong to any of the groups, soonest first: {@code limit} of them from {@code offset}. */
  public List<Deadline> openFor(List<String> groups, int offset, int limit) {
    return groups.isEmpty() ? List.of()
        : repository.openFor(groups, offset, limit).stream().map(this::labelled).toList();
  }

  private Optional<Deadline> current(String caseId, String kind) {
    return repository.ofCase(caseId).stream().filter(d -> d.kind().equals(kind) && d.metAt() == null)
        .reduce((first, second) -> second);
  }

  private Deadline labelled(Deadline d) {
    var kind = catalogue.deadlines().get(d.kind());
    return new Deadline(d.id(), d.caseId(), d.kind(), kind == null ? d.kind() : kind.label(), d.legalReference(),
        d.ownerGroup(), d.dueAt(), d.status(), d.reason(), d.metAt(), d.breachedAt());
  }

  /** A deadline's state for a list: in time, at risk (due within the margin) or breached. */
  public static final String IN_TIME = "I_TID";
  public static final String AT_RISK = "SNART";

  /**
   * The state of the statutory deadline of each case (one query for all of them): {@link #BREACHED} when a deadline
   * not yet met is breached or past its time, {@link #AT_RISK} when the nearest one is due within {@code atRisk},
   * {@link #IN_TIME} otherwise; cases without an open deadline are left out. Holds no personal data.
   */
  @Transactional(readOnly = true)
  public java.util.Map<String, String> statesOf(java.util.Collection<String> caseIds, java.time.Duration atRisk) {
    Instant now = EngineClock.now();
    java.util.Map<String, String> states = new java.util.HashMap<>();
    java.util.Map<String, Instant> nearest = new java.util.HashMap<>();
    for (Object[] row : repository.openOfCases(caseIds)) {
      String caseId = (String) row[0];
      Instant due = (Instant) row[1];
      if (BREACHED.equals(row[2]) || due.isBefore(now)) {
        states.put(caseId, BREACHED);
      } else {
        nearest.merge(caseId, due, (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    nearest.forEach((caseId, due) -> states.putIfAbsent(caseId,
        due.isBefore(now.plus(atRisk)) ? AT_RISK : IN_TIME));
    return states;
  }
}
