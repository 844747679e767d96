package se.samverka.work.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import se.samverka.errors.InvalidInput;
import se.samverka.work.FormView;
import se.samverka.work.Forms;
import se.samverka.work.StartForms;
import se.samverka.work.TaskWork;
import se.samverka.work.EnteredValues;

/**
 * The JSON API of working a task and starting a process, the same operations as the pages: every signed-in account
 * may call it; which task or process it may touch is decided per call ({@link TaskWork}, {@link StartForms}).
 */
@RestController
@PreAuthorize("isAuthenticated()")
class WorkApiController {

  private final TaskWork work;
  private final StartForms starts;
  private final Forms forms;

  WorkApiController(TaskWork work, StartForms starts, Forms forms) {
    this.work = work;
    this.starts = starts;
    this.forms = forms;
  }

  @GetMapping("/api/tasks/{id}")
  Map<String, Object> task(@PathVariable String id) {
    TaskWork.TaskView task = work.open(id);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", task.id());
    body.put("name", task.name());
    body.put("caseNumber", task.caseNumber());
    body.put("subject", task.subject());
    body.put("processKey", task.processKey());
    body.put("processName", task.processName());
    body.put("processInstanceId", task.processInstanceId());
    body.put("created", task.created());
    body.put("due", task.due());
    body.put("assignee", task.assignee());
    body.put("assigneeName", task.assigneeName());
    body.put("candidateGroups", task.candidateGroups());
    body.put("link", task.link() == null ? null : task.link().href());
    body.put("colleagues", task.colleagues());
    FormView view = forms.view(task.form(), task.variables(), null, List.of(), task.holder() != TaskWork.Holder.OTHER);
    body.put("form", form(view));
    body.put("values", values(view.components(), new LinkedHashMap<>()));
    body.put("errors", Map.of());
    return body;
  }

  @PostMapping("/api/tasks/{id}/claim")
  Map<String, Object> claim(@PathVariable String id) {
    return Map.of("taskId", id, "assignee", work.claim(id));
  }

  @PostMapping("/api/tasks/{id}/unclaim")
  Map<String, Object> unclaim(@PathVariable String id) {
    work.unclaim(id);
    return Map.of("taskId", id);
  }

  @PostMapping("/api/tasks/{id}/assign")
  Map<String, Object> assign(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
    JsonNode user = body == null ? null : body.get("userId");
    if (user == null || !user.isTextual()) {
      throw new InvalidInput("Ange kollegan som \"userId\"");
    }
    work.assign(id, user.asText());
    return Map.of("taskId", id, "assignee", user.asText());
  }

  @PostMapping("/api/tasks/{id}/complete")
  TaskWork.Completion complete(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
    return work.complete(id, EnteredValues.fromJson(work.formOf(id), body == null ? null : body.get("values")));
  }

  @GetMapping("/api/processes")
  List<Map<String, Object>> processes() {
    List<Map<String, Object>> list = new ArrayList<>();
    for (StartForms.Startable process : starts.startable()) {
      list.add(Map.of("key", process.key(), "title", process.title(),
          "name", process.name() == null ? process.key() : process.name(), "link", "/ny/" + process.key()));
    }
    return list;
  }

  @GetMapping("/api/processes/{key}/form")
  Map<String, Object> startForm(@PathVariable String key) {
    StartForms.Startable process = starts.require(key);
    FormView view = forms.view(starts.form(process), Map.of(), null, List.of(), true);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("key", process.key());
    body.put("title", process.title());
    body.put("form", form(view));
    return body;
  }

  @PostMapping("/api/processes/{key}/start")
  ResponseEntity<Map<String, Object>> start(@PathVariable String key, @RequestBody(required = false) JsonNode body) {
    StartForms.Receipt receipt = starts.start(key,
        EnteredValues.fromJson(starts.form(starts.require(key)), body == null ? null : body.get("values")));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("processInstanceId", receipt.processInstanceId());
    answer.put("caseNumber", receipt.caseNumber());
    answer.put("link", receipt.link());
    return ResponseEntity.created(URI.create("/ny/kvitto/" + receipt.processInstanceId())).body(answer);
  }

  private static Map<String, Object> form(FormView view) {
    return Map.of("id", view.formId(), "components", components(view.components()));
  }

  private static List<Map<String, Object>> components(List<FormView.Item> items) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (FormView.Item item : items) {
      Map<String, Object> component = new LinkedHashMap<>();
      component.put("id", item.id());
      component.put("type", item.type());
      if ("text".equals(item.type())) {
        component.put("html", item.html());
      } else {
        component.put("key", item.key());
        component.put("label", item.label());
        component.put("description", item.description());
        component.put("required", item.required());
        component.put("readonly", item.readonly());
        if (!item.choices().isEmpty() || List.of("select", "radio", "checklist").contains(item.type())) {
          component.put("options", item.choices().stream()
              .map(choice -> Map.of("value", choice.value(), "label", choice.label())).toList());
        }
        putIfSet(component, "minLength", item.minLength());
        putIfSet(component, "maxLength", item.maxLength());
        putIfSet(component, "min", item.min());
        putIfSet(component, "max", item.max());
      }
      component.put("hidden", item.hidden());
      if (!item.components().isEmpty()) {
        component.put("components", components(item.components()));
      }
      list.add(component);
    }
    return list;
  }

  private static Map<String, Object> values(List<FormView.Item> items, Map<String, Object> values) {
    for (FormView.Item item : items) {
      if (item.key() != null) {
        values.put(item.key(), switch (item.type()) {
          case "checkbox" -> item.checked();
          case "checklist" -> item.choices().stream().filter(FormView.Choice::selected).map(FormView.Choice::value)
              .toList();
          case "radio", "select" -> item.choices().stream().filter(FormView.Choice::selected)
              .map(FormView.Choice::value).findFirst().orElse(null);
          default -> item.value() == null || item.value().isEmpty() ? null : item.value();
        });
      }
      values(item.components(), values);
    }
    return values;
  }

  private static void putIfSet(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
