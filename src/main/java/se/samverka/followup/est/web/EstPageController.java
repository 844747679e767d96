package se.samverka.followup.est.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.followup.est.EstPictures;
import se.samverka.followup.est.EstPictures.ActionInput;
import se.samverka.followup.est.EstReports;
import se.samverka.followup.est.EstReports.IncidentInput;
import se.samverka.followup.est.EstWeek;
import se.samverka.followup.est.InvalidEstInput;
import se.samverka.followup.est.persistence.EstRepository.Incident;
import se.samverka.security.CurrentUser;

/**
 * The EST pages. Who may use them:
 * <ul>
 *   <li>{@code /est/rapportera} (report, list and correct the unit's incidents of the open weeks): members of a
 *   reporting unit's group ({@code samverka.est.units}), for their own unit only; anyone else 403, another unit's
 *   report 404.</li>
 *   <li>{@code /est/veckor}, {@code /est/veckor/{vecka}} and its CSV: the meeting (trygghetssamordnare, polis) every
 *   week; a reporting unit only published weeks (an unpublished or unknown week is 404); anyone else 403.</li>
 *   <li>{@code POST /est/veckor/{vecka}/insatser}: the meeting only, while the week's meeting is open.</li>
 *   <li>{@code /est/insatser}: the meeting sees every action, a unit its own unit's; anyone else 403.</li>
 * </ul>
 */
@Controller
class EstPageController {

  private final EstReports reports;
  private final EstPictures pictures;
  private final EstAccess access;

  EstPageController(EstReports reports, EstPictures pictures, EstAccess access) {
    this.access = access;
    this.reports = reports;
    this.pictures = pictures;
  }

  @GetMapping("/est")
  String start() {
    CurrentUser user = access.participant();
    return reports.isReporter(user) && !EstPictures.isMeetingMember(user)
        ? "redirect:/est/rapportera" : "redirect:/est/veckor";
  }

  // --- the unit's reports ---

  @GetMapping("/est/rapportera")
  String reportPage(Model model) {
    CurrentUser user = access.reporter();
    reportModel(model, user, null, new HashMap<>());
    return "est-rapportera";
  }

  @PostMapping("/est/rapportera")
  String report(IncidentForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
    CurrentUser user = access.reporter();
    try {
      reports.report(user, form.input());
      redirect.addFlashAttribute("meddelande", "Händelsen är rapporterad till EST för " + reports.currentWeek().label()
          + ".");
      return "redirect:/est/rapportera";
    } catch (InvalidEstInput e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return refused(model, user, null, form, e);
    }
  }

  @GetMapping("/est/rapportera/{id}")
  String editPage(@PathVariable String id, Model model) {
    CurrentUser user = access.reporter();
    Incident incident = reports.own(user, id);
    if (!reports.isOpen(incident.week())) {
      throw new se.samverka.errors.NotFound("Rapporten kan inte längre ändras: veckans lägesbild är sammanställd");
    }
    reportModel(model, user, incident, IncidentForm.of(incident).values());
    return "est-rapportera";
  }

  @PostMapping("/est/rapportera/{id}")
  String correct(@PathVariable String id, IncidentForm form, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    CurrentUser user = access.reporter();
    Incident incident = reports.own(user, id);
    try {
      reports.correct(user, id, form.input());
      redirect.addFlashAttribute("meddelande", "Rapporten är ändrad.");
      return "redirect:/est/rapportera";
    } catch (InvalidEstInput e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return refused(model, user, incident, form, e);
    }
  }

  private String refused(Model model, CurrentUser user, Incident editing, IncidentForm form, InvalidEstInput e) {
    reportModel(model, user, editing, form.values());
    model.addAttribute("fel", e.getMessage());
    model.addAttribute("felFalt", e.field() == null ? "" : e.field());
    return "est-rapportera";
  }

  private void reportModel(Model model, CurrentUser user, Incident editing, Map<String, String> values) {
    var week = reports.currentWeek();
    model.addAttribute("week", week);
    model.addAttribute("units", reports.unitsOf(user));
    model.addAttribute("unitNames", reports.units());
    model.addAttribute("categories", reports.categories());
    model.addAttribute("categoryNames", categoryNames());
    model.addAttribute("districts", reports.districts());
    model.addAttribute("districtNames", districtNames());
    model.addAttribute("editing", editing);
    model.addAttribute("values", values);
    model.addAttribute("felFalt", "");
    var own = new java.util.ArrayList<Incident>();
    // The open weeks: the week being reported (until its picture is compiled) and the current one.
    if (reports.isOpen(week.previous().key())) {
      own.addAll(reports.ownReports(user, week.previous().key()));
    }
    own.addAll(reports.ownReports(user, week.key()));
    model.addAttribute("own", own);
  }

  // --- the week's picture ---

  @GetMapping("/est/veckor")
  String weeks(Model model) {
    CurrentUser user = access.participant();
    var weeks = pictures.visibleWeeks(user);
    model.addAttribute("weeks", weeks);
    var labels = new HashMap<String, String>();
    weeks.forEach(w -> labels.put(w.week(), EstWeek.parse(w.week()).label()));
    model.addAttribute("weekLabels", labels);
    model.addAttribute("meeting", EstPictures.isMeetingMember(user));
    return "est-veckor";
  }

  @GetMapping("/est/veckor/{week}")
  String week(@PathVariable String week, Model model) {
    CurrentUser user = access.participant();
    var shown = pictures.visibleWeek(user, week);
    EstWeek estWeek = EstWeek.parse(shown.week());
    model.addAttribute("week", shown);
    model.addAttribute("estWeek", estWeek);
    model.addAttribute("figures", pictures.figures(estWeek));
    model.addAttribute("unitReports", pictures.unitReports(shown.week()));
    model.addAttribute("statusLabels", Map.of("rapporterat", "Rapporterat", "inga-handelser", "Inga händelser",
        "ingen-rapport", "Ingen rapport"));
    model.addAttribute("actions", pictures.actions(shown.week()));
    model.addAttribute("earlierActions", pictures.actionsSinceLastWeek(estWeek));
    model.addAttribute("readers", pictures.reads(shown.week()).stream()
        .map(r -> reports.unitName(r.unit())).toList());
    model.addAttribute("unitNames", reports.units());
    model.addAttribute("meeting", EstPictures.isMeetingMember(user));
    model.addAttribute("meetingOpen", EstPictures.isMeetingMember(user) && pictures.meetingOpen(shown));
    model.addAttribute("resultLabels", RESULT_LABELS);
    if (!model.containsAttribute("values")) {
      model.addAttribute("values", Map.of());
    }
    if (!model.containsAttribute("felFalt")) {
      model.addAttribute("felFalt", "");
    }
    return "est-vecka";
  }

  @GetMapping("/est/veckor/{week}.csv")
  void csv(@PathVariable String week, HttpServletResponse response) throws IOException {
    CurrentUser user = access.participant();
    var shown = pictures.visibleWeek(user, week);
    var figures = pictures.figures(EstWeek.parse(shown.week()));
    var csv = new StringBuilder("vecka;kommundel;kategori;antal;medel foregaende veckor;trend\n");
    for (var c : figures.cells()) {
      csv.append(shown.week()).append(';').append(c.districtName()).append(';').append(c.categoryName()).append(';')
          .append(c.count()).append(';').append(c.meanText()).append(';').append(c.trend()).append('\n');
    }
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"est-" + shown.week() + ".csv\"");
    response.getOutputStream().write(csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  @PostMapping("/est/veckor/{week}/insatser")
  String decide(@PathVariable String week, @RequestParam(required = false) String place,
      @RequestParam(required = false) String problem, @RequestParam(required = false) String action,
      @RequestParam(required = false) String unit, @RequestParam(required = false) String dueDate, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    CurrentUser user = access.participant();
    try {
      pictures.decide(user, week, new ActionInput(place, problem, action, unit, dueDate));
      redirect.addFlashAttribute("meddelande", "Insatsen är registrerad. Den går till enheten när mötet är avslutat.");
      return "redirect:/est/veckor/" + EstWeek.parse(week).key() + "#beslut";
    } catch (InvalidEstInput e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("fel", e.getMessage());
      model.addAttribute("felFalt", e.field() == null ? "" : e.field());
      var values = new HashMap<String, String>();
      put(values, "place", place);
      put(values, "problem", problem);
      put(values, "action", action);
      put(values, "unit", unit);
      put(values, "dueDate", dueDate);
      model.addAttribute("values", values);
      return week(week, model);
    }
  }

  @PostMapping("/est/veckor/{week}/insatser/{id}/ta-bort")
  String withdraw(@PathVariable String week, @PathVariable String id, RedirectAttributes redirect) {
    CurrentUser user = access.participant();
    pictures.withdraw(user, week, id);
    redirect.addFlashAttribute("meddelande", "Insatsen är borttagen.");
    return "redirect:/est/veckor/" + EstWeek.parse(week).key() + "#beslut";
  }

  // --- the actions ---

  @GetMapping("/est/insatser")
  String actions(Model model) {
    CurrentUser user = access.participant();
    model.addAttribute("actions", pictures.visibleActions(user));
    model.addAttribute("unitNames", reports.units());
    model.addAttribute("resultLabels", RESULT_LABELS);
    model.addAttribute("meeting", EstPictures.isMeetingMember(user));
    return "est-insatser";
  }

  static final Map<String, String> RESULT_LABELS = Map.of("genomford", "Genomförd", "ej-genomford", "Inte genomförd");

  private Map<String, String> categoryNames() {
    var names = new HashMap<String, String>();
    reports.categories().forEach(c -> names.put(c.code(), c.name()));
    return names;
  }

  private Map<String, String> districtNames() {
    var names = new HashMap<String, String>();
    reports.districts().forEach(d -> names.put(d.code(), d.name()));
    return names;
  }

  private static void put(Map<String, String> values, String key, String value) {
    if (value != null) {
      values.put(key, value.length() > 2000 ? value.substring(0, 2000) : value);
    }
  }


  /** The fields of the report form, as the browser sends them. */
  record IncidentForm(String unit, String category, String district, String place, String occurredAt,
      String severity, String recurring, String description) {

    IncidentInput input() {
      return new IncidentInput(unit, category, district, place, occurredAt, severity, recurring, description);
    }

    static IncidentForm of(Incident i) {
      return new IncidentForm(i.unit(), i.category(), i.district(), i.place(), i.occurredAt().toString(),
          String.valueOf(i.severity()), i.recurring() ? "ja" : "nej", i.description());
    }

    /** What the form shows again after a refusal (long input cut, never echoed in full). */
    Map<String, String> values() {
      var values = new HashMap<String, String>();
      put(values, "unit", unit);
      put(values, "category", category);
      put(values, "district", district);
      put(values, "place", place);
      put(values, "occurredAt", occurredAt);
      put(values, "severity", severity);
      put(values, "recurring", recurring);
      put(values, "description", description);
      return values;
    }
  }
}
