/**
 * The managers' dashboards: read models of the work (process flow, time per step, where cases wait, deadlines) kept in
 * step with the engine's history events, and the pages that show them in Swedish with the figures each role may see.
 * Owns no BPMN file. One feature module depends on it: {@code followup}, whose half-yearly follow-up report
 * reads the panels and read models here through {@link se.samverka.dashboard.DashboardAccess#fullFigures} (so its
 * figures equal the dashboards'); the dashboard depends on no follow-up type.
 */
package se.samverka.dashboard;
