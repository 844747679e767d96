package se.samverka.followup.bra.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.samverka.errors.InvalidInput;
import se.samverka.errors.NotFound;
import se.samverka.followup.ActionPlans;
import se.samverka.followup.ActionPlans.ActionPlan;
import se.samverka.followup.bra.LagesbildSchedule;

/**
 * The decided lägesbilder and action plans of law 2023:196. The police's lägesbild is in them, so only those who make
 * them read them: the coordinator, the police and the steering group. The export of the measures as the activities of
 * the next agreement (YAML or JSON) is for the steering group and the coordinator, who draft the next agreement.
 */
@Controller
class LagesbildPageController {

  static final String READERS = "hasAnyAuthority('trygghetssamordnare', 'styrgrupp', 'polis')";
  static final String EXPORTERS = "hasAnyAuthority('styrgrupp', 'trygghetssamordnare')";
  static final String UNKNOWN_PERIOD = "Okänd period: skriv perioden som ÅÅÅÅ-ÅÅÅÅ, till exempel 2027-2028";
  private static final java.util.Set<String> EXPORTING_GROUPS = java.util.Set.of("styrgrupp", "trygghetssamordnare");

  private final ActionPlans plans;
  private final LagesbildSchedule schedule;

  LagesbildPageController(ActionPlans plans, LagesbildSchedule schedule) {
    this.plans = plans;
    this.schedule = schedule;
  }

  @GetMapping("/lagesbild")
  @PreAuthorize(READERS)
  String periods(Model model) {
    model.addAttribute("periods", plans.periods());
    return "lagesbild-perioder";
  }

  @GetMapping("/lagesbild/{period}")
  @PreAuthorize(READERS)
  String plan(@PathVariable String period, Model model, Authentication user, HttpServletResponse response) {
    if (schedule.parse(period).isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("fel", UNKNOWN_PERIOD);
      return periods(model);
    }
    ActionPlan plan = plan(period);
    model.addAttribute("plan", plan);
    model.addAttribute("decidedOn", plan.decidedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate());
    model.addAttribute("canExport", user.getAuthorities().stream()
        .anyMatch(a -> EXPORTING_GROUPS.contains(a.getAuthority())));
    return "lagesbild";
  }

  @GetMapping("/lagesbild/{period}/atgardsplan.yaml")
  @PreAuthorize(EXPORTERS)
  ResponseEntity<String> yaml(@PathVariable String period) {
    if (schedule.parse(period).isEmpty()) {
      return badPeriod();
    }
    return download(ActionPlans.activitiesYaml(plan(period)), "atgardsplan-" + period + ".yaml",
        new MediaType("application", "yaml", StandardCharsets.UTF_8));
  }

  @GetMapping("/lagesbild/{period}/atgardsplan.json")
  @PreAuthorize(EXPORTERS)
  ResponseEntity<String> json(@PathVariable String period) {
    if (schedule.parse(period).isEmpty()) {
      return badPeriod();
    }
    return download(ActionPlans.activitiesJson(plan(period)), "atgardsplan-" + period + ".json",
        new MediaType("application", "json", StandardCharsets.UTF_8));
  }

  private static ResponseEntity<String> badPeriod() {
    return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
        .body(UNKNOWN_PERIOD);
  }

  private ActionPlan plan(String period) {
    String valid = schedule.parse(period).orElseThrow(() -> new InvalidInput(UNKNOWN_PERIOD));
    return plans.plan(valid).orElseThrow(() -> new NotFound("Ingen åtgärdsplan är beslutad för perioden " + valid));
  }

  private static ResponseEntity<String> download(String body, String fileName, MediaType type) {
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
        .body(body);
  }
}
