package se.samverka.agreement;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import se.samverka.workflow.EngineClock;

/**
 * The cooperation agreements of this deployment's municipality, read and validated once at start from every file of
 * {@code samverka.agreement.locations} (a problem in any file stops the start, see {@link InvalidAgreement}). Each
 * period is one agreement; a new period is loaded beside the old ones, which stay queryable.
 *
 * <p>Which agreement governs a day ({@link #inForce}): the one whose period includes it; after a period has ended and
 * before the next begins, the last one that began (an agreement is followed until a new one is signed); before the first
 * period, the first.
 */
@Service
public class Agreements {

  private final String municipality;
  private final List<Agreement> all;
  private final Supplier<LocalDate> today;

  /** Read and checked from the settings' locations, with the groups of the environment ({@code samverka.groups}). */
  @Autowired
  public Agreements(AgreementSettings settings, Environment environment) {
    this(settings.municipality(), AgreementFiles.load(settings, AgreementFiles.groups(Binder.get(environment)
        .bind("samverka.groups", Bindable.mapOf(String.class, String.class)).orElse(java.util.Map.of()))),
        EngineClock::today);
  }

  /** These agreements (of any municipalities) for the municipality, with this clock; for tests. */
  public Agreements(String municipality, List<Agreement> agreements, Supplier<LocalDate> today) {
    this.municipality = municipality;
    this.all = agreements.stream().filter(a -> a.municipality().code().equals(municipality))
        .sorted(Comparator.comparing(Agreement::from)).toList();
    if (all.isEmpty()) {
      throw new InvalidAgreement(List.of("ingen överenskommelse gäller kommunen " + municipality));
    }
    this.today = today;
  }

  /** The kommunkod of the municipality this deployment serves. */
  public String municipality() {
    return municipality;
  }

  /** Every loaded agreement of the municipality, oldest period first. */
  public List<Agreement> all() {
    return all;
  }

  /** The agreement whose period includes the day, if one does. */
  public Optional<Agreement> forPeriodContaining(LocalDate day) {
    return all.stream().filter(a -> a.covers(day)).findFirst();
  }

  /** The agreement that governs the day (see the class comment); never empty. */
  public Agreement inForce(LocalDate day) {
    return forPeriodContaining(day).orElseGet(() -> all.stream().filter(a -> !a.from().isAfter(day))
        .reduce((first, second) -> second).orElse(all.get(0)));
  }

  /** The agreement that governs today (Swedish time, the engine's clock). */
  public Agreement current() {
    return inForce(today.get());
  }

  /** The agreement that begins on this day, for a page or an API that names a period by its first day. */
  public Optional<Agreement> startingOn(LocalDate from) {
    return all.stream().filter(a -> a.from().equals(from)).findFirst();
  }

  /** The districts of the agreement in force today, in the file's order. */
  public List<District> districts() {
    return current().districts();
  }

  /** A district of the agreement in force today. */
  public Optional<District> district(String code) {
    return code == null ? Optional.empty() : current().district(code);
  }

  /**
   * The activities of the priority areas that a process carries under the agreement governing the day (a process
   * instance started that day counts toward them), each with its area; empty when the process carries none.
   */
  public List<Agreement.AreaActivity> activitiesOf(String processKey, LocalDate day) {
    return inForce(day).activitiesOf(processKey);
  }
}
