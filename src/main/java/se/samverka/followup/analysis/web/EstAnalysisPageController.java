package se.samverka.followup.analysis.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.samverka.followup.analysis.AnalysisPeriod;
import se.samverka.followup.analysis.EstAnalyses;

/**
 * The EST analyses of tertials and years. They prioritise places and propose measures before the steering group has
 * decided, so only those who make and decide them read them: the safety coordinator, the police and the steering group;
 * not the reporting units (school, leisure, outside reporters) and no one else. A forged period is a Swedish 400, a
 * period without an analysis 404.
 */
@Controller
class EstAnalysisPageController {

  static final String READERS = "hasAnyAuthority('trygghetssamordnare', 'polis', 'styrgrupp')";
  static final String BAD_PERIOD = "Okänd period: skriv tertialen som ÅÅÅÅ-T1 till ÅÅÅÅ-T3 (till exempel 2026-T3) "
      + "eller året som ÅÅÅÅ";

  private final EstAnalyses analyses;

  EstAnalysisPageController(EstAnalyses analyses) {
    this.analyses = analyses;
  }

  @GetMapping("/est/analyser")
  @PreAuthorize(READERS)
  String list(Model model) {
    model.addAttribute("analyses", analyses.all());
    model.addAttribute("decided", analyses.latestDecided().orElse(null));
    return "est-analyser";
  }

  @GetMapping("/est/analyser/{period}")
  @PreAuthorize(READERS)
  String analysis(@PathVariable String period, Model model, HttpServletResponse response) {
    var parsed = AnalysisPeriod.parse(period);
    if (parsed.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("fel", BAD_PERIOD);
      return list(model);
    }
    model.addAttribute("analysis", analyses.of(parsed.get()));
    return "est-analys";
  }
}
