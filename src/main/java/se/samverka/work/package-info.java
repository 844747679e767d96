/**
 * Working tasks and starting processes in Samverka's own pages and {@code /api}: the deployed Camunda Forms rendered on
 * the server in Swedish, checked by the same gate as the engine, claimed, handed over and completed with the caller's
 * engine authentication. Owns no BPMN files.
 */
package se.samverka.work;
