package se.samverka.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The read model's SQL for one group's queue as {@code tasklist.persistence.TaskRepository} issues it (sorted by due
 * date, the default), with the values bound, for {@code EXPLAIN}; and the exact count that the capped count avoids.
 */
final class ReadModelQueries {

  private ReadModelQueries() {}

  static Map<String, String> forGroup(String group, long countCap) {
    String g = BenchData.q(group);
    Map<String, String> queries = new LinkedHashMap<>();
    queries.put("first page (sort by due date)", "select t.* from sv_task_candidate c join sv_task t on t.task_id = c.task_id"
        + " where c.group_id = " + g + " order by c.due_at nulls last, c.created_at, c.task_id limit 25 offset 0");
    queries.put("first page (sort by created)", "select t.* from sv_task_candidate c join sv_task t on t.task_id = c.task_id"
        + " where c.group_id = " + g + " order by c.created_at, c.task_id limit 25 offset 0");
    queries.put("count, capped", "select count(*) from (select 1 as one from sv_task_candidate c where c.group_id = " + g
        + " limit " + (countCap + 1) + ") capped");
    queries.put("candidate groups of the page's tasks (one of the page's batch look-ups)",
        "select task_id, group_id from sv_task_candidate where task_id in (select c.task_id from sv_task_candidate c"
        + " where c.group_id = " + g + " order by c.due_at nulls last, c.created_at, c.task_id limit 25)"
        + " order by group_id");
    queries.put("exact count (not issued by the task list; for comparison)",
        "select count(*) from sv_task_candidate c where c.group_id = " + g);
    return queries;
  }
}
