package se.samverka.cases.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.samverka.cases.CaseService;
import se.samverka.cases.Deadlines;
import se.samverka.cases.IdentityNumber;
import se.samverka.workflow.EngineClock;

/**
 * The case page: what the signed-in user's agency may see of one case, linked from every task form in Tasklist (the
 * engine holds no personal data, so this is where the caseworker reads who the case is about).
 */
@Controller
class CasePageController {

  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

  /** Names of the case types for people; a type without a name here is shown by its key. */
  static final Map<String, String> CASE_TYPES = Map.of("sspf-arende", "SSPF-ärende", "orosanmalan", "Orosanmälan",
      "linkopingsmodellen", "Hembesök (Linköpingsmodellen)", "strangnasmodellen", "Orosbesök (Strängnäsmodellen)");

  private final CaseService cases;
  private final Deadlines deadlines;

  CasePageController(CaseService cases, Deadlines deadlines) {
    this.cases = cases;
    this.deadlines = deadlines;
  }

  @GetMapping("/arenden/{caseId}")
  String casePage(@PathVariable String caseId, Model model) {
    var view = cases.view(caseId);
    model.addAttribute("view", view);
    model.addAttribute("typeName", CASE_TYPES.getOrDefault(view.caseRecord().caseType(), view.caseRecord().caseType()));
    model.addAttribute("deadlines", deadlines.ofCase(caseId));
    model.addAttribute("time", TIME);
    if (view.person() != null && view.person().identityNumber() != null) {
      model.addAttribute("identityNumber",
          IdentityNumber.parse(view.person().identityNumber(), EngineClock.today()).formatted(EngineClock.today()));
    }
    return "arende";
  }
}
