package se.samverka.followup.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.agreement.District;
import se.samverka.errors.NotFound;
import se.samverka.followup.analysis.AnalysisFigures.ActionRow;
import se.samverka.followup.analysis.AnalysisFigures.Cell;
import se.samverka.followup.analysis.AnalysisFigures.DistrictTotal;
import se.samverka.followup.analysis.AnalysisFigures.Place;
import se.samverka.followup.analysis.AnalysisFigures.UnitRate;
import se.samverka.followup.analysis.persistence.EstAnalysisRepository;
import se.samverka.followup.analysis.persistence.EstAnalysisRepository.Row;
import se.samverka.followup.est.EstPeriods;
import se.samverka.followup.est.EstVeckaProcess;
import se.samverka.followup.est.persistence.EstRepository.Category;
import se.samverka.workflow.EngineClock;

/**
 * The EST analyses of a tertial and a year: the figures the system computes from EST's data (read through
 * {@link EstPeriods}), stored when the analysis begins; the analysis written by the coordinator and the police; the
 * steering group's decision. Who reads them: the coordinator, the police and the steering group; no one else, not the
 * reporting units (the analysis prioritises places and proposes measures the steering group has not yet decided).
 */
@Service
@Transactional
public class EstAnalyses {

  /** An analysis as the pages show it: its period, stored figures and the texts and decision. */
  public record Analysis(AnalysisPeriod period, AnalysisFigures figures, Row row) {

    /** The proposed (or decided) measures, one per line. */
    public List<String> measures() {
      return row.measures() == null ? List.of()
          : Arrays.stream(row.measures().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public String status() {
      if (row.approved()) {
        return "Beslutad av styrgruppen " + row.decidedOn();
      }
      if (EstAnalysisProcess.CHANGES.equals(row.decision())) {
        return "Styrgruppen har begärt ändringar";
      }
      return row.analysedAt() == null ? "Analys pågår" : "Väntar på styrgruppens beslut";
    }
  }

  private final EstPeriods est;
  private final EstAnalysisRepository repository;
  private final EstAnalysisSettings settings;
  private static final ObjectMapper json = new ObjectMapper();

  EstAnalyses(EstPeriods est, EstAnalysisRepository repository, EstAnalysisSettings settings) {
    this.est = est;
    this.repository = repository;
    this.settings = settings;
  }

  // --- the figures ---

  /** Computes the period's figures from EST's data as they are now. */
  @Transactional(readOnly = true)
  public AnalysisFigures compute(AnalysisPeriod period) {
    List<String> weeks = period.weeks();
    AnalysisPeriod previous = period.previous();
    Map<String, Integer> now = counts(weeks);
    Map<String, Integer> before = counts(previous.weeks());
    List<Cell> cells = new ArrayList<>();
    List<DistrictTotal> districts = new ArrayList<>();
    int total = 0;
    int previousTotal = 0;
    Map<String, String> districtNames = new HashMap<>();
    for (District d : est.districts()) {
      districtNames.put(d.code(), d.name());
      int inDistrict = 0;
      int inDistrictBefore = 0;
      for (Category c : est.categories()) {
        String key = d.code() + "|" + c.code();
        int count = now.getOrDefault(key, 0);
        int was = before.getOrDefault(key, 0);
        if (count > 0 || was > 0) {
          cells.add(new Cell(d.code(), d.name(), c.code(), c.name(), count, was, AnalysisFigures.change(count, was)));
        }
        inDistrict += count;
        inDistrictBefore += was;
      }
      districts.add(new DistrictTotal(d.code(), d.name(), inDistrict, inDistrictBefore));
      total += inDistrict;
      previousTotal += inDistrictBefore;
    }
    List<Place> places = est.recurringPlaces(weeks, settings.recurringWeeks()).stream()
        .map(p -> new Place(districtNames.getOrDefault(p.district(), p.district()), p.place(), p.weeks(),
            p.incidents()))
        .toList();
    List<String> run = est.weeksRun(weeks);
    Map<String, Integer> reported = new HashMap<>();
    est.unitReports(run).stream().filter(EstPeriods::reported).forEach(r -> reported.merge(r.unit(), 1, Integer::sum));
    List<UnitRate> units = new ArrayList<>();
    est.units().forEach((code, name) -> units.add(new UnitRate(code, name, reported.getOrDefault(code, 0),
        run.size())));
    List<ActionRow> actions = new ArrayList<>();
    int done = 0;
    int notDone = 0;
    for (var a : est.actionsDecidedIn(weeks)) {
      String result = a.result() == null ? "Pågår" : EstVeckaProcess.DONE.equals(a.result()) ? "Genomförd"
          : "Inte genomförd";
      if (EstVeckaProcess.DONE.equals(a.result())) {
        done++;
      } else if (a.result() != null) {
        notDone++;
      }
      actions.add(new ActionRow(a.week(), a.place(), a.problem(), a.action(), est.unitName(a.unit()),
          a.dueDate().toString(), result, a.resultText()));
    }
    return new AnalysisFigures(period.key(), previous.key(), weeks.size(), run.size(), total, previousTotal, cells,
        districts, settings.recurringWeeks(), places, units, actions, done, notDone, actions.size() - done - notDone);
  }

  private Map<String, Integer> counts(List<String> weeks) {
    Map<String, Integer> counts = new HashMap<>();
    est.counts(weeks).forEach(c -> counts.merge(c.district() + "|" + c.category(), c.count(), Integer::sum));
    return counts;
  }

  // --- called by the process ---

  /**
   * Computes and stores the period's figures when its analysis begins (once: a repeated call keeps the stored ones) and
   * gives them as text for the forms.
   */
  public String begin(AnalysisPeriod period, String instanceId) {
    Optional<Row> existing = repository.find(period.key());
    AnalysisFigures figures;
    if (existing.isPresent()) {
      figures = read(existing.get().figures());
    } else {
      figures = compute(period);
      repository.insert(period.key(), period.kind(), period.businessKey(), instanceId, EngineClock.now(),
          write(figures));
    }
    return figures.text(period.label());
  }

  public void recordAnalysis(AnalysisPeriod period, String places, String causes, String measures, String by) {
    repository.analysis(period.key(), places, causes, measures, by, EngineClock.now());
  }

  public void recordDecision(AnalysisPeriod period, String decision, String reason, String by) {
    if (EstAnalysisProcess.APPROVED.equals(decision)) {
      repository.approved(period.key(), EngineClock.today(), by);
    } else {
      repository.changesAsked(period.key(), reason, by);
    }
  }

  // --- the pages ---

  @Transactional(readOnly = true)
  public List<Analysis> all() {
    return repository.all().stream().map(this::analysis).toList();
  }

  /** The analysis of the period, or 404. */
  @Transactional(readOnly = true)
  public Analysis of(AnalysisPeriod period) {
    return repository.find(period.key()).map(this::analysis)
        .orElseThrow(() -> new NotFound("Det finns ingen EST-analys för " + period.label()));
  }

  /**
   * The measures the steering group decided in the latest approved analysis: offered to the coming EST weeks (shown
   * on the analyses page).
   */
  @Transactional(readOnly = true)
  public Optional<Analysis> latestDecided() {
    return repository.all().stream().filter(Row::approved).findFirst().map(this::analysis);
  }

  private Analysis analysis(Row row) {
    AnalysisPeriod period = AnalysisPeriod.parse(row.period()).orElseThrow();
    return new Analysis(period, read(row.figures()), row);
  }

  private String write(AnalysisFigures figures) {
    try {
      return json.writeValueAsString(figures);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("EST-analysens siffror kunde inte sparas", e);
    }
  }

  private AnalysisFigures read(String figures) {
    try {
      return json.readValue(figures, AnalysisFigures.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("EST-analysens sparade siffror kunde inte läsas", e);
    }
  }
}
