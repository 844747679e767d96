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
import se.samverka.work.EnteredValues;
import se.samverka.work.FormRefused;
import se.samverka.work.Forms;
import se.samverka.work.StartForms;
import se.samverka.workflow.SubmissionGate.Problem;

/**
 * Starting a process: {@code /ny} lists the start forms of the caller's groups, {@code /ny/{processKey}} shows one and
 * starts the process (then redirects to the receipt, so a reload starts nothing twice), {@code /ny/kvitto/{id}} shows
 * the case number and the link to the case to the user who started it. Every signed-in user may ask; the engine's
 * start permissions decide which processes they see.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class StartPageController {

  private final StartForms starts;
  private final Forms forms;

  StartPageController(StartForms starts, Forms forms) {
    this.starts = starts;
    this.forms = forms;
  }

  @GetMapping("/ny")
  String list(Model model) {
    model.addAttribute("processes", starts.startable());
    return "ny";
  }

  @GetMapping("/ny/{processKey}")
  String form(@PathVariable String processKey, Model model) {
    return page(model, starts.require(processKey), null, List.of());
  }

  @PostMapping("/ny/{processKey}")
  String start(@PathVariable String processKey, @RequestParam(name = "atgard", defaultValue = "starta") String action,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    StartForms.Startable process = starts.require(processKey);
    EnteredValues entered = EnteredValues.fromParameters(starts.form(process), request.getParameterMap());
    if ("uppdatera".equals(action)) {
      return page(model, process, entered.values(), List.of());
    }
    try {
      StartForms.Receipt receipt = starts.start(processKey, entered);
      return "redirect:/ny/kvitto/" + receipt.processInstanceId();
    } catch (FormRefused refused) {
      response.setStatus(400);
      return page(model, process, refused.entered(), refused.problems());
    }
  }

  @GetMapping("/ny/kvitto/{processInstanceId}")
  String receipt(@PathVariable String processInstanceId, Model model) {
    StartForms.Receipt receipt = starts.receipt(processInstanceId);
    model.addAttribute("receipt", receipt);
    model.addAttribute("started", Pages.time(receipt.started()));
    return "kvitto";
  }

  /** For the page's script: which components to hide for what is entered now. Nothing is stored. */
  @PostMapping(path = "/ny/{processKey}/villkor", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  Map<String, Set<String>> conditions(@PathVariable String processKey, HttpServletRequest request) {
    return Map.of("hidden", starts.hidden(processKey, request.getParameterMap()));
  }

  private String page(Model model, StartForms.Startable process, Map<String, Object> entered,
      List<Problem> problems) {
    model.addAttribute("process", process);
    model.addAttribute("form", forms.view(starts.form(process), Map.of(), entered, problems, true));
    model.addAttribute("action", "/ny/" + process.key());
    model.addAttribute("conditionsUrl", "/ny/" + process.key() + "/villkor");
    return "ny-formular";
  }
}
