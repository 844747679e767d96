package se.samverka.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.cases.persistence.DeadlineRepository;
import se.samverka.errors.Conflict;
import se.samverka.errors.InvalidInput;
import se.samverka.errors.NotFound;
import se.samverka.security.Agencies;
import se.samverka.security.CurrentUser;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.PersonalDataDetector;

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

  /**
   * A deadline as reported; {@code breachedAt} stays set when a breached deadline is met late. {@code reason} is the
   * reason of an extension or pause; {@code breach} the reason recorded for a breach, or null.
   */
  public record Deadline(String id, String caseId, String kind, String label, String legalReference, String ownerGroup,
      Instant dueAt, String status, String reason, Instant metAt, Instant breachedAt, BreachNote breach) {

    public Deadline(String id, String caseId, String kind, String label, String legalReference, String ownerGroup,
        Instant dueAt, String status, String reason, Instant metAt, Instant breachedAt) {
      this(id, caseId, kind, label, legalReference, ownerGroup, dueAt, status, reason, metAt, breachedAt, null);
    }

    /** Breached: marked so, or past its time and not met (the process may not have marked it yet). */
    public boolean isBreached(Instant now) {
      return breachedAt != null || (metAt == null && dueAt != null && dueAt.isBefore(now));
    }
  }

  /**
   * The reason recorded for a breach: the code and its words, an optional comment (no personal data), who recorded it,
   * as a member of which group, and when. Recording again replaces it; every recording is also a case event.
   */
  public record BreachNote(BreachReason reason, String reasonName, String comment, String recordedBy,
      String recordedGroup, Instant recordedAt) {

    public BreachNote(BreachReason reason, String comment, String recordedBy, String recordedGroup,
        Instant recordedAt) {
      this(reason, reason.label(), comment, recordedBy, recordedGroup, recordedAt);
    }

    /** The reason in words, with the comment after a dash when there is one. */
    public String text() {
      return comment == null ? reasonName : reasonName + " – " + comment;
    }
  }

  /** Input for a breach reason refused, with the field it concerns ({@code reason} or {@code comment}). */
  public static class BreachReasonRefused extends InvalidInput {

    private final String field;

    BreachReasonRefused(String field, String message) {
      super(message);
      this.field = field;
    }

    public String field() {
      return field;
    }

    @Override
    public Map<String, Object> details() {
      return Map.of("field", field);
    }
  }

  /** The longest comment on a breach reason. */
  public static final int COMMENT_MAX = 500;
  static final String NOT_FOUND = "Tidsfristen finns inte eller så saknar du behörighet till den";

  private final DeadlineRepository repository;
  private final DeadlineCatalogue catalogue;
  private final Agencies agencies;
  private final CaseService cases;
  private final PersonalDataDetector identityNumbers;
  private final List<String> managerGroups;

  Deadlines(DeadlineRepository repository, DeadlineCatalogue catalogue, Agencies agencies, CaseService cases,
      IdentityNumberDetector identityNumbers, Environment environment) {
    this.repository = repository;
    this.catalogue = catalogue;
    this.agencies = agencies;
    this.cases = cases;
    this.identityNumbers = identityNumbers;
    // The managers' groups as the dashboards know them, read from configuration so that this module need not depend
    // on the dashboard module (which depends on it).
    this.managerGroups = Binder.get(environment).bind(MANAGERS, Bindable.listOf(String.class))
        .orElse(DEFAULT_MANAGERS);
  }

  /** Where the managers' groups are configured, and who they are when nothing is. */
  static final String MANAGERS = "samverka.dashboard.viewers.managers";
  static final List<String> DEFAULT_MANAGERS = List.of("chef", "chefSocialtjanst", "chefPolis");

  public void open(String caseId, String kind, String ownerGroup, Instant dueAt) {
    var definition = catalogue.kind(kind);
    repository.insert(caseId, kind, definition.reference(), ownerGroup, dueAt, OPEN, EngineClock.now());
  }

  /** The deadline was met now (late if it had been breached). */
  public void met(String caseId, String kind) {
    // The row is locked and read again, so that a breach reason recorded at the same moment is counted under the
    // reason the row keeps (recordBreachReason takes the same lock).
    current(caseId, kind).flatMap(c -> repository.findForUpdate(c.id())).filter(d -> d.metAt() == null)
        .ifPresent(d -> {
          repository.update(d.id(), MET, d.dueAt(), d.reason(), EngineClock.now(), d.breachedAt());
          repository.countMet(d.kind(), d.ownerGroup(), d.dueAt(), d.breachedAt() != null, d.reason() != null,
              d.breach() == null ? null : d.breach().reason());
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

  /**
   * Records why a breached deadline was breached (replacing what was recorded before) and notes it as a case event.
   * Allowed for members of the owning group and for the managers of the owning group's agency; to anyone else the
   * deadline does not exist (404). A deadline that is not breached gets a 409; a missing or unknown reason, a comment
   * over {@link #COMMENT_MAX} characters or with a personnummer gets a {@link BreachReasonRefused} (400).
   */
  public Deadline recordBreachReason(String caseId, String deadlineId, String reasonCode, String comment) {
    CurrentUser user = agencies.requireCurrent();
    Deadline deadline = repository.find(deadlineId).filter(d -> d.caseId().equals(caseId))
        .orElseThrow(() -> new NotFound(NOT_FOUND));
    String group = recordingGroup(user, deadline.ownerGroup()).orElseThrow(() -> new NotFound(NOT_FOUND));
    // Locked and read again: a deadline met at the same moment is counted in the roll-up under the reason kept here.
    deadline = repository.findForUpdate(deadline.id()).orElseThrow(() -> new NotFound(NOT_FOUND));
    Instant now = EngineClock.now();
    if (!deadline.isBreached(now)) {
      throw new Conflict("Tidsfristen är inte överskriden: en orsak anges bara för en överskriden tidsfrist");
    }
    BreachReason reason = checkedReason(reasonCode);
    String text = checkedComment(comment, reason, identityNumbers);
    repository.recordBreach(deadline.id(), reason.name(), text, user.userId(), group, now);
    if (deadline.metAt() != null) {
      // Met late: it is counted in the monthly roll-up, under the reason it had until now.
      repository.moveLateReason(deadline.kind(), deadline.ownerGroup(), deadline.dueAt(),
          deadline.breach() == null ? null : deadline.breach().reason(), reason);
    }
    Deadline recorded = labelled(repository.find(deadline.id()).orElseThrow());
    String detail = recorded.label() + ": " + recorded.breach().text();
    // The event's detail holds 500 characters (case_event.detail): a long comment is cut there, the deadline keeps it.
    cases.recordBreachReason(caseId, detail.length() <= 500 ? detail : detail.substring(0, 499) + "…", user.userId());
    return recorded;
  }

  /** Whether a text holds a personnummer or samordningsnummer (as a breach comment must not). */
  public boolean holdsIdentityNumber(String text) {
    return text != null && identityNumbers.containsIdentityNumber(text);
  }

  /** May the user record the breach reason of this deadline (whether or not it is breached yet)? */
  public boolean mayRecordBreachReason(CurrentUser user, Deadline deadline) {
    return recordingGroup(user, deadline.ownerGroup()).isPresent();
  }

  /** The group the user records as: the owning group, or a manager's group of the owning group's agency. */
  private Optional<String> recordingGroup(CurrentUser user, String ownerGroup) {
    return recordingGroup(user, ownerGroup, managerGroups, agencies::agencyOfGroup);
  }

  static Optional<String> recordingGroup(CurrentUser user, String ownerGroup, List<String> managerGroups,
      java.util.function.Function<String, Optional<String>> agencyOfGroup) {
    if (user.isMemberOf(ownerGroup)) {
      return Optional.of(ownerGroup);
    }
    Optional<String> agency = agencyOfGroup.apply(ownerGroup);
    return agency.isEmpty() ? Optional.empty() : managerGroups.stream().filter(user::isMemberOf)
        .filter(g -> agency.equals(agencyOfGroup.apply(g))).findFirst();
  }

  static BreachReason checkedReason(String code) {
    if (code == null || code.isBlank()) {
      throw new BreachReasonRefused("reason", "Välj en orsak till överskridandet");
    }
    return BreachReason.parse(code.strip()).orElseThrow(() -> new BreachReasonRefused("reason",
        "Okänd orsak: välj en av orsakerna i listan"));
  }

  static String checkedComment(String comment, BreachReason reason, PersonalDataDetector identityNumbers) {
    String text = comment == null || comment.isBlank() ? null : comment.strip();
    if (text == null) {
      if (reason == BreachReason.ANNAT) {
        throw new BreachReasonRefused("comment", "Skriv i kommentaren vad orsaken var när du väljer Annat");
      }
      return null;
    }
    if (text.length() > COMMENT_MAX) {
      throw new BreachReasonRefused("comment", "Kommentaren får vara högst " + COMMENT_MAX + " tecken");
    }
    if (identityNumbers.containsIdentityNumber(text)) {
      throw new BreachReasonRefused("comment", "Kommentaren får inte innehålla ett personnummer eller "
          + "samordningsnummer: beskriv orsaken utan uppgifter om personen");
    }
    return text;
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
        d.ownerGroup(), d.dueAt(), d.status(), d.reason(), d.metAt(), d.breachedAt(), d.breach());
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
