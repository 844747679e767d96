package se.samverka.followup.est.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.samverka.followup.est.EstPictures;
import se.samverka.followup.est.EstReports;
import se.samverka.security.Agencies;
import se.samverka.security.CurrentUser;

/**
 * Who may use EST's pages and API: the reporting units report incidents; the participants (the units, the coordinator
 * and the meeting) see the weeks. Anyone else is refused (403), on a page and in {@code /api/est} alike.
 */
@Component
class EstAccess {

  private final EstReports reports;
  private final EstPictures pictures;
  private final Agencies agencies;

  EstAccess(EstReports reports, EstPictures pictures, Agencies agencies) {
    this.reports = reports;
    this.pictures = pictures;
    this.agencies = agencies;
  }

  CurrentUser reporter() {
    CurrentUser user = agencies.requireCurrent();
    if (!reports.isReporter(user)) {
      throw new AccessDeniedException("Bara de rapporterande enheterna i EST kan rapportera händelser");
    }
    return user;
  }

  CurrentUser participant() {
    CurrentUser user = agencies.requireCurrent();
    if (!pictures.isParticipant(user)) {
      throw new AccessDeniedException("Bara deltagarna i EST når EST");
    }
    return user;
  }
}
