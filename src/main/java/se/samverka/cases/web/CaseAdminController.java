package se.samverka.cases.web;

import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import se.samverka.cases.CaseListReadModel;
import se.samverka.cases.DeadlineStatistics;

/**
 * The administrator rebuilds the case list's read model and the deadlines' monthly roll-up from the case store (e.g.
 * after restoring its tables).
 */
@RestController
@PreAuthorize("hasAuthority('camunda-admin')")
class CaseAdminController {

  private final CaseListReadModel model;
  private final DeadlineStatistics deadlines;

  CaseAdminController(CaseListReadModel model, DeadlineStatistics deadlines) {
    this.model = model;
    this.deadlines = deadlines;
  }

  @PostMapping("/api/admin/cases/rebuild")
  Map<String, Object> rebuild() {
    return Map.of("cases", model.rebuild(), "deadlineMonths", deadlines.rebuild());
  }
}
