package se.samverka.security.web;

import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.samverka.security.Agencies;

/**
 * The login page and the start page after login, which leads on to the user's tasks: the queues and their counts come
 * from the task list's read model through the navigation in the model ({@code navigering}), never from the engine's
 * task query.
 */
@Controller
class StartController {

  private final Agencies agencies;
  /** EST's reporting units and its meeting (the followup module checks the same groups on its pages). */
  private final List<String> estGroups;

  StartController(Agencies agencies, org.springframework.core.env.Environment environment) {
    this.agencies = agencies;
    List<String> estUnits = org.springframework.boot.context.properties.bind.Binder.get(environment)
        .bind("samverka.est.units", org.springframework.boot.context.properties.bind.Bindable.listOf(String.class))
        .orElse(List.of());
    this.estGroups = java.util.stream.Stream.concat(estUnits.stream(), java.util.stream.Stream.of("trygghetssamordnare"))
        .toList();
  }

  @GetMapping("/login")
  String login() {
    return "login";
  }

  @GetMapping("/")
  String start(Model model) {
    var user = agencies.requireCurrent();
    model.addAttribute("user", user.userId());
    model.addAttribute("groups", String.join(", ", user.groups()));
    model.addAttribute("agency", user.agency());
    model.addAttribute("cockpit", user.isMemberOf(Groups.CAMUNDA_ADMIN));
    model.addAttribute("admin", user.isMemberOf(Groups.CAMUNDA_ADMIN));
    // The groups that take part in alcohol supervision (the licensing module checks the same list on its pages).
    model.addAttribute("tillsyn", java.util.stream.Stream.of("alkoholhandlaggare", "polis", "raddningstjanst", "chef",
        Groups.CAMUNDA_ADMIN).anyMatch(user::isMemberOf));
    model.addAttribute("aas", user.isMemberOf("alkoholhandlaggare"));
    // Local BRÅ and the lägesbild (the followup module checks the same groups on its pages).
    boolean bra = java.util.stream.Stream.of("trygghetssamordnare", "styrgrupp", "polis").anyMatch(user::isMemberOf);
    model.addAttribute("bra", bra);
    model.addAttribute("braFragor", user.isMemberOf("trygghetssamordnare") || user.isMemberOf("styrgrupp"));
    model.addAttribute("est", estGroups.stream().anyMatch(user::isMemberOf));
    return "start";
  }
}
