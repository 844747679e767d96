package se.samverka.dashboard.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.samverka.dashboard.DashboardAccess;
import se.samverka.security.Agencies;

/** Tells the header whether to offer "Översikt": to the managers, the steering group and the safety coordinator. */
@ControllerAdvice
class DashboardNavigationAdvice {

  private final DashboardAccess access;
  private final Agencies agencies;

  DashboardNavigationAdvice(DashboardAccess access, Agencies agencies) {
    this.access = access;
    this.agencies = agencies;
  }

  @ModelAttribute("oversikt")
  boolean offersDashboards() {
    return agencies.current().map(access::mayView).orElse(false);
  }
}
