package se.samverka.homevisit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.cases.CaseStatistics;

/**
 * Reports of concern and home visits in figures for the dashboards, counted in the case store for a period
 * [from, to): what was received and from whom, what was done (the events the processes record in their cases) and how
 * the cases ended. Counts and codes only.
 */
@Service
@Transactional(readOnly = true)
public class HomeVisitFigures {

  /** Events of a report of concern that the figures count. */
  public static final String PROTECTION_ASSESSED = "SKYDDSBEDOMNING_GJORD";
  public static final String INVESTIGATION_OPENED = "UTREDNING_INLEDS";
  public static final String NO_INVESTIGATION = "INGEN_UTREDNING";
  /** Events of a home visit that the figures count. */
  public static final String VISIT_PLANNED = "HEMBESOK_PLANERAT";
  public static final String VISIT_MADE = "HEMBESOK_GJORT";
  public static final String GUARDIANS_CONTACTED = "VARDNADSHAVARE_KONTAKTADE";

  /**
   * @param byReporter    reports received (cases opened) per reporting agency code
   * @param assessed      reports whose protection assessment was made in the period
   * @param opened        reports where an investigation was opened in the period
   * @param notOpened     reports where no investigation was opened
   * @param feedbackGiven feedback to a mandatory reporter given (its deadline met) in the period
   */
  public record ReportFigures(Map<String, Long> byReporter, long assessed, long opened, long notOpened,
      long feedbackGiven, long openNow) {}

  /**
   * @param byRegistrar tips or concerns registered (cases opened) per registering agency code
   * @param steps       per event kind (of the model's own), the visit cases in which it was recorded in the period
   * @param outcomes    visit cases closed in the period per closure reason code
   */
  public record VisitFigures(String processKey, Map<String, Long> byRegistrar, Map<String, Long> steps,
      Map<String, Long> outcomes, long openNow) {}

  private final CaseStatistics statistics;

  HomeVisitFigures(CaseStatistics statistics) {
    this.statistics = statistics;
  }

  public ReportFigures reportsOfConcern(Instant from, Instant to) {
    String key = OrosanmalanProcess.KEY;
    Map<String, Long> events = statistics.casesWithEvents(key,
        List.of(PROTECTION_ASSESSED, INVESTIGATION_OPENED, NO_INVESTIGATION), from, to);
    return new ReportFigures(statistics.openedByAgency(key, from, to), events.getOrDefault(PROTECTION_ASSESSED, 0L),
        events.getOrDefault(INVESTIGATION_OPENED, 0L), events.getOrDefault(NO_INVESTIGATION, 0L),
        statistics.deadlinesMet(OrosanmalanProcess.FEEDBACK_DEADLINE, from, to), statistics.openNow(key));
  }

  /** Linköpingsmodellen: tips, visits planned and made, outcomes. */
  public VisitFigures linkoping(Instant from, Instant to) {
    return visits(LinkopingsmodellenProcess.KEY, List.of(VISIT_PLANNED, VISIT_MADE), from, to);
  }

  /** Strängnäsmodellen: concerns, guardians contacted (and the visit booked), outcomes. */
  public VisitFigures strangnas(Instant from, Instant to) {
    return visits(StrangnasmodellenProcess.KEY, List.of(GUARDIANS_CONTACTED), from, to);
  }

  private VisitFigures visits(String key, List<String> kinds, Instant from, Instant to) {
    return new VisitFigures(key, statistics.openedByAgency(key, from, to),
        statistics.casesWithEvents(key, kinds, from, to), statistics.closedByReason(key, from, to),
        statistics.openNow(key));
  }
}
