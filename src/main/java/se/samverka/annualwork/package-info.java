/**
 * The yearly work with licensed premises: the AAS courses (participants, written tests, diplomas) and the KMK cycle
 * (key-staff training, environment rounds per bar, certification, the bar owners' meeting and the yearly report to the
 * steering group). Owns {@code bpmn/annualwork/aas-ar.bpmn}, {@code bpmn/annualwork/kmk-ar.bpmn} and the forms in
 * {@code forms/annualwork/}.
 */
package se.samverka.annualwork;
