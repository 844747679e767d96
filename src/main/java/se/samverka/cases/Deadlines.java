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
    current(caseId, kind).ifPresent(d -> repository.update(d.id(), MET, d.dueAt(), d.reason(),
        EngineClock.now(), d.breachedAt()));
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

  /** Deadlines not yet met that belong to any of the groups, soonest first. */
  public List<Deadline> openFor(List<String> groups) {
    return groups.isEmpty() ? List.of() : repository.openFor(groups).stream().map(this::labelled).toList();
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
}
