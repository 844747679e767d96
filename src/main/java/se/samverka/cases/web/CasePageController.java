package se.samverka.cases.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.samverka.cases.CaseList;
import se.samverka.cases.CaseSheets;
import se.samverka.cases.IdentityNumber;
import se.samverka.errors.InvalidInput;
import se.samverka.workflow.EngineClock;

/**
 * The case pages: the list of the cases the user's agency may see, with search, and one case in words (or the limited
 * view for a user with a task in a case the agency may not see). Every task links here.
 */
@Controller
class CasePageController {

  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

  private final CaseSheets sheets;
  private final CaseList caseList;

  CasePageController(CaseSheets sheets, CaseList caseList) {
    this.sheets = sheets;
    this.caseList = caseList;
  }

  @GetMapping("/arenden")
  String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("time", DAY);
    try {
      model.addAttribute("result", caseList.list(q, page, 25));
    } catch (InvalidInput refused) {
      // The page again, with the error next to the search field; the long text is not echoed.
      model.addAttribute("error", refused.getMessage());
      model.addAttribute("result", caseList.list(null, 0, 25));
    }
    return "arenden";
  }

  @GetMapping("/arenden/{caseId}")
  String casePage(@PathVariable String caseId, Model model) {
    var sheet = sheets.sheet(caseId);
    model.addAttribute("c", sheet);
    model.addAttribute("time", TIME);
    model.addAttribute("day", DAY);
    if (sheet.person() != null && sheet.person().identityNumber() != null) {
      model.addAttribute("identityNumber",
          IdentityNumber.parse(sheet.person().identityNumber(), EngineClock.today()).formatted(EngineClock.today()));
    }
    return "arende";
  }
}
