package se.samverka.dashboard.web;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import se.samverka.dashboard.DashboardRebuild;
import se.samverka.errors.Conflict;

/**
 * The administrator rebuilds the dashboards' read models from the engine's history (e.g. after restoring the engine's
 * tables); the answer says how much was read and written.
 */
@RestController
@PreAuthorize("hasAuthority('camunda-admin')")
class DashboardAdminController {

  private final DashboardRebuild rebuild;

  DashboardAdminController(DashboardRebuild rebuild) {
    this.rebuild = rebuild;
  }

  @PostMapping("/api/admin/dashboard/rebuild")
  DashboardRebuild.Counts rebuild() {
    try {
      return rebuild.rebuild();
    } catch (ConcurrencyFailureException | DataIntegrityViolationException busy) {
      throw new Conflict("Återuppbyggnaden krockade gång på gång med pågående arbete. Försök igen när det är lugnare.");
    }
  }
}
