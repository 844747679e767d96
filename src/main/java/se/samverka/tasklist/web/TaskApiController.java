package se.samverka.tasklist.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.samverka.security.Agencies;
import se.samverka.tasklist.TaskFilter;
import se.samverka.tasklist.TaskList;

/**
 * The task list as JSON for every signed-in account: {@code GET /api/tasks} (a queue: "mina" or one of the caller's
 * groups, filtered, sorted, paged) and {@code GET /api/tasks/counts}. Read from the task read model; a queue of
 * another group is 404, a bad parameter a Swedish 400 naming the field.
 */
@RestController
@RequestMapping("/api/tasks")
class TaskApiController {

  private final TaskList taskList;
  private final Agencies agencies;

  TaskApiController(TaskList taskList, Agencies agencies) {
    this.taskList = taskList;
    this.agencies = agencies;
  }

  record TaskJson(String id, String name, String caseNumber, String subject, String processKey, String processName,
      Instant created, Instant due, String deadlineState, String assignee, List<String> candidateGroups,
      String link, String caseId, String supervisionId, String district, String taskKey, String processInstanceId) {}

  record PageJson(long total, boolean totalIsLowerBound, int page, int size, List<TaskJson> items) {}

  @GetMapping
  PageJson tasks(@RequestParam(required = false) String queue, @RequestParam(required = false) String process,
      @RequestParam(required = false) String dueWithinDays, @RequestParam(required = false) String overdue,
      @RequestParam(required = false) String district, @RequestParam(required = false) String caseNumber,
      @RequestParam(required = false) String processInstanceId, @RequestParam(required = false) String sort,
      @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
    TaskFilter filter = TaskFilter.parse(queue, process, dueWithinDays, overdue, district, caseNumber,
        processInstanceId, sort, page, size);
    TaskList.Page result = taskList.list(agencies.requireCurrent(), filter);
    return new PageJson(result.total(), result.totalIsLowerBound(), result.page(), result.size(),
        result.items().stream().map(i -> new TaskJson(i.id(), i.name(), i.caseNumber(), i.subject(), i.processKey(),
            i.processName(), i.created(), i.due(), i.deadlineState(), i.assignee(), i.candidateGroups(), i.link(),
            i.caseId(), i.supervisionId(), i.district(), i.taskKey(), i.processInstanceId()))
            .toList());
  }

  /**
   * {@code {"mina": n, "groups": {"samordnare": n, …}, "cap": 1000, "lowerBound": ["samordnare"]}}: a queue named in
   * {@code lowerBound} has more tasks than its number (counting stops at the cap).
   */
  @GetMapping("/counts")
  Map<String, Object> counts() {
    TaskList.Counts counts = taskList.counts(agencies.requireCurrent());
    Map<String, Long> groups = new LinkedHashMap<>();
    List<String> lowerBound = new java.util.ArrayList<>();
    if (counts.mine().lowerBound()) {
      lowerBound.add(TaskFilter.MINE);
    }
    counts.groups().forEach((group, count) -> {
      groups.put(group, count.count());
      if (count.lowerBound()) {
        lowerBound.add(group);
      }
    });
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("mina", counts.mine().count());
    body.put("groups", groups);
    body.put("cap", taskList.countCap());
    body.put("lowerBound", lowerBound);
    return body;
  }
}
