package se.samverka.agreement.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.samverka.agreement.Agreement;
import se.samverka.agreement.Agreements;

/** The loaded agreements as JSON ({@code GET /api/agreements}), for every signed-in account. */
@RestController
@PreAuthorize("isAuthenticated()")
class AgreementApiController {

  /** The municipality, the first day of the agreement in force, and every loaded period, oldest first. */
  record Answer(String municipality, LocalDate inForce, List<Agreement> agreements) {}

  private final Agreements agreements;

  AgreementApiController(Agreements agreements) {
    this.agreements = agreements;
  }

  @GetMapping("/api/agreements")
  Answer agreements() {
    return new Answer(agreements.municipality(), agreements.current().from(), agreements.all());
  }
}
