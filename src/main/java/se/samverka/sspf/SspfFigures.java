package se.samverka.sspf;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.cases.CaseStatistics;

/**
 * SSPF cases in figures for the dashboards, counted in the case store for a period [from, to): referrals by the
 * referring agency, closures by reason, the consent given, refused, not obtained in time or withdrawn, the age bands
 * at referral (those of the quarterly report, {@link SteeringReports#ageBand}) and the cases open now. Counts and codes
 * only.
 */
@Service
@Transactional(readOnly = true)
public class SspfFigures {

  /** The closure reasons that say what became of the consent. */
  public static final String CONSENT_REFUSED = "samtycke-nekat";
  public static final String CONSENT_NOT_OBTAINED = "samtycke-saknas";
  public static final String CONSENT_WITHDRAWN = "samtycke-aterkallat";
  /** The case event of a consent recorded (the referral's or the written one). */
  static final String CONSENT_GIVEN_EVENT = "SAMTYCKE_LAMNAT";
  /** The age bands in the order a table shows them. */
  public static final List<String> AGE_BANDS = List.of("-12", "13-15", "16-");

  /**
   * @param bySource        referrals (cases opened) per referring agency code
   * @param byClosureReason closed cases per closure reason code
   * @param consentGiven    cases in which a consent was recorded
   * @param ageBands        referrals per age band at referral ({@link #AGE_BANDS}, then {@code okand})
   */
  public record Referrals(Map<String, Long> bySource, Map<String, Long> byClosureReason, long consentGiven,
      long consentRefused, long consentNotObtained, long consentWithdrawn, Map<String, Long> ageBands, long openNow) {

    public long referred() {
      return bySource.values().stream().mapToLong(Long::longValue).sum();
    }

    public long closed() {
      return byClosureReason.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  private final CaseStatistics statistics;

  SspfFigures(CaseStatistics statistics) {
    this.statistics = statistics;
  }

  public Referrals referrals(Instant from, Instant to) {
    Map<String, Long> closed = statistics.closedByReason(SspfArendeProcess.KEY, from, to);
    Map<String, Long> bands = new LinkedHashMap<>();
    AGE_BANDS.forEach(b -> bands.put(b, 0L));
    statistics.agesAtOpening(SspfArendeProcess.KEY, from, to).forEach((age, n) ->
        bands.merge(age == null ? "okand" : SteeringReports.ageBand(age), n, Long::sum));
    long given = statistics.casesWithEvents(SspfArendeProcess.KEY, List.of(CONSENT_GIVEN_EVENT), from, to)
        .getOrDefault(CONSENT_GIVEN_EVENT, 0L);
    return new Referrals(statistics.openedByAgency(SspfArendeProcess.KEY, from, to), closed, given,
        closed.getOrDefault(CONSENT_REFUSED, 0L), closed.getOrDefault(CONSENT_NOT_OBTAINED, 0L),
        closed.getOrDefault(CONSENT_WITHDRAWN, 0L), bands, statistics.openNow(SspfArendeProcess.KEY));
  }
}
