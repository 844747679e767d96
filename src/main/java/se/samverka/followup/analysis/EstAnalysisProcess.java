package se.samverka.followup.analysis;

import java.util.List;
import se.samverka.workflow.PeriodRuns;

/**
 * The EST analysis of a tertial and of a year, {@code bpmn/followup/est-analys.bpmn} (DOMAIN-RESEARCH §4.1, §11.6):
 * started by cron after each tertial, it claims the tertial that ended (and in January also the year that ended) through
 * {@link PeriodRuns}, computes each period's figures from EST's data and stores them, lets the safety coordinator and the
 * police write the analysis (recurring places, causes, proposed measures) and the steering group decide (approve, or
 * ask for changes, which goes back to the analysis). One instance per start: in January it holds both analyses as two
 * instances of one multi-instance subprocess, the tertial's and the year's. No personal data in any variable.
 */
public final class EstAnalysisProcess {

  public static final String KEY = "est-analys";
  public static final String COORDINATOR_GROUP = "trygghetssamordnare";
  public static final String POLICE_GROUP = "polis";
  public static final String STEERING_GROUP = "styrgrupp";
  /** Who reads the analyses: the coordinator, the police and the steering group. */
  public static final List<String> READER_GROUPS = List.of(COORDINATOR_GROUP, POLICE_GROUP, STEERING_GROUP);

  /** The tertial claimed, and whether this instance holds it (set by {@code ClaimAnalysisPeriodTask}). */
  public static final String PERIOD = PeriodRuns.PERIOD;
  public static final String PERIOD_CLAIMED = PeriodRuns.PERIOD_CLAIMED;
  /** The periods this instance analyses: the tertial, and in January also the year ({@code ["2026-T3", "2026"]}). */
  public static final String PERIODS = "estAnalysisPeriods";
  /** Local to one analysis (the multi-instance element): its period, kind, label and figures as text. */
  public static final String ANALYSIS_PERIOD = "estAnalysisPeriod";
  public static final String KIND = "estAnalysisKind";
  public static final String TERTIAL = "tertial";
  public static final String YEAR = "ar";
  public static final String LABEL = "estAnalysisLabel";
  public static final String FIGURES = "estAnalysisFigures";
  /** The analysis, written by the coordinator and the police. */
  public static final String PLACES = "estAnalysisPlaces";
  public static final String CAUSES = "estAnalysisCauses";
  public static final String MEASURES = "estAnalysisMeasures";
  /** The steering group's decision: {@link #APPROVED} or {@link #CHANGES}, with the reason for changes. */
  public static final String DECISION = "estAnalysisDecision";
  public static final String APPROVED = "godkand";
  public static final String CHANGES = "andringar";
  public static final String CHANGE_REASON = "estAnalysisChangeReason";

  public static final String STARTED = "AnalysisStartedStartEvent";
  public static final String CLAIM_PERIOD = "ClaimAnalysisPeriodTask";
  public static final String ALREADY_STARTED = "AnalysisAlreadyStartedEndEvent";
  public static final String ANALYSIS = "AnalysisSubProcess";
  public static final String COMPUTE_FIGURES = "ComputeFiguresTask";
  public static final String TERTIAL_ANALYSIS = "TertialAnalysisTask";
  public static final String YEARLY_ANALYSIS = "YearlyAnalysisTask";
  public static final String RECORD_ANALYSIS = "RecordAnalysisTask";
  public static final String STEERING_DECISION = "SteeringDecisionTask";
  public static final String RECORD_DECISION = "RecordDecisionTask";
  public static final String ANALYSIS_DECIDED = "AnalysisDecidedEndEvent";
  public static final String ANALYSES_DONE = "AnalysesDoneEndEvent";

  private EstAnalysisProcess() {}
}
