package se.samverka.work.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.errors.Conflict;
import se.samverka.errors.InvalidInput;
import se.samverka.work.EnteredValues;
import se.samverka.work.FormRefused;
import se.samverka.work.Forms;
import se.samverka.work.TaskWork;
import se.samverka.workflow.SubmissionGate.Problem;

/**
 * The task page {@code /uppgifter/{taskId}}: the task, its case, who works it, and its form rendered on the server.
 * Every signed-in user may ask; only a candidate or the assignee sees the task ({@link TaskWork} answers 404 to anyone
 * else). Without JavaScript, "Uppdatera formuläret" shows the form again for what was entered; with it,
 * {@code /js/formular.js} asks {@code …/villkor} which fields to hide.
 */
@Controller("taskFormPageController") // tasklist.web.TaskPageController is "taskPageController"
@PreAuthorize("isAuthenticated()")
class TaskPageController {

  private final TaskWork work;
  private final Forms forms;

  TaskPageController(TaskWork work, Forms forms) {
    this.work = work;
    this.forms = forms;
  }

  @GetMapping("/uppgifter/{taskId}")
  String task(@PathVariable String taskId, Model model) {
    return page(model, work.open(taskId), null, List.of(), null);
  }

  @PostMapping("/uppgifter/{taskId}")
  String submit(@PathVariable String taskId, @RequestParam(name = "atgard", defaultValue = "slutfor") String action,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    var form = work.formOf(taskId);
    EnteredValues entered = EnteredValues.fromParameters(form, request.getParameterMap());
    if ("uppdatera".equals(action)) {
      return page(model, work.open(taskId), entered.values(), List.of(), null);
    }
    try {
      work.complete(taskId, entered);
      return "redirect:/uppgifter/" + taskId + "/klar";
    } catch (FormRefused refused) {
      response.setStatus(400);
      return page(model, work.open(taskId), refused.entered(), refused.problems(), null);
    } catch (Conflict conflict) {
      response.setStatus(409);
      return page(model, work.open(taskId), entered.values(), List.of(), conflict.getMessage());
    }
  }

  @PostMapping("/uppgifter/{taskId}/ta")
  String claim(@PathVariable String taskId, HttpServletResponse response, Model model, RedirectAttributes flash) {
    try {
      work.claim(taskId);
    } catch (Conflict conflict) {
      response.setStatus(409);
      return page(model, work.open(taskId), null, List.of(), conflict.getMessage());
    }
    flash.addFlashAttribute("meddelande", "Du har tagit uppgiften.");
    return "redirect:/uppgifter/" + taskId;
  }

  @PostMapping("/uppgifter/{taskId}/lamna-tillbaka")
  String unclaim(@PathVariable String taskId, HttpServletResponse response, Model model, RedirectAttributes flash) {
    try {
      work.unclaim(taskId);
    } catch (Conflict conflict) {
      response.setStatus(409);
      return page(model, work.open(taskId), null, List.of(), conflict.getMessage());
    }
    flash.addFlashAttribute("meddelande", "Du har lämnat tillbaka uppgiften till gruppen.");
    return "redirect:/uppgifter/" + taskId;
  }

  @PostMapping("/uppgifter/{taskId}/lamna-over")
  String assign(@PathVariable String taskId, @RequestParam(name = "anvandare", required = false) String colleague,
      HttpServletResponse response, Model model, RedirectAttributes flash) {
    try {
      work.assign(taskId, colleague);
    } catch (Conflict conflict) {
      response.setStatus(409);
      return page(model, work.open(taskId), null, List.of(), conflict.getMessage());
    } catch (InvalidInput invalid) {
      response.setStatus(400);
      model.addAttribute("overlamningsfel", invalid.getMessage());
      return page(model, work.open(taskId), null, List.of(), null);
    }
    var task = work.open(taskId);
    flash.addFlashAttribute("meddelande", "Uppgiften är överlämnad till " + task.assigneeName() + ".");
    return "redirect:/uppgifter/" + taskId;
  }

  @GetMapping("/uppgifter/{taskId}/klar")
  String completed(@PathVariable String taskId, Model model) {
    model.addAllAttributes(work.completed(taskId));
    return "uppgift-klar";
  }

  /** For the page's script: which components to hide for what is entered now. Nothing is stored. */
  @PostMapping(path = "/uppgifter/{taskId}/villkor", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  Map<String, Set<String>> conditions(@PathVariable String taskId, HttpServletRequest request) {
    return Map.of("hidden", work.hidden(taskId, request.getParameterMap()));
  }

  private String page(Model model, TaskWork.TaskView task, Map<String, Object> entered, List<Problem> problems,
      String message) {
    boolean editable = task.holder() != TaskWork.Holder.OTHER;
    model.addAttribute("task", task);
    model.addAttribute("due", Pages.day(task.due()));
    model.addAttribute("created", Pages.time(task.created()));
    model.addAttribute("form", forms.view(task.form(), task.variables(), entered, problems, editable));
    model.addAttribute("action", "/uppgifter/" + task.id());
    model.addAttribute("conditionsUrl", "/uppgifter/" + task.id() + "/villkor");
    if (message != null) {
      model.addAttribute("fel", message);
    }
    return "uppgift";
  }
}
