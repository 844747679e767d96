package se.samverka.cases;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.cases.CaseModel.CaseEvent;
import se.samverka.cases.CaseModel.CaseReading;
import se.samverka.cases.CaseModel.CaseRecord;
import se.samverka.cases.CaseModel.Commitment;
import se.samverka.cases.CaseModel.Consent;
import se.samverka.cases.CaseModel.Disclosure;
import se.samverka.cases.CaseModel.Note;
import se.samverka.cases.CaseModel.Person;
import se.samverka.cases.CaseTasks.OpenTask;
import se.samverka.cases.Deadlines.Deadline;
import se.samverka.security.Agencies;
import se.samverka.security.CurrentUser;
import se.samverka.workflow.CaseNumbers;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.Labels;
import se.samverka.workflow.SystemContext;

/**
 * The case as its page and {@code GET /api/cases/{id}} show it: what the caller's agency may see ({@link CaseService}
 * decides and logs), in words rather than codes, with the case number, who wrote each note, the plan, what the case
 * waits for and from whom, the deadlines with their state, and for each shared part the footing it is seen on.
 *
 * <p>No dead ends: a manager who may not see the case but has an open task in it (an escalation, the lex Sarah question)
 * gets the limited sheet: the case number, the kind of case, the deadlines and that user's own tasks; no person, no
 * notes, no events. Only oversight groups ({@link #LIMITED_VIEW_GROUPS}) get it: a party of the case whose footing has
 * gone (a withdrawn consent) sees nothing of it at once, even while its task waits to be withdrawn.
 */
@Service
@Transactional
public class CaseSheets {

  /** Groups whose tasks are about a case's handling, not its content: they see the limited sheet of such a case. */
  static final java.util.Set<String> LIMITED_VIEW_GROUPS = java.util.Set.of("chef");

  /** A deadline less than this far away is at risk. */
  static final Duration AT_RISK = Duration.ofHours(48);
  private static final Pattern UUID = Pattern.compile(
      "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private final CaseService cases;
  private final Deadlines deadlines;
  private final CaseNumbers numbers;
  private final CaseTasks tasks;
  private final Labels labels;
  private final Agencies agencies;
  private final IdentityService identity;
  private final SystemContext system;

  CaseSheets(CaseService cases, Deadlines deadlines, CaseNumbers numbers, CaseTasks tasks, Labels labels,
      Agencies agencies, IdentityService identity, SystemContext system) {
    this.cases = cases;
    this.deadlines = deadlines;
    this.numbers = numbers;
    this.tasks = tasks;
    this.labels = labels;
    this.agencies = agencies;
    this.identity = identity;
    this.system = system;
  }

  /** A case in words, with codes kept beside the words for integrations. */
  public record CaseSheet(String id, String caseNumber, boolean limited, String typeName, String statusName,
      String districtName, String concernNames, String closureReasonName, String ownerName, String why,
      CaseRecord caseRecord, Person person, String identityWhy, List<NoteLine> notes, List<ConsentLine> consents,
      List<DisclosureLine> disclosures, List<EventLine> events, List<CommitmentLine> commitments, String planWhy,
      List<WaitingLine> waitingFor, List<DeadlineLine> deadlines) {}

  public record NoteLine(@JsonUnwrapped Note note, String author, String categoryName, String why) {}

  public record ConsentLine(@JsonUnwrapped Consent consent, String partyNames, String categoryNames,
      String givenBy, boolean valid, String why) {}

  public record DisclosureLine(@JsonUnwrapped Disclosure disclosure, String fromName, String toName,
      String categoryName, String groundText, String why) {}

  /** An event; {@code text} is its detail in words, with other cases named by number and linked where allowed. */
  public record EventLine(@JsonUnwrapped CaseEvent event, String kindName, String text, List<CaseLink> links) {}

  /** Another case an event names, shown only to those who may see it. */
  public record CaseLink(String caseId, String caseNumber, String href) {}

  public record CommitmentLine(@JsonUnwrapped Commitment commitment, String partyName, String statusName,
      boolean done) {}

  /** What the case waits for: a task, from which groups (in words) or whom, and by when. */
  public record WaitingLine(String name, String groupNames, String assignee, Instant created, Instant due,
      String dueState, boolean mine) {}

  /**
   * A deadline in words; {@code mayRecordBreachReason}: the deadline is breached and the caller may record why (a member
   * of the owning group or a manager of its agency), so the page offers the form.
   */
  public record DeadlineLine(@JsonUnwrapped Deadline deadline, String statusName, String state, String stateName,
      String ownerName, boolean mayRecordBreachReason) {

    public DeadlineLine(Deadline deadline, String statusName, String state, String stateName, String ownerName) {
      this(deadline, statusName, state, stateName, ownerName, false);
    }

    /**
     * The state in words with what adds to it in brackets, never a word twice: "Uppfylld", "I tid (Öppen)",
     * "Överskriden (överskreds 2026-11-30 08:00)", "I tid (Förlängd – polisförhör)". {@code breachedAt} is the time
     * of the breach as the page writes it, or null.
     */
    public String stateText(String breachedAt) {
      StringBuilder extra = new StringBuilder();
      if (statusName != null && !statusName.equals(stateName)) {
        extra.append(statusName);
      }
      if (breachedAt != null) {
        extra.append(extra.isEmpty() ? "" : ", ").append("överskreds ").append(breachedAt);
      }
      if (deadline.reason() != null) {
        extra.append(extra.isEmpty() ? "" : " – ").append(deadline.reason());
      }
      return extra.isEmpty() ? stateName : stateName + " (" + extra + ")";
    }
  }

  /**
   * The sheet of a case for the caller: the whole of what its agency may see, or the limited sheet when it has an open
   * task in the case; 404 ({@link CaseNotFoundException}) otherwise. Every read is logged.
   */
  @Transactional(noRollbackFor = CaseNotFoundException.class)
  public CaseSheet sheet(String caseId) {
    CurrentUser user = agencies.requireCurrent();
    CaseReading reading;
    try {
      reading = cases.read(caseId);
    } catch (CaseNotFoundException refused) {
      return limited(caseId, user).orElseThrow(() -> refused);
    }
    CaseRecord record = reading.view().caseRecord();
    String caseNumber = caseNumber(record);
    List<NoteLine> notes = new ArrayList<>();
    Map<String, List<String>> groupsOfAuthor = new LinkedHashMap<>();
    for (Note note : reading.view().notes()) {
      List<String> groups = note.authorGroups().isEmpty()
          ? groupsOfAuthor.computeIfAbsent(note.createdBy(), this::presentGroups) : note.authorGroups();
      notes.add(new NoteLine(note, author(note, groups), labels.label(Labels.CATEGORY, note.category()),
          why(reading.noteGrounds().get(note.id()))));
    }
    List<ConsentLine> consents = reading.view().consents().stream().map(c -> new ConsentLine(c,
        String.join(", ", c.parties().stream().map(this::partyName).toList()),
        labels.labels(Labels.CATEGORY, c.categories()), givenBy(c), c.isValidOn(EngineClock.today()),
        "Samtycket visas för den som samtycket gäller: " + labels.label(Labels.LEGAL_GROUND, "samtycke"))).toList();
    List<DisclosureLine> disclosures = reading.view().disclosures().stream().map(d -> new DisclosureLine(d,
        agencyName(d.fromAgency()), agencyName(d.toAgency()), labels.label(Labels.CATEGORY, d.category()),
        groundText(d.legalGround()), d.fromAgency().equals(user.agency())
            ? "Din myndighet lämnade ut uppgifterna." : "Uppgifterna lämnades ut till din myndighet.")).toList();
    List<EventLine> events = reading.view().events().stream().map(this::event).toList();
    List<CommitmentLine> commitments = reading.commitments().stream().map(c -> new CommitmentLine(c,
        partyName(c.party()), labels.label(Labels.COMMITMENT_STATUS, c.status()),
        "genomfort".equals(c.status()))).toList();
    return new CaseSheet(record.id(), caseNumber, false, labels.processName(record.caseType()),
        statusName(record), record.district() == null ? null : labels.label("district", record.district()),
        concerns(record.concerns()), record.closureReason() == null ? null
            : labels.label(Labels.CLOSURE_REASON, record.closureReason()),
        partyName(record.ownerUnit() != null ? record.ownerUnit() : record.ownerAgency()),
        why(reading.caseGround()), record, reading.view().person(), reading.identityGround() == null ? null
            : why(reading.identityGround()), notes, consents, disclosures, events, commitments,
        reading.planGround() == null ? null : why(reading.planGround()),
        waiting(record.processInstanceId(), user, false), deadlineLines(caseId));
  }

  /**
   * The limited sheet for a user with an open task in a case its agency may not see: enough to do the task (the case
   * number, the kind of case, its deadlines and the user's own tasks), nothing about whom it concerns.
   */
  private Optional<CaseSheet> limited(String caseId, CurrentUser user) {
    Optional<CaseRecord> found = cases.find(caseId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    CaseRecord record = found.get();
    List<WaitingLine> mine = waiting(record.processInstanceId(), user, true);
    boolean oversight = tasks.openTasks(record.processInstanceId()).stream().anyMatch(t -> t.concerns(user)
        && t.groups().stream().anyMatch(g -> LIMITED_VIEW_GROUPS.contains(g) && user.isMemberOf(g)));
    if (mine.isEmpty() || !oversight) {
      return Optional.empty();
    }
    cases.logLimitedRead(caseId);
    return Optional.of(new CaseSheet(record.id(), caseNumber(record), true,
        labels.processName(record.caseType()), statusName(record), null, null, null, null,
        "Du har en uppgift i ärendet. Din myndighet får inte läsa ärendet i övrigt, så du ser bara ärendenumret, "
            + "tidsfristerna och din uppgift.", null, null, null, List.of(), List.of(), List.of(), List.of(),
        List.of(), null, mine, deadlineLines(caseId)));
  }

  private List<WaitingLine> waiting(String processInstanceId, CurrentUser user, boolean onlyMine) {
    Instant now = EngineClock.now();
    List<WaitingLine> lines = new ArrayList<>();
    for (OpenTask task : tasks.openTasks(processInstanceId)) {
      boolean mine = task.concerns(user);
      if (onlyMine && !mine) {
        continue;
      }
      lines.add(new WaitingLine(task.name(), String.join(", ", task.groups().stream().map(labels::groupName)
          .toList()), task.assignee(), task.created(), task.due(),
          task.due() == null ? null : labels.label(Labels.DEADLINE_STATE, state(task.due(), now)), mine));
    }
    return lines;
  }

  private List<DeadlineLine> deadlineLines(String caseId) {
    Instant now = EngineClock.now();
    CurrentUser user = agencies.requireCurrent();
    return deadlines.ofCase(caseId).stream().map(d -> {
      String state = Deadlines.MET.equals(d.status()) ? "UPPFYLLD"
          : Deadlines.BREACHED.equals(d.status()) ? "OVERSKRIDEN" : state(d.dueAt(), now);
      return new DeadlineLine(d, labels.label(Labels.DEADLINE_STATUS, d.status()), state,
          labels.label(Labels.DEADLINE_STATE, state), labels.groupName(d.ownerGroup()),
          d.isBreached(now) && deadlines.mayRecordBreachReason(user, d));
    }).toList();
  }

  /** In time, at risk (due within {@link #AT_RISK}) or breached, by the clock. */
  static String state(Instant due, Instant now) {
    if (due == null) {
      return "I_TID";
    }
    if (now.isAfter(due)) {
      return "OVERSKRIDEN";
    }
    return Duration.between(now, due).compareTo(AT_RISK) < 0 ? "RISK" : "I_TID";
  }

  private EventLine event(CaseEvent event) {
    String detail = event.detail();
    List<CaseLink> links = new ArrayList<>();
    if (detail != null) {
      if ("AVSLUTAT".equals(event.kind())) {
        detail = labels.label(Labels.CLOSURE_REASON, detail);
      } else if ("OPPNAT".equals(event.kind())) {
        int space = detail.indexOf(' ');
        String type = space < 0 ? detail : detail.substring(0, space);
        if (labels.has(Labels.PROCESS, type)) {
          detail = labels.processName(type) + (space < 0 ? "" : detail.substring(space));
        }
      } else if ("SAMTYCKE_LAMNAT".equals(event.kind()) && detail.startsWith("Parter: ")) {
        detail = "Parter: " + String.join(", ", java.util.Arrays.stream(detail.substring(8).split(",\\s*"))
            .map(this::partyName).toList());
      } else if ("HEMBESOK_AVSLUTAT".equals(event.kind()) && detail.contains(": ")) {
        int colon = detail.lastIndexOf(": ");
        detail = detail.substring(0, colon + 2) + labels.label(Labels.CLOSURE_REASON, detail.substring(colon + 2));
      }
      detail = linkCases(detail, links);
    }
    return new EventLine(event, labels.label(Labels.CASE_EVENT, event.kind()), detail, links);
  }

  /**
   * Replaces the ids of other cases in an event's detail by their case number (or "ärende") and links those the caller
   * may see; one it may not see is named only as "ett annat ärende", so not even its number is revealed.
   */
  private String linkCases(String detail, List<CaseLink> links) {
    Matcher matcher = UUID.matcher(detail);
    StringBuilder text = new StringBuilder();
    while (matcher.find()) {
      String otherId = matcher.group();
      Optional<CaseRecord> other = cases.find(otherId);
      String replacement;
      if (other.isPresent() && cases.isVisibleToCaller(otherId)) {
        String number = caseNumber(other.get());
        replacement = number != null ? number : labels.processName(other.get().caseType());
        links.add(new CaseLink(otherId, number, "/arenden/" + otherId));
      } else {
        replacement = "(ett ärende som din myndighet inte får läsa)";
      }
      matcher.appendReplacement(text, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(text);
    return text.toString();
  }

  /** The case's number as the case store keeps it, or its process's business key for a case from before that. */
  private String caseNumber(CaseRecord record) {
    return record.caseNumber() != null ? record.caseNumber()
        : record.processInstanceId() == null ? null : numbers.ofProcessInstance(record.processInstanceId()).orElse(null);
  }

  private String statusName(CaseRecord record) {
    return labels.label(Labels.CASE_STATUS, record.status());
  }

  private String concerns(List<String> concerns) {
    return String.join(", ", concerns.stream().map(c -> labels.has("concernCategories", c)
        ? labels.label("concernCategories", c) : labels.label("concernKinds", c)).toList());
  }

  private String author(Note note, List<String> groups) {
    if ("system".equals(note.createdBy())) {
      return "Samverka, för " + agencyName(note.ownerAgency());
    }
    List<String> units = agencies.unitsOf(groups).stream()
        .filter(u -> Agencies.agencyOfParty(u).equals(note.ownerAgency())).toList();
    return labels.roleAndAgency(groups.stream().filter(g -> note.ownerAgency().equals(
            agencies.agencyOfGroup(g).orElse(null))).toList(), note.ownerAgency(),
        units.size() == 1 ? units.get(0) : null);
  }

  private List<String> presentGroups(String userId) {
    return system.call(() -> identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
        .toList());
  }

  private String givenBy(Consent consent) {
    List<String> who = new ArrayList<>();
    if (consent.givenByGuardian1()) {
      who.add("vårdnadshavare 1");
    }
    if (consent.givenByGuardian2()) {
      who.add("vårdnadshavare 2");
    }
    if (consent.givenByYouth()) {
      who.add("den unge");
    }
    return String.join(", ", who);
  }

  private String partyName(String party) {
    return party == null ? "" : labels.agencyName(party);
  }

  private String agencyName(String agency) {
    return labels.agencyName(agency);
  }

  private String groundText(String ground) {
    return labels.label(Labels.LEGAL_GROUND, ground);
  }

  /** "Varför ser jag detta?" in words: the legal ground of the footing. */
  String why(String ground) {
    if (ground == null) {
      return null;
    }
    return switch (ground) {
      case AccessRule.OWN -> "Din myndighet äger uppgiften.";
      case AccessRule.CONSENT_GROUND -> "Samtycke enligt OSL (2009:400) 12 kap. 2 §: den enskilde har hävt "
          + "sekretessen mellan myndigheterna som samtycket gäller.";
      case AccessRule.CONSULTATION_GROUND -> "Konsultation utan identitet: uppgifterna går inte att knyta till någon.";
      default -> "Utlämnad till din myndighet: " + groundText(ground);
    };
  }
}
