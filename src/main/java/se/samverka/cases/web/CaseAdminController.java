package se.samverka.cases.web;

import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import se.samverka.cases.CaseListReadModel;

/** The administrator rebuilds the case list's read model from the case store (e.g. after restoring its tables). */
@RestController
@PreAuthorize("hasAuthority('camunda-admin')")
class CaseAdminController {

  private final CaseListReadModel model;

  CaseAdminController(CaseListReadModel model) {
    this.model = model;
  }

  @PostMapping("/api/admin/cases/rebuild")
  Map<String, Object> rebuild() {
    return Map.of("cases", model.rebuild());
  }
}
