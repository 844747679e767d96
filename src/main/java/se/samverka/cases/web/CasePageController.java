package se.samverka.cases.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.cases.BreachReason;
import se.samverka.cases.CaseList;
import se.samverka.cases.CaseSheets;
import se.samverka.cases.Deadlines;
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
  private final Deadlines deadlines;

  CasePageController(CaseSheets sheets, CaseList caseList, Deadlines deadlines) {
    this.sheets = sheets;
    this.caseList = caseList;
    this.deadlines = deadlines;
  }

  /**
   * The form "Ange orsak till överskridandet" of a breached deadline: for the owning group's members and the managers
   * of its agency (404 to anyone else, 409 when the deadline is not breached). Refused input gives the case page again
   * (400) with the error next to the field; a refused comment is not written back into the field.
   */
  @PostMapping("/arenden/{caseId}/tidsfrister/{deadlineId}/orsak")
  String recordBreachReason(@PathVariable String caseId, @PathVariable String deadlineId,
      @RequestParam(name = "orsak", required = false) String reason,
      @RequestParam(name = "kommentar", required = false) String comment, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    try {
      deadlines.recordBreachReason(caseId, deadlineId, reason, comment);
    } catch (Deadlines.BreachReasonRefused refused) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      // A comment is written back only when it was not what was refused and could have been kept: the reason is
      // checked first, so a refused reason says nothing of the comment (which may be huge or hold a personnummer).
      boolean commentKept = !"comment".equals(refused.field()) && comment != null
          && comment.length() <= Deadlines.COMMENT_MAX && !deadlines.holdsIdentityNumber(comment);
      model.addAttribute("orsakFel", new BreachReasonForm(deadlineId, refused.field(), refused.getMessage(),
          reason != null && reason.length() <= 40 ? reason : null, commentKept ? comment : null));
      return casePage(caseId, model);
    }
    redirect.addFlashAttribute("orsakSparad", deadlineId);
    return "redirect:/arenden/" + caseId + "#frist-" + deadlineId;
  }

  /** What a refused breach-reason form shows again: which deadline, the field and its error, and what was entered. */
  record BreachReasonForm(String deadlineId, String field, String message, String reason, String comment) {}

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
    model.addAttribute("orsaker", BreachReason.values());
    model.addAttribute("kommentarMax", Deadlines.COMMENT_MAX);
    model.addAttribute("time", TIME);
    model.addAttribute("day", DAY);
    if (sheet.person() != null && sheet.person().identityNumber() != null) {
      model.addAttribute("identityNumber",
          IdentityNumber.parse(sheet.person().identityNumber(), EngineClock.today()).formatted(EngineClock.today()));
    }
    return "arende";
  }
}
