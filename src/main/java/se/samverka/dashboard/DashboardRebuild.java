package se.samverka.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverka.dashboard.DashboardReadModel.DurationKey;
import se.samverka.dashboard.DashboardReadModel.FlowKey;
import se.samverka.dashboard.DashboardReadModel.OpenKey;
import se.samverka.dashboard.persistence.DashboardRepository;
import se.samverka.dashboard.persistence.DashboardRepository.DurationRow;
import se.samverka.dashboard.persistence.DashboardRepository.FlowRow;
import se.samverka.dashboard.persistence.DashboardRepository.HistoricActivity;
import se.samverka.dashboard.persistence.DashboardRepository.HistoricProcess;
import se.samverka.dashboard.persistence.DashboardRepository.OpenRow;
import se.samverka.dashboard.persistence.DashboardRepository.WaitingRow;

/**
 * Fills the dashboards' read models again from the engine's history ({@code ACT_HI_PROCINST}, {@code ACT_HI_ACTINST},
 * finished and unfinished, and {@code ACT_HI_IDENTITYLINK} for the candidate groups of the user tasks that count under
 * the agency of their groups, {@link StepAgencies}): for a database from before the models, or after a repair. The
 * history is read page by page in order of id (keyset, {@value #PAGE} rows a page), so it is never all in memory: only
 * the aggregates are (a few rows per process, agency and day or month), and the open steps are written page by page.
 * <p>
 * The models are emptied and refilled in one transaction at REPEATABLE READ: it sees the history as it stood when it
 * began, and an event transaction that commits meanwhile either waits for the rebuild and then adds its own counts to
 * the rebuilt rows (its events are not in the rebuild's snapshot), or makes the rebuild fail on its row, after which
 * the rebuild starts again (at most {@value #ATTEMPTS} times).
 */
@Component
public class DashboardRebuild {

  private static final Logger LOG = LoggerFactory.getLogger(DashboardRebuild.class);
  static final int PAGE = 2000;
  static final int ATTEMPTS = 5;

  /** What a rebuild read and wrote. */
  public record Counts(long processInstances, long steps, long flowRows, long openRows, long durationRows,
      long waitingRows) {}

  private final DashboardRepository repository;
  private final StepAgencies agencies;
  private final TransactionTemplate transaction;

  DashboardRebuild(DashboardRepository repository, StepAgencies agencies, PlatformTransactionManager transactions) {
    this.repository = repository;
    this.agencies = agencies;
    this.transaction = new TransactionTemplate(transactions);
    this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
  }

  /** Empties the four models and fills them from the engine's history. */
  public Counts rebuild() {
    for (int attempt = 1; ; attempt++) {
      try {
        Counts counts = transaction.execute(status -> fill());
        LOG.info("Instrumentpanelernas läsmodeller återuppbyggda från motorns historik: {}", counts);
        return counts;
      } catch (ConcurrencyFailureException | DataIntegrityViolationException concurrentEvent) {
        if (attempt >= ATTEMPTS) {
          throw concurrentEvent;
        }
        LOG.info("Återuppbyggnaden av instrumentpanelerna krockade med pågående arbete och görs om");
      }
    }
  }

  /**
   * True when the models are empty but the engine has history (a database from before the models), or when there
   * are flow rows but no open counters (emptied in part; V33 fills the counters of an existing database itself).
   */
  public boolean needsRebuild() {
    return Boolean.TRUE.equals(transaction.execute(status -> (repository.isEmpty() || repository.openIsMissing())
        && !repository.historyIsEmpty()));
  }

  private Counts fill() {
    repository.clear();
    TreeMap<FlowKey, long[]> flows = new TreeMap<>();
    TreeMap<OpenKey, long[]> opens = new TreeMap<>();
    TreeMap<DurationKey, long[]> durations = new TreeMap<>();
    long processes = 0;
    String after = null;
    for (List<HistoricProcess> page = repository.historicProcesses(null, PAGE); !page.isEmpty();
        page = repository.historicProcesses(after, PAGE)) {
      for (HistoricProcess p : page) {
        String key = p.processKey() == null ? "" : p.processKey();
        String home = agencies.homeAgencyOf(p.processKey());
        // As the model: +1 for a start, −1 for an end, a row for every process and agency with an instance.
        opens.computeIfAbsent(new OpenKey(key, home), k -> new long[1])[0] += (p.start() != null ? 1 : 0)
            - (p.end() != null ? 1 : 0);
        if (p.start() != null) {
          flows.computeIfAbsent(new FlowKey(key, home, DashboardReadModel.day(p.start())), k -> new long[3])[0]++;
        }
        if (p.end() != null) {
          boolean cancelled = DashboardReadModel.isCancelled(p.state(), p.deleteReason());
          flows.computeIfAbsent(new FlowKey(key, home, DashboardReadModel.day(p.end())), k -> new long[3])[
              cancelled ? 2 : 1]++;
          if (!cancelled) {
            add(durations, new DurationKey(key, DashboardReadModel.PROCESS, home, DashboardReadModel.month(p.end()),
                0), p.durationMs(), p);
          }
        }
        processes++;
      }
      after = page.get(page.size() - 1).id();
    }
    long steps = 0;
    long waiting = 0;
    after = null;
    List<String> types = new ArrayList<>(new java.util.TreeSet<>(DashboardReadModel.STEP_TYPES));
    for (List<HistoricActivity> page = repository.historicActivities(null, types, PAGE); !page.isEmpty();
        page = repository.historicActivities(after, types, PAGE)) {
      List<WaitingRow> open = new ArrayList<>();
      // The candidate groups of the page's user tasks that count under the agency of their groups.
      Map<String, java.util.SortedSet<String>> groups = repository.candidateGroups(page.stream()
          .filter(a -> a.taskId() != null
              && agencies.hasGroupExpression(a.processDefinitionId(), a.activityId(), a.activityType()))
          .map(HistoricActivity::taskId).toList());
      for (HistoricActivity a : page) {
        String key = a.processKey() == null ? "" : a.processKey();
        String agency = agencies.hasGroupExpression(a.processDefinitionId(), a.activityId(), a.activityType())
            ? agencies.ofGroups(a.taskId() == null ? null : groups.get(a.taskId()), a.processKey())
            : agencies.agencyOf(a.processDefinitionId(), a.processKey(), a.activityId(), a.activityType());
        if (a.end() == null) {
          if (a.start() != null) {
            open.add(new WaitingRow(a.id(), a.processInstanceId(), key, a.activityId(), agency, a.businessKey(),
                a.start()));
          }
        } else {
          long millis = DashboardReadModel.duration(a.durationMs(), a.start() == null ? null
              : java.util.Date.from(a.start()), java.util.Date.from(a.end()));
          long[] sums = durations.computeIfAbsent(new DurationKey(key, a.activityId() == null ? "" : a.activityId(),
              agency, DashboardReadModel.month(a.end()), DurationHistogram.bucketOfMillis(millis)), k -> new long[2]);
          sums[0]++;
          sums[1] += millis;
        }
        steps++;
      }
      repository.insertWaitings(open);
      waiting += open.size();
      after = page.get(page.size() - 1).id();
    }
    List<FlowRow> flowRows = new ArrayList<>();
    flows.forEach((k, s) -> flowRows.add(new FlowRow(k.processKey(), k.agency(), k.day(), s[0], s[1], s[2])));
    List<OpenRow> openRows = new ArrayList<>();
    opens.forEach((k, s) -> openRows.add(new OpenRow(k.processKey(), k.agency(), s[0])));
    List<DurationRow> durationRows = new ArrayList<>();
    durations.forEach((k, s) -> durationRows.add(new DurationRow(k.processKey(), k.activityId(), k.agency(),
        k.month(), k.bucket(), s[0], s[1])));
    for (int from = 0; from < flowRows.size(); from += PAGE) {
      repository.insertFlows(flowRows.subList(from, Math.min(flowRows.size(), from + PAGE)));
    }
    for (int from = 0; from < openRows.size(); from += PAGE) {
      repository.insertOpen(openRows.subList(from, Math.min(openRows.size(), from + PAGE)));
    }
    for (int from = 0; from < durationRows.size(); from += PAGE) {
      repository.insertDurations(durationRows.subList(from, Math.min(durationRows.size(), from + PAGE)));
    }
    return new Counts(processes, steps, flowRows.size(), openRows.size(), durationRows.size(), waiting);
  }

  /** The lead time of a completed process instance into its bucket. */
  private static void add(Map<DurationKey, long[]> durations, DurationKey withoutBucket, Long durationMs,
      HistoricProcess p) {
    long millis = DashboardReadModel.duration(durationMs, p.start() == null ? null : java.util.Date.from(p.start()),
        java.util.Date.from(p.end()));
    DurationKey key = new DurationKey(withoutBucket.processKey(), withoutBucket.activityId(), withoutBucket.agency(),
        withoutBucket.month(), DurationHistogram.bucketOfMillis(millis));
    long[] sums = durations.computeIfAbsent(key, k -> new long[2]);
    sums[0]++;
    sums[1] += millis;
  }
}
