/**
 * Home visits and the report of concern: {@code bpmn/homevisit/orosanmalan.bpmn} (report of concern with its statutory
 * clock), {@code linkopingsmodellen.bpmn} and {@code strangnasmodellen.bpmn} (joint home visits of police and social
 * services, each a step of the preliminary assessment of a report of concern) and the forms in {@code forms/homevisit/}.
 */
package se.samverka.homevisit;
