/**
 * SSPF (Skola, Socialtjänst, Polis, Fritid): the individual case of one young person worked by four agencies under
 * written consent, and the quarterly steering-group report. Owns {@code bpmn/sspf/sspf-arende.bpmn},
 * {@code bpmn/sspf/sspf-styrgrupp.bpmn} and the forms in {@code forms/sspf/}.
 */
package se.samverka.sspf;
