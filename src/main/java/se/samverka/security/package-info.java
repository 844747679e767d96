/**
 * Security: Spring Security in front of everything, accounts and groups in Camunda's identity tables, the agency of
 * each group, engine hardening and the authorizations that route work. Owns no BPMN files.
 */
package se.samverka.security;
