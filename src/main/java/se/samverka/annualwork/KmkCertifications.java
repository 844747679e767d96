package se.samverka.annualwork;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.annualwork.persistence.KmkRepository;
import se.samverka.licensing.Premises;
import se.samverka.licensing.PremisesRegister;
import se.samverka.workflow.EngineClock;

/**
 * KMK certification of the bars: a bar that meets the criteria of the year (both environment rounds approved, a drug
 * policy with action plan received) is certified for one year; the premises' KMK status follows.
 */
@Service
@Transactional
public class KmkCertifications {

  /** KMK status in the premises register ({@link Premises#kmkStatus()}). */
  public static final String TAKING_PART = "pagar";
  public static final String CERTIFIED = "certifierad";
  static final Set<String> PARTICIPATING = Set.of(TAKING_PART, CERTIFIED);

  private final KmkRepository repository;
  private final PremisesRegister premises;

  KmkCertifications(KmkRepository repository, PremisesRegister premises) {
    this.repository = repository;
    this.premises = premises;
  }

  /**
   * The bars that take part in KMK this year. A certification given here that has run out turns back into "taking
   * part" first, so the register never shows an expired certification.
   */
  public List<Premises> participatingBars() {
    LocalDate today = EngineClock.today();
    List<Premises> bars = premises.all().stream().filter(p -> PARTICIPATING.contains(p.kmkStatus())).toList();
    for (Premises bar : bars) {
      if (CERTIFIED.equals(bar.kmkStatus())
          && repository.validUntil(bar.id()).filter(until -> until.isBefore(today)).isPresent()) {
        premises.setKmkStatus(bar.id(), TAKING_PART);
      }
    }
    return bars;
  }

  /** Certifies the bar for one year from today. */
  public LocalDate certify(String premisesId, int year) {
    LocalDate validUntil = EngineClock.today().plusYears(1).minusDays(1);
    repository.certify(premisesId, year, EngineClock.now(), validUntil);
    premises.setKmkStatus(premisesId, CERTIFIED);
    return validUntil;
  }

  @Transactional(readOnly = true)
  public int certifiedIn(int year) {
    return repository.certifiedIn(year);
  }

  /** Bars certified from {@code from} to {@code to} (both days in, system time zone): a count only. */
  @Transactional(readOnly = true)
  public long certifiedBetween(LocalDate from, LocalDate to) {
    return repository.certifiedBetween(from, to);
  }

  @Transactional(readOnly = true)
  public java.util.Optional<LocalDate> validUntil(String premisesId) {
    return repository.validUntil(premisesId);
  }
}
