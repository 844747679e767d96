/**
 * The case store: persons, cases, consents, notes, disclosures and the access log. Personal data lives here, owned by
 * an agency and read through {@link se.samverka.cases.CaseService}, which applies the consent and disclosure rule.
 * Owns no BPMN files.
 */
package se.samverka.cases;
