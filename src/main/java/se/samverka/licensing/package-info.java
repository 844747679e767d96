/**
 * Licensed premises: the register of premises with a serving licence (CSV import and export), their supervision with
 * the police, rescue service and others up to sanctions and appeal, the yearly supervision plan and the restaurant-report
 * check. Owns {@code bpmn/licensing/alkoholtillsyn.bpmn}, {@code tillsynsplan.bpmn}, {@code restaurangrapport.bpmn},
 * the decision table {@code sanktion.dmn} and the forms in {@code forms/licensing/}.
 */
package se.samverka.licensing;
