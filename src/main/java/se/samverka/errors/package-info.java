/**
 * Errors as a client expects them: one table ({@link se.samverka.errors.Failures}) turns every exception into a
 * Swedish answer with the right status (404 unknown, 409 conflict, 400 bad input, 403 refused, 503 database away, 500
 * otherwise), used by {@code /engine-rest}, the webapps' {@code /camunda/api}, {@code /api} and our pages alike; and a
 * health check that says DOWN at once while the database is away. Owns no BPMN files.
 */
package se.samverka.errors;
