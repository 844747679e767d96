package se.samverka.followup.est;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.agreement.District;
import se.samverka.errors.NotFound;
import se.samverka.followup.est.persistence.EstRepository;
import se.samverka.followup.est.persistence.EstRepository.Action;
import se.samverka.followup.est.persistence.EstRepository.Category;
import se.samverka.followup.est.persistence.EstRepository.Week;
import se.samverka.security.CurrentUser;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.PersonalDataDetector;

/**
 * The week's shared picture and what follows from it: the figures per district and category with their trend, the
 * units' report status, the coordinator's summary, the meeting's actions and their results, and who has read it.
 *
 * <p>The trend: the week's count in a district and category against the mean of the same cell over the
 * {@code samverka.est.trend-weeks} weeks before (default four; a week without reports counts as zero). "Ökar" when the
 * count is above the mean, "minskar" when below, "oförändrat" when equal.
 *
 * <p>Who sees a week: the meeting's groups (trygghetssamordnare, polis) every week; a reporting unit only weeks whose
 * picture is published (the meeting has decided and the picture was sent to the participants). Anyone else: none.
 */
@Service
@Transactional
public class EstPictures {

  /** One cell of the picture: a district and category, the week's count, the previous weeks' mean and the trend. */
  public record Cell(String district, String districtName, String category, String categoryName, int count,
      double mean, String trend) {

    public String meanText() {
      return String.format(java.util.Locale.forLanguageTag("sv"), "%.1f", mean);
    }
  }

  /** The picture of a week: its cells (only those with a count or a mean), totals per district, the heat list. */
  public record Figures(EstWeek week, List<String> previousWeeks, List<Cell> cells, Map<String, Integer> perDistrict,
      int total, List<String> recurringPlaces) {}

  /** What the meeting decides, as raw strings. */
  public record ActionInput(String place, String problem, String action, String unit, String dueDate) {}

  private final EstRepository repository;
  private final EstSettings settings;
  private final EstReports reports;
  private final PersonalDataDetector personalData;

  EstPictures(EstRepository repository, EstSettings settings, EstReports reports, PersonalDataDetector personalData) {
    this.repository = repository;
    this.settings = settings;
    this.reports = reports;
    this.personalData = personalData;
  }

  // --- who sees what ---

  public static boolean isMeetingMember(CurrentUser user) {
    return EstVeckaProcess.MEETING_GROUPS.stream().anyMatch(user::isMemberOf);
  }

  /** Whether the user may read the EST pages at all: a reporting unit or a meeting member. */
  public boolean isParticipant(CurrentUser user) {
    return isMeetingMember(user) || reports.isReporter(user);
  }

  /** The week if the user may see its picture; otherwise (or when there is none) 404. */
  @Transactional(readOnly = true)
  public Week visibleWeek(CurrentUser user, String key) {
    EstWeek week = EstWeek.parse(key);
    Optional<Week> found = repository.week(week.key());
    if (found.isEmpty() || !(isMeetingMember(user) || reports.isReporter(user) && found.get().published())) {
      throw new NotFound("Veckans lägesbild finns inte");
    }
    return found.get();
  }

  /** The weeks the user may see, newest first. */
  @Transactional(readOnly = true)
  public List<Week> visibleWeeks(CurrentUser user) {
    boolean meeting = isMeetingMember(user);
    boolean reporter = reports.isReporter(user);
    return repository.weeks().stream().filter(w -> meeting || reporter && w.published()).toList();
  }

  // --- the figures ---

  @Transactional(readOnly = true)
  public Figures figures(EstWeek week) {
    List<String> previous = new ArrayList<>();
    EstWeek w = week;
    for (int i = 0; i < settings.trendWeeks(); i++) {
      w = w.previous();
      previous.add(w.key());
    }
    Map<String, Integer> now = new HashMap<>();
    Map<String, Integer> before = new HashMap<>();
    for (var count : repository.counts(List.of(week.key()))) {
      now.merge(count.district() + "|" + count.category(), count.count(), Integer::sum);
    }
    for (var count : repository.counts(previous)) {
      before.merge(count.district() + "|" + count.category(), count.count(), Integer::sum);
    }
    List<Cell> cells = new ArrayList<>();
    Map<String, Integer> perDistrict = new java.util.LinkedHashMap<>();
    int total = 0;
    List<District> districts = reports.districts();
    List<Category> categories = repository.categories();
    for (District d : districts) {
      int inDistrict = 0;
      for (Category c : categories) {
        String k = d.code() + "|" + c.code();
        int count = now.getOrDefault(k, 0);
        double mean = before.getOrDefault(k, 0) / (double) settings.trendWeeks();
        if (count > 0 || mean > 0) {
          String trend = count > mean ? "Ökar" : count < mean ? "Minskar" : "Oförändrat";
          cells.add(new Cell(d.code(), d.name(), c.code(), c.name(), count, mean, trend));
        }
        inDistrict += count;
      }
      perDistrict.put(d.name(), inDistrict);
      total += inDistrict;
    }
    return new Figures(week, previous, cells, perDistrict, total, repository.recurringPlaces(week.key()));
  }

  /** The figures as plain text for the coordinator's and the meeting's forms (counts only). */
  @Transactional(readOnly = true)
  public String figuresText(EstWeek week) {
    Figures f = figures(week);
    var text = new StringBuilder("Händelser " + week.label() + ": " + f.total() + " (jämfört med medelvärdet för de "
        + settings.trendWeeks() + " veckorna före).\n");
    for (Cell c : f.cells()) {
      text.append("- ").append(c.districtName()).append(", ").append(c.categoryName()).append(": ").append(c.count())
          .append(" (medel ").append(c.meanText()).append(", ").append(c.trend().toLowerCase()).append(")\n");
    }
    if (!f.recurringPlaces().isEmpty()) {
      text.append("Återkommande platser: ").append(String.join("; ", f.recurringPlaces())).append('\n');
    }
    for (var r : repository.unitReports(week.key())) {
      text.append(reports.unitName(r.unit())).append(": ").append(statusLabel(r.status())).append('\n');
    }
    String result = text.toString();
    return result.length() > 3900 ? result.substring(0, 3900) + "\n…" : result;
  }

  public static String statusLabel(String status) {
    return switch (status) {
      case EstVeckaProcess.REPORTED -> "rapporterat";
      case EstVeckaProcess.NO_INCIDENTS -> "inga händelser";
      case EstVeckaProcess.NO_REPORT -> "ingen rapport";
      default -> status;
    };
  }

  // --- the week's cycle, called by the process ---

  public void openWeek(EstWeek week, String instanceId, Instant deadline) {
    if (repository.week(week.key()).isEmpty()) {
      repository.insertWeek(week.key(), instanceId, deadline);
    }
  }

  public void recordUnitReport(EstWeek week, String unit, String status, String by) {
    int incidents = repository.countIncidents(week.key(), unit);
    String recorded = EstVeckaProcess.NO_INCIDENTS.equals(status) && incidents > 0 ? EstVeckaProcess.REPORTED : status;
    repository.recordUnitReport(new EstRepository.UnitReport(week.key(), unit, recorded, incidents, by,
        EngineClock.now()));
  }

  /** At the deadline: "ingen rapport" for every unit that has not reported. Returns those units. */
  public List<String> recordMissing(EstWeek week, List<String> units) {
    List<String> missing = new ArrayList<>();
    for (String unit : units) {
      if (repository.unitReport(week.key(), unit).isEmpty()) {
        repository.recordUnitReport(new EstRepository.UnitReport(week.key(), unit, EstVeckaProcess.NO_REPORT,
            repository.countIncidents(week.key(), unit), "system", EngineClock.now()));
        missing.add(unit);
      }
    }
    return missing;
  }

  /** Freezes the week's reports (they go to the next week from now) and gives the figures as text. */
  public String freeze(EstWeek week) {
    repository.freeze(week.key(), EngineClock.now());
    return figuresText(week);
  }

  public void recordSummary(EstWeek week, String summary, String by) {
    repository.compile(week.key(), summary, by, EngineClock.now());
  }

  public List<String> collectActions(EstWeek week) {
    return repository.actions(week.key()).stream().map(Action::id).toList();
  }

  public void publish(EstWeek week, String meetingNote) {
    repository.publish(week.key(), meetingNote, EngineClock.now());
  }

  public Action action(String id) {
    return repository.action(id).orElseThrow(() -> new NotFound("Insatsen finns inte"));
  }

  /** When the unit is reminded: {@code reminder-before} before the due date, at 08:00. */
  public java.util.Date reminderAt(Action action) {
    var at = action.dueDate().atTime(8, 0).atZone(java.time.ZoneId.systemDefault()).toInstant()
        .minus(settings.reminderBefore());
    return java.util.Date.from(at);
  }

  public void remind(String actionId) {
    repository.reminded(actionId, EngineClock.now());
  }

  public void recordResult(String actionId, String result, String text, String by) {
    repository.result(actionId, result, text, by, EngineClock.now());
  }

  public void recordRead(EstWeek week, String unit, String by) {
    repository.read(week.key(), unit, by, EngineClock.now());
  }

  // --- the meeting's decisions, registered on the week's page while the meeting is open ---

  /** Whether the meeting of the week is open: the picture is compiled and not yet published. */
  @Transactional(readOnly = true)
  public boolean meetingOpen(Week week) {
    return week.compiled() && week.summary() != null && !week.published();
  }

  public Action decide(CurrentUser user, String weekKey, ActionInput in) {
    if (!isMeetingMember(user)) {
      throw new AccessDeniedException("Bara EST-mötet (trygghetssamordnare och polis) beslutar insatser");
    }
    Week week = visibleWeek(user, weekKey);
    if (!meetingOpen(week)) {
      throw new InvalidEstInput(null, "Veckans EST-möte är inte öppet: insatser beslutas när lägesbilden är "
          + "sammanställd och innan mötet är avslutat");
    }
    String place = text("place", "Platsen", in.place(), EstReports.PLACE_MAX);
    String problem = text("problem", "Problemet", in.problem(), EstReports.DESCRIPTION_MAX);
    String action = text("action", "Insatsen", in.action(), EstReports.DESCRIPTION_MAX);
    String unit = in.unit() == null ? "" : in.unit().trim();
    if (!settings.units().contains(unit)) {
      throw new InvalidEstInput("unit", "Välj en ansvarig enhet ur listan");
    }
    LocalDate due;
    try {
      due = LocalDate.parse(in.dueDate() == null ? "" : in.dueDate().trim());
    } catch (java.time.DateTimeException e) {
      throw new InvalidEstInput("dueDate", "Ange klart-datum som åååå-mm-dd");
    }
    if (due.isBefore(EngineClock.today()) || due.isAfter(EngineClock.today().plusYears(1))) {
      throw new InvalidEstInput("dueDate", "Klart-datum ska ligga mellan i dag och ett år framåt");
    }
    var decided = new Action(UUID.randomUUID().toString(), week.week(), place, problem, action, unit, due,
        user.userId(), EngineClock.now(), null, null, null, null, null);
    repository.insert(decided);
    return decided;
  }

  public void withdraw(CurrentUser user, String weekKey, String actionId) {
    if (!isMeetingMember(user)) {
      throw new AccessDeniedException("Bara EST-mötet (trygghetssamordnare och polis) beslutar insatser");
    }
    Week week = visibleWeek(user, weekKey);
    if (!meetingOpen(week) || !repository.deleteUndecided(actionId, week.week())) {
      throw new NotFound("Insatsen finns inte eller kan inte längre tas bort");
    }
  }

  @Transactional(readOnly = true)
  public List<Action> actions(String week) {
    return repository.actions(week);
  }

  /** The actions of earlier weeks that were open when the previous week's picture was compiled, or done since. */
  @Transactional(readOnly = true)
  public List<Action> actionsSinceLastWeek(EstWeek week) {
    Instant since = repository.week(week.previous().key()).map(Week::compiledAt)
        .orElse(week.monday().minusWeeks(1).atStartOfDay(java.time.ZoneId.systemDefault()).toInstant());
    return repository.actionsSince(week.key(), since);
  }

  /** The actions the user may see: the meeting sees all; a unit its own. */
  @Transactional(readOnly = true)
  public List<Action> visibleActions(CurrentUser user) {
    if (isMeetingMember(user)) {
      return repository.allActions();
    }
    return repository.actionsOf(reports.unitsOf(user));
  }

  @Transactional(readOnly = true)
  public List<EstRepository.UnitReport> unitReports(String week) {
    return repository.unitReports(week);
  }

  @Transactional(readOnly = true)
  public List<EstRepository.ReadReceipt> reads(String week) {
    return repository.reads(week);
  }

  private String text(String field, String name, String value, int max) {
    String text = value == null ? "" : value.strip();
    if (text.isEmpty()) {
      throw new InvalidEstInput(field, name + " måste fyllas i");
    }
    if (text.length() > max) {
      throw new InvalidEstInput(field, name + " får vara högst " + max + " tecken");
    }
    if (personalData.containsIdentityNumber(text)) {
      throw new InvalidEstInput(field, name + " innehåller ett personnummer. Skriv utan personuppgifter");
    }
    return text;
  }
}
