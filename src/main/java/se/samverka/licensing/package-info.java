/**
 * Licensed premises: the register of premises with a serving licence (import and export as CSV); supervision
 * ({@code alkoholtillsyn}) and restaurant reports come next in this module. Owns {@code bpmn/licensing/} when they come.
 */
package se.samverka.licensing;
