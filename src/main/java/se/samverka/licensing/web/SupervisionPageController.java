package se.samverka.licensing.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.samverka.licensing.SupervisionPlans;
import se.samverka.licensing.Supervisions;
import se.samverka.workflow.EngineClock;

/** Supervisions and the yearly plan as pages, for the agencies that take part in supervision. */
@Controller
@SupervisionAccess.Readers
class SupervisionPageController {

  private final Supervisions supervisions;
  private final SupervisionPlans plans;

  SupervisionPageController(Supervisions supervisions, SupervisionPlans plans) {
    this.supervisions = supervisions;
    this.plans = plans;
  }

  @GetMapping("/tillsyn")
  String supervisions(Model model) {
    model.addAttribute("supervisions", supervisions.all());
    model.addAttribute("year", EngineClock.today().getYear());
    return "tillsyn";
  }

  @GetMapping("/tillsyn/plan/{year}")
  String plan(@PathVariable int year, Model model) {
    model.addAttribute("year", year);
    model.addAttribute("plan", plans.plan(year));
    model.addAttribute("sentOn", plans.sentOn(year).orElse(null));
    return "tillsynsplan";
  }
}
