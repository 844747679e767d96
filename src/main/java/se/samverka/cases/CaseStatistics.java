package se.samverka.cases;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.cases.persistence.CaseStatisticsRepository;

/**
 * Counts over the case store for the managers' dashboards and the modules' figures: cases of a type opened, closed
 * and open, the events recorded in them, the ages at opening and the deadlines met, each for a half-open range of time
 * [from, to) and grouped in the database. No personal data leaves: codes and counts only (an age in whole years, never
 * whose).
 */
@Service
@Transactional(readOnly = true)
public class CaseStatistics {

  private final CaseStatisticsRepository repository;

  CaseStatistics(CaseStatisticsRepository repository) {
    this.repository = repository;
  }

  /** Cases of a type opened in [from, to), per agency that opened (owns) them, by agency code. */
  public Map<String, Long> openedByAgency(String caseType, Instant from, Instant to) {
    return repository.openedByAgency(caseType, from, to);
  }

  /** Cases of a type closed in [from, to), per closure reason code ({@code annat} where none was recorded). */
  public Map<String, Long> closedByReason(String caseType, Instant from, Instant to) {
    return repository.closedByReason(caseType, from, to);
  }

  /** Cases of a type open now. */
  public long openNow(String caseType) {
    return repository.openNow(caseType);
  }

  /** Per event kind among {@code kinds}: the number of cases of a type in which it was recorded in [from, to). */
  public Map<String, Long> casesWithEvents(String caseType, Collection<String> kinds, Instant from, Instant to) {
    return repository.casesWithEvents(caseType, kinds, from, to);
  }

  /** Cases of a type opened in [from, to), per age in whole years at opening (null: unknown). */
  public Map<Integer, Long> agesAtOpening(String caseType, Instant from, Instant to) {
    return repository.agesAtOpening(caseType, from, to);
  }

  /** Deadlines of a kind met (in time or late) in [from, to). */
  public long deadlinesMet(String kind, Instant from, Instant to) {
    return repository.deadlinesMet(kind, from, to);
  }
}
