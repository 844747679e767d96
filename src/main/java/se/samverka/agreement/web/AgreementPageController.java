package se.samverka.agreement.web;

import java.time.LocalDate;
import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeParseException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.samverka.agreement.Agreement;
import se.samverka.agreement.Agreements;
import se.samverka.errors.InvalidInput;
import se.samverka.errors.NotFound;
import se.samverka.workflow.Labels;

/**
 * The agreement as it is loaded ({@code /overenskommelse}): the one in force, or another loaded period chosen by its
 * first day ({@code ?period=2023-06-21}; an unknown one is 404, a malformed one the agreement in force with the error,
 * 400). The agreement is public in the municipality; every signed-in user reads it.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class AgreementPageController {

  private final Agreements agreements;
  private final Labels labels;

  AgreementPageController(Agreements agreements, Labels labels) {
    this.agreements = agreements;
    this.labels = labels;
  }

  @GetMapping("/overenskommelse")
  String agreement(@RequestParam(name = "period", required = false) String period, Model model,
      HttpServletResponse response) {
    Agreement current = agreements.current();
    Agreement shown = current;
    if (period != null && !period.isBlank()) {
      try {
        shown = agreements.startingOn(day(period))
            .orElseThrow(() -> new NotFound("Ingen inläst överenskommelse börjar den dagen."));
      } catch (InvalidInput e) {
        // A hand-made address: the agreement in force, with what was wrong (400), never the input itself.
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("fel", e.getMessage());
      }
    }
    model.addAttribute("agreement", shown);
    model.addAttribute("inForce", shown == current);
    model.addAttribute("current", current);
    model.addAttribute("all", agreements.all());
    model.addAttribute("labels", labels);
    model.addAttribute("processes", new ProcessNames(labels));
    return "overenskommelse";
  }

  static LocalDate day(String text) {
    if (text.length() > 10) {
      throw new InvalidInput("Perioden anges med sin första dag, t.ex. 2023-06-21");
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInput("Perioden anges med sin första dag, t.ex. 2023-06-21");
    }
  }
}
