/**
 * The task list: a read model of the engine's open tasks ({@code sv_task}, {@code sv_task_candidate}) kept in step
 * with the engine in the same transaction, the queues ("Mina uppgifter" and one per group) as pages and as
 * {@code /api/tasks}, with the case number, who the task is about as the access rule allows, and the deadline's state.
 * No feature module depends on it. Owns no BPMN files.
 */
package se.samverka.tasklist;
