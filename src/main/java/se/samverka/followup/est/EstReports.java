package se.samverka.followup.est;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.agreement.Agreements;
import se.samverka.agreement.District;
import se.samverka.errors.NotFound;
import se.samverka.followup.est.persistence.EstRepository;
import se.samverka.followup.est.persistence.EstRepository.Category;
import se.samverka.followup.est.persistence.EstRepository.Incident;
import se.samverka.security.CurrentUser;
import se.samverka.security.SamverkaProperties;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.PersonalDataDetector;

/**
 * The reporting units' incidents and observations: who may report (a member of a reporting unit's group, for that
 * unit only), what a report must hold (a category and district that exist, a place and description without a
 * personnummer, a time not in the future, severity 1–3), and to which week it goes (the week in which it is reported;
 * once that week's picture is compiled, the next week). A unit sees and corrects only its own reports of open weeks.
 */
@Service
@Transactional
public class EstReports {

  public static final int PLACE_MAX = 200;
  public static final int DESCRIPTION_MAX = 2000;
  /** How far back an incident's time may lie: the picture is weekly, older events belong to the analyses. */
  public static final int MAX_AGE_DAYS = 31;

  /** What a unit sends: raw strings as they come from a form or JSON, checked here. */
  public record IncidentInput(String unit, String category, String district, String place, String occurredAt,
      String severity, String recurring, String description) {}

  private final EstRepository repository;
  private final EstSettings settings;
  private final Agreements agreements;
  private final PersonalDataDetector personalData;
  private final SamverkaProperties properties;

  EstReports(EstRepository repository, EstSettings settings, Agreements agreements, PersonalDataDetector personalData,
      SamverkaProperties properties) {
    this.repository = repository;
    this.settings = settings;
    this.agreements = agreements;
    this.personalData = personalData;
    this.properties = properties;
  }

  /** The reporting units with their Swedish names, in the order of the setting. */
  @Transactional(readOnly = true)
  public Map<String, String> units() {
    var units = new LinkedHashMap<String, String>();
    settings.units().forEach(u -> units.put(u, properties.groups().getOrDefault(u, u)));
    return units;
  }

  public String unitName(String unit) {
    return properties.groups().getOrDefault(unit, unit);
  }

  @Transactional(readOnly = true)
  public List<Category> categories() {
    return repository.categories();
  }

  public List<District> districts() {
    return agreements.districts();
  }

  /** The reporting units the user works for (usually one). */
  public List<String> unitsOf(CurrentUser user) {
    return settings.units().stream().filter(user::isMemberOf).toList();
  }

  public boolean isReporter(CurrentUser user) {
    return !unitsOf(user).isEmpty();
  }

  /** The week a report made now joins: this ISO week, or the next one once this week's picture is compiled. */
  @Transactional(readOnly = true)
  public EstWeek currentWeek() {
    EstWeek week = EstWeek.of(EngineClock.now());
    while (repository.week(week.key()).map(EstRepository.Week::compiled).orElse(false)) {
      week = week.next();
    }
    return week;
  }

  /** Whether the unit's reports of a week may still change: its picture is not compiled yet. */
  @Transactional(readOnly = true)
  public boolean isOpen(String week) {
    return !repository.week(week).map(EstRepository.Week::compiled).orElse(false);
  }

  public Incident report(CurrentUser user, IncidentInput input) {
    String unit = unitFor(user, input.unit());
    Instant now = EngineClock.now();
    Incident checked = check(input, UUID.randomUUID().toString(), currentWeek().key(), unit, user.userId(), now, null);
    repository.insert(checked);
    return checked;
  }

  /** Corrects a report of the caller's unit in an open week; another unit's report is not found. */
  public Incident correct(CurrentUser user, String id, IncidentInput input) {
    Incident existing = own(user, id);
    if (!isOpen(existing.week())) {
      throw new InvalidEstInput(null, "Veckans lägesbild är redan sammanställd; rapporten kan inte längre ändras");
    }
    Incident checked = check(input, id, existing.week(), existing.unit(), existing.reportedBy(),
        existing.reportedAt(), EngineClock.now());
    if (!repository.update(checked)) {
      throw new NotFound("Rapporten finns inte");
    }
    return checked;
  }

  /** A report of one of the caller's units; any other is "not found" (the caller may not know it exists). */
  @Transactional(readOnly = true)
  public Incident own(CurrentUser user, String id) {
    return Optional.ofNullable(id).filter(s -> s.length() <= 36).flatMap(repository::incident)
        .filter(i -> unitsOf(user).contains(i.unit()))
        .orElseThrow(() -> new NotFound("Rapporten finns inte"));
  }

  /** The caller's units' reports of a week. */
  @Transactional(readOnly = true)
  public List<Incident> ownReports(CurrentUser user, String week) {
    return unitsOf(user).stream().flatMap(u -> repository.incidents(week, u).stream()).toList();
  }

  private String unitFor(CurrentUser user, String requested) {
    List<String> mine = unitsOf(user);
    if (mine.isEmpty()) {
      throw new AccessDeniedException("Bara de rapporterande enheterna i EST kan rapportera händelser");
    }
    if (requested == null || requested.isBlank()) {
      if (mine.size() > 1) {
        throw new InvalidEstInput("unit", "Välj för vilken enhet du rapporterar");
      }
      return mine.get(0);
    }
    if (!mine.contains(requested)) {
      throw new InvalidEstInput("unit", "Du kan bara rapportera för din egen enhet");
    }
    return requested;
  }

  private Incident check(IncidentInput in, String id, String week, String unit, String by, Instant reportedAt,
      Instant changedAt) {
    String category = in.category() == null ? "" : in.category().trim();
    if (repository.categories().stream().noneMatch(c -> c.code().equals(category))) {
      throw new InvalidEstInput("category", "Välj en kategori ur listan");
    }
    String district = in.district() == null ? "" : in.district().trim();
    if (agreements.district(district).isEmpty()) {
      throw new InvalidEstInput("district", "Välj en kommundel ur listan");
    }
    String place = text("place", "Platsen", in.place(), PLACE_MAX);
    LocalDateTime occurred = occurred(in.occurredAt());
    int severity = switch (in.severity() == null ? "" : in.severity().trim()) {
      case "1" -> 1;
      case "2" -> 2;
      case "3" -> 3;
      default -> throw new InvalidEstInput("severity", "Välj allvarlighetsgrad 1, 2 eller 3");
    };
    boolean recurring = switch (in.recurring() == null ? "nej" : in.recurring().trim()) {
      case "ja", "true", "on" -> true;
      case "nej", "false", "" -> false;
      default -> throw new InvalidEstInput("recurring", "Ange om det är återkommande med ja eller nej");
    };
    String description = text("description", "Beskrivningen", in.description(), DESCRIPTION_MAX);
    return new Incident(id, week, unit, category, district, place, occurred, severity, recurring, description, by,
        reportedAt, changedAt);
  }

  private String text(String field, String name, String value, int max) {
    String text = value == null ? "" : value.strip();
    if (text.isEmpty()) {
      throw new InvalidEstInput(field, name + " måste fyllas i");
    }
    if (text.length() > max) {
      throw new InvalidEstInput(field, name + " får vara högst " + max + " tecken");
    }
    if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7F)) {
      throw new InvalidEstInput(field, name + " innehåller otillåtna tecken");
    }
    if (personalData.containsIdentityNumber(text)) {
      throw new InvalidEstInput(field, name + " innehåller ett personnummer. EST handlar om platser, inte personer: "
          + "skriv utan personuppgifter");
    }
    return text;
  }

  private static LocalDateTime occurred(String value) {
    LocalDateTime at;
    try {
      at = LocalDateTime.parse(value == null ? "" : value.trim());
    } catch (java.time.DateTimeException e) {
      throw new InvalidEstInput("occurredAt", "Ange tidpunkten som datum och klockslag, till exempel 2026-11-27T21:30");
    }
    LocalDateTime now = EngineClock.now().atZone(ZoneId.systemDefault()).toLocalDateTime();
    if (at.isAfter(now.plusMinutes(5))) {
      throw new InvalidEstInput("occurredAt", "Tidpunkten kan inte ligga i framtiden");
    }
    if (at.isBefore(now.minusDays(MAX_AGE_DAYS))) {
      throw new InvalidEstInput("occurredAt", "Tidpunkten får ligga högst " + MAX_AGE_DAYS + " dagar bakåt");
    }
    return at.withSecond(0).withNano(0);
  }
}
