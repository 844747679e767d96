/**
 * The managers' dashboards: read models of the work (process flow, time per step, where cases wait, deadlines) kept in
 * step with the engine's history events, and the pages that show them in Swedish with the figures each role may see.
 * Owns no BPMN file; no feature module depends on it.
 */
package se.samverka.dashboard;
