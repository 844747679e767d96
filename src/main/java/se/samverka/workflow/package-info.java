/**
 * Engine glue shared by all feature modules: keeps personal data out of the engine (the {@code pd_} field rule), typed
 * reads of form values, running engine calls as the system, and the task list API. Owns no BPMN files.
 */
package se.samverka.workflow;
