package se.samverka.followup.est;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.agreement.District;
import se.samverka.followup.est.persistence.EstRepository;
import se.samverka.followup.est.persistence.EstRepository.Action;
import se.samverka.followup.est.persistence.EstRepository.Category;
import se.samverka.followup.est.persistence.EstRepository.Count;
import se.samverka.followup.est.persistence.EstRepository.PlaceWeeks;
import se.samverka.followup.est.persistence.EstRepository.UnitReport;

/**
 * EST's data over a run of weeks, read-only, for the analyses of a tertial or a year ({@code est-analys}) and other
 * follow-up: the counts per district and category, the places reported in several weeks, which weeks' cycles ran, the
 * units' report status and the actions decided. Counts and places only: no EST record holds personal data.
 */
@Service
@Transactional(readOnly = true)
public class EstPeriods {

  private final EstRepository repository;
  private final EstReports reports;
  private final EstSettings settings;

  EstPeriods(EstRepository repository, EstReports reports, EstSettings settings) {
    this.repository = repository;
    this.reports = reports;
    this.settings = settings;
  }

  /** Counts of the weeks' incidents per week, district and category. */
  public List<Count> counts(List<String> weeks) {
    return repository.counts(weeks);
  }

  /** The places reported in at least {@code minWeeks} distinct weeks of the given weeks, most weeks first. */
  public List<PlaceWeeks> recurringPlaces(List<String> weeks, int minWeeks) {
    return repository.placeWeeks(weeks, minWeeks);
  }

  /** The given weeks whose weekly cycle ran. */
  public List<String> weeksRun(List<String> weeks) {
    return repository.weeksRun(weeks);
  }

  public List<UnitReport> unitReports(List<String> weeks) {
    return repository.unitReports(weeks);
  }

  public List<Action> actionsDecidedIn(List<String> weeks) {
    return repository.actionsDecidedIn(weeks);
  }

  /** The reporting units (groups) with their Swedish names, in the order of the setting. */
  public Map<String, String> units() {
    return reports.units();
  }

  public String unitName(String unit) {
    return reports.unitName(unit);
  }

  public List<District> districts() {
    return reports.districts();
  }

  public List<Category> categories() {
    return repository.categories();
  }

  /** Whether a week's report status counts as reported: "rapporterat" or "inga händelser", not "ingen rapport". */
  public static boolean reported(UnitReport report) {
    return !EstVeckaProcess.NO_REPORT.equals(report.status());
  }

  /** The setting of the reporting units, for callers that only need their codes. */
  public List<String> unitCodes() {
    return settings.units();
  }
}
