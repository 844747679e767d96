package se.samverka.followup.bra.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.samverka.agreement.Agreements;
import se.samverka.agreement.District;
import se.samverka.followup.LocalBraMeetings;
import se.samverka.followup.bra.BraLokalProcess;
import se.samverka.followup.bra.Quarters;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.Labels;

/**
 * The local BRÅ meetings of a quarter, district by district, and the questions they raised to central BRÅ. Read only:
 * the meetings are documented in their tasks. A quarter or district that does not exist gives the page again, answered
 * 400, with the Swedish message next to the filter. Notes are the working material of local BRÅ: the coordinator, the
 * steering group (central BRÅ) and the police, who take part in every local BRÅ, read them; the questions page is
 * central BRÅ's (steering group and coordinator).
 */
@Controller
class BraPageController {

  static final String MEETING_READERS = "hasAnyAuthority('trygghetssamordnare', 'styrgrupp', 'polis')";
  static final String QUESTION_READERS = "hasAnyAuthority('styrgrupp', 'trygghetssamordnare')";

  private final LocalBraMeetings meetings;
  private final Agreements agreements;
  private final Labels labels;

  BraPageController(LocalBraMeetings meetings, Agreements agreements, Labels labels) {
    this.meetings = meetings;
    this.agreements = agreements;
    this.labels = labels;
  }

  /** A bad filter: the page again, answered 400, with the message next to its field. */
  record FilterError(String field, String message) {}

  static final String UNKNOWN_QUARTER = "Okänt kvartal: skriv kvartalet som ÅÅÅÅ-K1 till ÅÅÅÅ-K4, till exempel 2026-K4";
  static final String UNKNOWN_DISTRICT = "Kommundelen finns inte i överenskommelsen: välj en av kommundelarna i listan";

  @GetMapping("/bra/lokalt")
  @PreAuthorize(MEETING_READERS)
  String meetings(@RequestParam(name = "kvartal", required = false) String quarter,
      @RequestParam(name = "kommundel", required = false) String district, Model model,
      HttpServletResponse response) {
    Optional<String> parsed = quarter(quarter);
    Optional<District> only = district == null || district.isEmpty() ? Optional.empty() : agreements.district(district);
    FilterError error = parsed.isEmpty() ? new FilterError("kvartal", UNKNOWN_QUARTER)
        : district != null && !district.isEmpty() && only.isEmpty() ? new FilterError("kommundel", UNKNOWN_DISTRICT)
        : null;
    if (error != null) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      only = Optional.empty();
    }
    String shown = parsed.orElse(Quarters.of(EngineClock.today()));
    String selected = only.map(District::code).orElse("");
    model.addAttribute("quarter", shown);
    model.addAttribute("previous", Quarters.previous(shown));
    model.addAttribute("next", Quarters.next(shown));
    model.addAttribute("districts", agreements.districts());
    model.addAttribute("selected", selected);
    model.addAttribute("fel", error);
    model.addAttribute("rows", meetings.quarter(shown).stream()
        .filter(q -> selected.isEmpty() || q.district().code().equals(selected)).toList());
    model.addAttribute("organisations", labels.options(BraLokalProcess.PARTICIPANTS));
    return "bra-lokalt";
  }

  @GetMapping("/bra/fragor")
  @PreAuthorize(QUESTION_READERS)
  String questions(@RequestParam(name = "kvartal", required = false) String quarter, Model model,
      HttpServletResponse response) {
    Optional<String> parsed = quarter(quarter);
    if (parsed.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("fel", new FilterError("kvartal", UNKNOWN_QUARTER));
    }
    String shown = parsed.orElse(Quarters.of(EngineClock.today()));
    model.addAttribute("quarter", shown);
    model.addAttribute("previous", Quarters.previous(shown));
    model.addAttribute("next", Quarters.next(shown));
    model.addAttribute("questions", meetings.questionsRaised(shown));
    return "bra-fragor";
  }

  /** The quarter asked for (this quarter when none is); empty when it is not one. */
  private static Optional<String> quarter(String requested) {
    if (requested == null || requested.isEmpty()) {
      return Optional.of(Quarters.of(EngineClock.today()));
    }
    return Quarters.parse(requested);
  }
}
