/**
 * Home visits and the report of concern: {@code bpmn/homevisit/orosanmalan.bpmn} (report of concern with its statutory
 * clock) and the forms in {@code forms/homevisit/}. Linköpingsmodellen and Strängnäsmodellen come next in this module.
 */
package se.samverka.homevisit;
