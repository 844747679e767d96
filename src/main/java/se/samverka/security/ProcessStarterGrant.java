package se.samverka.security;

import java.util.List;

/**
 * A module declares which groups may start one of its processes by publishing this record as a bean; the security
 * module turns it into engine authorizations at start-up.
 */
public record ProcessStarterGrant(String processKey, List<String> groups) {

  public ProcessStarterGrant {
    groups = List.copyOf(groups);
  }
}
