package se.samverka.licensing.web;

import java.util.Comparator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.samverka.licensing.Premises;
import se.samverka.licensing.PremisesRegister;

/** The premises register as a page, filterable by district. */
@Controller
class PremisesPageController {

  private final PremisesRegister register;

  PremisesPageController(PremisesRegister register) {
    this.register = register;
  }

  @GetMapping("/serveringsstallen")
  String premises(@RequestParam(required = false) String kommundel, Model model) {
    var all = register.all();
    model.addAttribute("districts", all.stream().map(Premises::district).distinct().sorted().toList());
    model.addAttribute("district", kommundel);
    model.addAttribute("premises", all.stream()
        .filter(p -> kommundel == null || kommundel.isBlank() || p.district().equals(kommundel))
        .sorted(Comparator.comparing(Premises::name)).toList());
    return "serveringsstallen";
  }
}
