package se.samverka.licensing.web;

import java.time.LocalDate;
import java.util.Comparator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.licensing.Premises;
import se.samverka.licensing.PremisesRegister;
import se.samverka.licensing.RestaurantReports;
import se.samverka.security.Agencies;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.FormValues;
import se.samverka.workflow.InvalidFormInput;

/**
 * The restaurant reports of a year as a page: which permanent licences have reported, and a form to register a report
 * that came in. The supervising agencies may read it; only the alcohol licensing officers register.
 */
@Controller
class RestaurantReportPageController {

  private final RestaurantReports reports;
  private final PremisesRegister premises;
  private final Agencies agencies;

  RestaurantReportPageController(RestaurantReports reports, PremisesRegister premises, Agencies agencies) {
    this.reports = reports;
    this.premises = premises;
    this.agencies = agencies;
  }

  @GetMapping("/restaurangrapporter")
  @SupervisionAccess.Readers
  String reports(@RequestParam(name = "ar", required = false) Integer year, Model model) {
    int shown = year == null || year < 2000 || year >= EngineClock.today().getYear()
        ? EngineClock.today().getYear() - 1 : year;
    var received = reports.received(shown);
    var permanent = premises.all().stream().filter(p -> "stadigvarande".equals(p.licenceType()))
        .sorted(Comparator.comparing(Premises::name)).toList();
    model.addAttribute("year", shown);
    model.addAttribute("latestYear", EngineClock.today().getYear() - 1);
    model.addAttribute("premises", permanent);
    model.addAttribute("received", received);
    model.addAttribute("missing", permanent.stream().filter(p -> !received.containsKey(p.id())).count());
    model.addAttribute("today", EngineClock.today());
    return "restaurangrapporter";
  }

  @PostMapping("/restaurangrapporter/{premisesId}")
  @SupervisionAccess.Writers
  String register(@PathVariable String premisesId, @RequestParam int ar,
      @RequestParam(required = false) String receivedOn, RedirectAttributes redirect) {
    String userId = agencies.actingUserId();
    try {
      LocalDate day = FormValues.requiredDate(receivedOn, "Datum då rapporten kom in");
      String name = premises.find(premisesId).map(Premises::name).orElse(premisesId);
      boolean added = reports.register(premisesId, ar, day, userId);
      redirect.addFlashAttribute("meddelande", added
          ? "Restaurangrapporten för " + ar + " från " + name + " är registrerad."
          : name + " hade redan en registrerad rapport för " + ar + ".");
    } catch (InvalidFormInput | IllegalArgumentException e) {
      redirect.addFlashAttribute("fel", e.getMessage());
    }
    return "redirect:/restaurangrapporter?ar=" + ar;
  }
}
