package se.samverka.licensing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.licensing.persistence.SupervisionRepository;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.InvalidFormInput;
import se.samverka.workflow.SystemContext;

/**
 * Restaurant reports (restaurangrapport, alkohollagen 9 kap. 14 §): every permanent licence reports the past calendar
 * year by 1 March. Received reports are registered here; the yearly check lists the missing ones, and a report still
 * missing after the reminder starts a desk supervision.
 */
@Service
@Transactional
public class RestaurantReports {

  private final SupervisionRepository repository;
  private final Supervisions supervisions;
  private final RuntimeService runtimeService;
  private final SystemContext system;

  RestaurantReports(SupervisionRepository repository, Supervisions supervisions, RuntimeService runtimeService,
      SystemContext system) {
    this.repository = repository;
    this.supervisions = supervisions;
    this.runtimeService = runtimeService;
    this.system = system;
  }

  /** Registers the report of {@code year}; returns false when it was already registered. */
  public boolean register(String premisesId, int year, LocalDate receivedOn, String userId) {
    supervisions.premises(premisesId);
    if (year < 2000 || year >= EngineClock.today().getYear()) {
      throw new InvalidFormInput("Rapportåret " + year + " är inte ett avslutat år");
    }
    if (receivedOn == null || receivedOn.isAfter(EngineClock.today())) {
      throw new InvalidFormInput("Datum då rapporten kom in saknas eller ligger efter i dag");
    }
    return repository.insertReport(premisesId, year, receivedOn, userId);
  }

  @Transactional(readOnly = true)
  public boolean received(String premisesId, int year) {
    return repository.hasReport(premisesId, year);
  }

  /** The reports received for {@code year}, by premises id. */
  @Transactional(readOnly = true)
  public Map<String, LocalDate> received(int year) {
    return repository.reports(year);
  }

  /** Reports received from {@code from} to {@code to} (both in), by the year reported: counts only. */
  @Transactional(readOnly = true)
  public List<LicensingCounts.ReportCount> receivedBetween(LocalDate from, LocalDate to) {
    return repository.reportsReceivedBetween(from, to);
  }

  /** Premises with a permanent licence whose report for {@code year} is missing. */
  @Transactional(readOnly = true)
  public List<String> missing(int year) {
    return repository.missingReports(year);
  }

  /** Starts the remark path for a missing report: a desk supervision of the premises; returns its instance id. */
  public String startSupervision(String premisesId) {
    return system.call(() -> runtimeService.createMessageCorrelation(AlkoholtillsynProcess.MESSAGE_PLANNED)
        .setVariables(Map.of(AlkoholtillsynProcess.PREMISES_ID, premisesId,
            AlkoholtillsynProcess.TRIGGER, "restaurangrapport", AlkoholtillsynProcess.KIND, "inre"))
        .correlateStartMessage().getId());
  }
}
