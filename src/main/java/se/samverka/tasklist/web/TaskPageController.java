package se.samverka.tasklist.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import se.samverka.security.Agencies;
import se.samverka.security.CurrentUser;
import se.samverka.tasklist.TaskFilter;
import se.samverka.tasklist.TaskList;
import se.samverka.workflow.CaseNumbers;
import se.samverka.workflow.Labels;

/**
 * "Mina uppgifter" ({@code /uppgifter}) and one queue per group of the user ({@code /uppgifter/grupp/{groupId}}; 404
 * for a group the user is not in), for every signed-in account. Filters are a GET form, so every state of the list
 * is a link; a bad filter shows the list again with the error next to its field (400).
 */
@Controller
class TaskPageController {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.forLanguageTag("sv"))
      .withZone(CaseNumbers.SWEDEN);
  static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm",
      Locale.forLanguageTag("sv")).withZone(CaseNumbers.SWEDEN);

  private final TaskList taskList;
  private final Agencies agencies;
  private final Labels labels;

  TaskPageController(TaskList taskList, Agencies agencies, Labels labels) {
    this.taskList = taskList;
    this.agencies = agencies;
    this.labels = labels;
  }

  /** One row as the table shows it. */
  record Row(String taskHref, String name, String caseNumber, String caseHref, String subject, boolean subjectHidden,
      String process, String created, String createdIso, String due, String dueIso, String state, String stateWords,
      String stateSymbol, String assignee) {}

  @GetMapping("/uppgifter")
  String mine(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
    return list(TaskFilter.MINE, params, model, response);
  }

  @GetMapping("/uppgifter/grupp/{groupId}")
  String group(@PathVariable String groupId, @RequestParam Map<String, String> params, Model model,
      HttpServletResponse response) {
    CurrentUser user = agencies.requireCurrent();
    if (groupId.length() > 64 || !taskList.queues(user).contains(groupId)) {
      throw new se.samverka.errors.NotFound("Kön finns inte, eller så är du inte med i gruppen.");
    }
    return list(groupId, params, model, response);
  }

  private String list(String queue, Map<String, String> params, Model model, HttpServletResponse response) {
    CurrentUser user = agencies.requireCurrent();
    boolean mine = TaskFilter.MINE.equals(queue);
    String base = mine ? "/uppgifter" : "/uppgifter/grupp/" + queue;
    model.addAttribute("rubrik", mine ? "Mina uppgifter" : labels.groupName(queue));
    model.addAttribute("mina", mine);
    model.addAttribute("bas", base);
    model.addAttribute("processer", labels.options(Labels.PROCESS));
    model.addAttribute("distrikt", labels.options("district"));
    // Echo back only values that passed the check (short codes), never what was sent.
    TaskFilter filter;
    try {
      filter = TaskFilter.parse(queue, param(params, "process"), param(params, "dueWithinDays"),
          param(params, "overdue"), param(params, "district"), param(params, "caseNumber"), null,
          param(params, "sort"), param(params, "page"), param(params, "size"));
    } catch (TaskFilter.InvalidFilter invalid) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("fel", invalid.fields());
      model.addAttribute("filter", TaskFilter.defaults().withQueue(queue));
      model.addAttribute("rader", List.of());
      model.addAttribute("antal", "0");
      return "uppgifter";
    }
    TaskList.Page page = taskList.list(user, filter);
    List<Row> rows = new ArrayList<>();
    for (TaskList.Item item : page.items()) {
      rows.add(new Row("/uppgifter/" + item.id(), item.name(), item.caseNumber(), item.link(), item.subject(),
          item.subjectHidden(), item.processName(), format(DAY_AND_TIME, item.created()), iso(item.created()),
          format(DAY, item.due()), iso(item.due()), item.deadlineState(), stateWords(item.deadlineState()),
          stateSymbol(item.deadlineState()), item.assignee()));
    }
    model.addAttribute("fel", Map.of());
    model.addAttribute("filter", filter);
    model.addAttribute("rader", rows);
    model.addAttribute("antal", page.totalIsLowerBound() ? "fler än " + Navigation.thousands(taskList.countCap())
        : Navigation.thousands(page.total()));
    model.addAttribute("sida", page.page() + 1);
    model.addAttribute("foregaende", page.page() > 0 ? link(base, filter.withPage(page.page() - 1)) : null);
    boolean more = (long) (page.page() + 1) * page.size() < page.total() || page.totalIsLowerBound()
        && page.items().size() == page.size();
    model.addAttribute("nasta", more && page.page() < TaskFilter.MAX_PAGE ? link(base, filter.withPage(page.page() + 1))
        : null);
    model.addAttribute("sorteraForfallodag", link(base, sorted(filter, TaskFilter.BY_DUE)));
    model.addAttribute("sorteraSkapad", link(base, sorted(filter, TaskFilter.BY_CREATED)));
    return "uppgifter";
  }

  private static TaskFilter sorted(TaskFilter f, String sort) {
    return new TaskFilter(f.queue(), f.process(), f.dueWithinDays(), f.overdue(), f.district(), f.caseNumber(), null,
        sort, 0, f.size());
  }

  static String link(String base, TaskFilter f) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath(base);
    if (f.process() != null) {
      uri.queryParam("process", f.process());
    }
    if (f.dueWithinDays() != null) {
      uri.queryParam("dueWithinDays", f.dueWithinDays());
    }
    if (f.overdue()) {
      uri.queryParam("overdue", "true");
    }
    if (f.district() != null) {
      uri.queryParam("district", f.district());
    }
    if (f.caseNumber() != null) {
      uri.queryParam("caseNumber", f.caseNumber());
    }
    if (!TaskFilter.BY_DUE.equals(f.sort())) {
      uri.queryParam("sort", f.sort());
    }
    if (f.size() != TaskFilter.DEFAULT_SIZE) {
      uri.queryParam("size", f.size());
    }
    if (f.page() > 0) {
      uri.queryParam("page", f.page());
    }
    return uri.encode().build().toUriString();
  }

  private static String param(Map<String, String> params, String name) {
    return params.get(name);
  }

  static String stateWords(String state) {
    if (state == null) {
      return null;
    }
    return switch (state) {
      case TaskList.IN_TIME -> "I tid";
      case TaskList.AT_RISK -> "Snart";
      case TaskList.BREACHED -> "Överskriden";
      default -> state;
    };
  }

  static String stateSymbol(String state) {
    if (state == null) {
      return null;
    }
    return switch (state) {
      case TaskList.IN_TIME -> "✓";
      case TaskList.AT_RISK -> "!";
      case TaskList.BREACHED -> "✕";
      default -> "";
    };
  }

  private static String format(DateTimeFormatter formatter, Instant at) {
    // The Swedish abbreviations end with a dot ("nov."), which the dates in Samverka's pages do not carry.
    return at == null ? null : formatter.format(at).replace(".", "");
  }

  private static String iso(Instant at) {
    return at == null ? null : at.toString();
  }
}
