/**
 * The OpenAPI document of Samverka's own JSON API ({@code /api}) at {@code /v3/api-docs}: a Swedish summary for every
 * operation, HTTP Basic, and the Swedish problem answers (RFC 7807) that every operation may give. Owns no BPMN files
 * and depends on no other module: it describes the controllers that springdoc finds.
 */
package se.samverka.apidocs;
