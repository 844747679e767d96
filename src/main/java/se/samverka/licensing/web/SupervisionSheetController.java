package se.samverka.licensing.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.samverka.errors.NotFound;
import se.samverka.licensing.SupervisionSheets;
import se.samverka.security.Agencies;

/**
 * One supervision as a page ({@code /tillsyn/{id}}), linked from the list and from every supervision task. For the
 * groups that take part in supervision ({@link SupervisionAccess#READER_GROUPS}); to others it does not exist (404).
 */
@Controller
class SupervisionSheetController {

  private final SupervisionSheets sheets;
  private final Agencies agencies;

  SupervisionSheetController(SupervisionSheets sheets, Agencies agencies) {
    this.sheets = sheets;
    this.agencies = agencies;
  }

  @GetMapping("/tillsyn/{id:[0-9a-fA-F-]{1,36}}")
  String supervision(@PathVariable String id, Model model) {
    if (agencies.requireCurrent().groups().stream().noneMatch(SupervisionAccess.READER_GROUPS::contains)) {
      throw new NotFound("Tillsynen finns inte");
    }
    model.addAttribute("time", java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
        .withZone(java.time.ZoneId.systemDefault()));
    model.addAttribute("t", sheets.sheet(id).orElseThrow(() -> new NotFound("Tillsynen finns inte")));
    return "tillsynen";
  }
}
