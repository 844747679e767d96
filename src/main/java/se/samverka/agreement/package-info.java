/**
 * The cooperation agreement (samverkansöverenskommelse) as data: the YAML files under {@code agreements/} (and any
 * {@code file:} directory the operator adds), read and validated at start, one per municipality and period, with the
 * priority areas and their activities and processes, the forums, the districts and the supplementary inputs of the
 * lägesbild. A shared API module: feature modules, the forms and the dashboards may depend on it; it depends on no
 * feature module. Owns no BPMN file.
 */
package se.samverka.agreement;
