package se.samverka.followup.bra.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.samverka.agreement.Agreements;
import se.samverka.agreement.District;
import se.samverka.errors.InvalidInput;
import se.samverka.followup.LocalBraMeetings;
import se.samverka.followup.bra.BraLokalProcess;
import se.samverka.followup.bra.Quarters;
import se.samverka.workflow.EngineClock;
import se.samverka.workflow.Labels;

/**
 * The local BRÅ meetings of a quarter, district by district, and the questions they raised to central BRÅ. Read only:
 * the meetings are documented in their tasks. Notes are the working material of local BRÅ: the coordinator, the
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

  @GetMapping("/bra/lokalt")
  @PreAuthorize(MEETING_READERS)
  String meetings(@RequestParam(name = "kvartal", required = false) String quarter,
      @RequestParam(name = "kommundel", required = false) String district, Model model) {
    String shown = quarter(quarter);
    District only = district == null || district.isEmpty() ? null : agreements.district(district)
        .orElseThrow(() -> new InvalidInput("Kommundelen finns inte i överenskommelsen: välj en av kommundelarna i "
            + "listan"));
    model.addAttribute("quarter", shown);
    model.addAttribute("previous", Quarters.previous(shown));
    model.addAttribute("next", Quarters.next(shown));
    model.addAttribute("districts", agreements.districts());
    model.addAttribute("selected", only == null ? "" : only.code());
    model.addAttribute("rows", meetings.quarter(shown).stream()
        .filter(q -> only == null || q.district().code().equals(only.code())).toList());
    model.addAttribute("organisations", labels.options(BraLokalProcess.PARTICIPANTS));
    return "bra-lokalt";
  }

  @GetMapping("/bra/fragor")
  @PreAuthorize(QUESTION_READERS)
  String questions(@RequestParam(name = "kvartal", required = false) String quarter, Model model) {
    String shown = quarter(quarter);
    model.addAttribute("quarter", shown);
    model.addAttribute("previous", Quarters.previous(shown));
    model.addAttribute("next", Quarters.next(shown));
    model.addAttribute("questions", meetings.questionsRaised(shown));
    return "bra-fragor";
  }

  private static String quarter(String requested) {
    if (requested == null || requested.isEmpty()) {
      return Quarters.of(EngineClock.today());
    }
    return Quarters.parse(requested).orElseThrow(() -> new InvalidInput("Okänt kvartal: skriv kvartalet som "
        + "ÅÅÅÅ-K1 till ÅÅÅÅ-K4, till exempel 2026-K4"));
  }
}
