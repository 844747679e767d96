package se.samverka.annualwork.web;

import java.util.Comparator;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.annualwork.AasCourses;
import se.samverka.annualwork.AasCourses.NotFound;
import se.samverka.licensing.Premises;
import se.samverka.licensing.PremisesRegister;
import se.samverka.workflow.EngineClock;

/**
 * The AAS courses of a year as a page, where the officer registers participants and their written-test results: the
 * names stay in Samverka's AAS register and never pass through a task form. Alcohol licensing officers only.
 */
@Controller
@PreAuthorize(AasApiController.OFFICERS)
class AasPageController {

  static final Map<String, String> ROLE_LABELS = Map.of("serveringspersonal", "Serveringspersonal",
      "serveringsansvarig", "Serveringsansvarig", "agare", "Ägare", "ordningsvakt", "Ordningsvakt",
      "entrevard", "Entrévärd");

  private final AasCourses courses;
  private final PremisesRegister premises;

  AasPageController(AasCourses courses, PremisesRegister premises) {
    this.courses = courses;
    this.premises = premises;
  }

  @GetMapping("/aas-kurser")
  String courses(@RequestParam(name = "ar", required = false) Integer year, Model model) {
    int shown = year == null || year < 2000 || year > 2999 ? EngineClock.today().getYear() : year;
    var register = premises.all();
    model.addAttribute("year", shown);
    model.addAttribute("courses", courses.courses(shown));
    model.addAttribute("premises", register.stream().sorted(Comparator.comparing(Premises::name)).toList());
    model.addAttribute("premisesNames", register.stream()
        .collect(java.util.stream.Collectors.toMap(Premises::id, Premises::name)));
    model.addAttribute("roles", AasCourses.ROLES);
    model.addAttribute("roleLabels", ROLE_LABELS);
    return "aas-kurser";
  }

  @PostMapping("/aas-kurser/{courseId}/deltagare")
  String register(@PathVariable String courseId, @RequestParam int ar, @RequestParam(required = false) String name,
      @RequestParam(required = false) String premisesId, @RequestParam(required = false) String role,
      RedirectAttributes redirect) {
    try {
      var participant = courses.register(courseId, name, premisesId, role);
      redirect.addFlashAttribute("meddelande", participant.name() + " är registrerad på kursen.");
    } catch (IllegalArgumentException | NotFound e) {
      redirect.addFlashAttribute("fel", e.getMessage());
    }
    return "redirect:/aas-kurser?ar=" + ar + "#kurs-" + courseId;
  }

  @PostMapping("/aas-kurser/deltagare/{participantId}/resultat")
  String result(@PathVariable String participantId, @RequestParam int ar, @RequestParam String courseId,
      @RequestParam(required = false) String passed, @RequestParam(required = false) String diplomaNumber,
      RedirectAttributes redirect) {
    try {
      Boolean result = passed == null ? null : "ja".equals(passed);
      var participant = courses.recordResult(participantId, result, diplomaNumber);
      redirect.addFlashAttribute("meddelande", "Resultatet för " + participant.name() + " är sparat.");
    } catch (IllegalArgumentException | NotFound e) {
      redirect.addFlashAttribute("fel", e.getMessage());
    } catch (DuplicateKeyException e) {
      redirect.addFlashAttribute("fel", "Diplomnumret är redan utfärdat till en annan deltagare");
    }
    return "redirect:/aas-kurser?ar=" + ar + "#kurs-" + courseId;
  }
}
