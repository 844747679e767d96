package se.samverka.licensing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.licensing.persistence.PremisesRepository;
import se.samverka.licensing.persistence.SupervisionRepository;
import se.samverka.licensing.persistence.SupervisionRepository.PlanEntry;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.SystemContext;

/**
 * The yearly supervision plan: every premises gets at least {@code samverka.licensing.visits-per-year} visits, the
 * highest risk first. The risk score adds up the premises' risk factors (see {@link #riskScore}); the visits are spread
 * from mid-January to the end of November in order of risk (a plan made later in the year: from that day to the end of
 * the year), and the second and later visits of a premises come half a
 * year (or the year divided by the number of visits) after the first. Premises with a score of
 * {@value #COORDINATED_FROM} or more are planned as coordinated supervision with the police and the rescue service.
 */
@Service
@Transactional
public class SupervisionPlans {

  static final int COORDINATED_FROM = 6;

  private final PremisesRepository premises;
  private final SupervisionRepository repository;
  private final LicensingSettings settings;
  private final RuntimeService runtimeService;
  private final SystemContext system;

  SupervisionPlans(PremisesRepository premises, SupervisionRepository repository, LicensingSettings settings,
      RuntimeService runtimeService, SystemContext system) {
    this.premises = premises;
    this.repository = repository;
    this.settings = settings;
    this.runtimeService = runtimeService;
    this.system = system;
  }

  /**
   * The risk score of a premises: dancing 2, young guests 2, late hours 2, earlier remarks or sanctions 3, complaints
   * 2, outdoor seating 1; a KMK-certified premises gets 1 off (it has a drug policy and trained staff).
   */
  public static int riskScore(Premises p) {
    int score = (p.riskDancing() ? 2 : 0) + (p.riskYoungGuests() ? 2 : 0) + (p.riskLateHours() ? 2 : 0)
        + (p.riskEarlierRemarks() ? 3 : 0) + (p.riskComplaints() ? 2 : 0) + (p.outdoorSeating() ? 1 : 0);
    return Math.max(0, score - ("certifierad".equals(p.kmkStatus()) ? 1 : 0));
  }

  /** Drafts the plan of {@code year} (once; a second call returns the plan already made). */
  public List<PlanEntry> draft(int year) {
    List<PlanEntry> existing = repository.plan(year);
    if (!existing.isEmpty()) {
      return existing;
    }
    List<Premises> ranked = new ArrayList<>(premises.all());
    ranked.sort(Comparator.comparingInt(SupervisionPlans::riskScore).reversed().thenComparing(Premises::name));
    int visits = settings.visitsPerYear();
    // A plan made late (a first start in the middle of the year) spreads the visits over what is left of it.
    LocalDate today = EngineClock.today();
    LocalDate first = today.getYear() == year && today.isAfter(LocalDate.of(year, 1, 15)) ? today
        : LocalDate.of(year, 1, 15);
    LocalDate last = first.equals(today) ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 11, 30);
    long window = last.toEpochDay() - first.toEpochDay();
    long spacing = 365L / visits;
    for (int rank = 0; rank < ranked.size(); rank++) {
      Premises p = ranked.get(rank);
      long offset = ranked.size() == 1 ? 0 : window * rank / (ranked.size() - 1) / visits;
      for (int visit = 1; visit <= visits; visit++) {
        LocalDate planned = first.plusDays(offset + spacing * (visit - 1));
        repository.insertPlanEntry(year, p.id(), visit, riskScore(p), rank + 1, planned.isAfter(last) ? last : planned);
      }
    }
    return repository.plan(year);
  }

  /**
   * Starts an {@code alkoholtillsyn} for every visit of the plan that has none yet, as the system; returns how many
   * were started. Running it again starts nothing twice.
   */
  public int start(int year) {
    int started = 0;
    for (PlanEntry entry : repository.plan(year)) {
      if (entry.supervisionId() != null) {
        continue;
      }
      String kind = entry.riskScore() >= COORDINATED_FROM ? "samordnad" : "yttre";
      String instanceId = system.call(() -> runtimeService
          .createMessageCorrelation(AlkoholtillsynProcess.MESSAGE_PLANNED)
          .setVariables(Map.of(AlkoholtillsynProcess.PREMISES_ID, entry.premisesId(),
              AlkoholtillsynProcess.TRIGGER, "plan", AlkoholtillsynProcess.KIND, kind,
              AlkoholtillsynProcess.PLANNED_DATE, entry.plannedFor().toString()))
          .correlateStartMessage().getId());
      String supervisionId = (String) system.call(() ->
          runtimeService.getVariable(instanceId, AlkoholtillsynProcess.SUPERVISION_ID));
      repository.linkPlanEntry(year, entry.premisesId(), entry.visit(), supervisionId);
      started++;
    }
    return started;
  }

  /**
   * How far the plans of the years from {@code from} to {@code to} have come by {@code to}: visits planned in the year,
   * planned up to {@code to}, and inspected by then. Counts only.
   */
  @Transactional(readOnly = true)
  public List<LicensingCounts.PlanProgress> progress(LocalDate from, LocalDate to) {
    return repository.planProgress(from.getYear(), to.getYear(), to);
  }

  /**
   * The plan of {@code year} was sent to the county administrative board (länsstyrelsen) on {@code sentOn}; recorded
   * once.
   */
  public void sent(int year, LocalDate sentOn, List<String> recipients, String userId) {
    if (repository.planSentOn(year).isEmpty()) {
      repository.insertPlanSubmission(year, sentOn, String.join(",", recipients), userId, EngineClock.now());
    }
  }

  @Transactional(readOnly = true)
  public java.util.Optional<LocalDate> sentOn(int year) {
    return repository.planSentOn(year);
  }

  public List<PlanEntry> plan(int year) {
    return repository.plan(year);
  }

  /** A short text of the plan for the approval form: size, and the five highest risks. */
  public static String summary(List<PlanEntry> plan) {
    StringBuilder text = new StringBuilder(plan.size() + " besök planerade. Högst risk först:");
    plan.stream().filter(e -> e.visit() == 1).limit(5).forEach(e -> text.append("\n").append(e.rank()).append(". ")
        .append(e.premisesName()).append(" (risk ").append(e.riskScore()).append(", ").append(e.plannedFor())
        .append(")"));
    return text.toString();
  }
}
