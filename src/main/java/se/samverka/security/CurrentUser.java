package se.samverka.security;

import java.util.List;

/**
 * The person behind the current request or command: user id, Camunda groups, the agency that owns their data and the
 * units of that agency they work in ({@code skola:paulinska}; empty when they work for the agency as a whole).
 */
public record CurrentUser(String userId, List<String> groups, String agency, List<String> units) {

  public CurrentUser {
    groups = List.copyOf(groups);
    units = units == null ? List.of() : List.copyOf(units);
  }

  public CurrentUser(String userId, List<String> groups, String agency) {
    this(userId, groups, agency, List.of());
  }

  public boolean isMemberOf(String group) {
    return groups.contains(group);
  }

  /** The one unit the user works in within the agency, or null (none, or several: then the agency as a whole). */
  public String singleUnit() {
    return units.size() == 1 ? units.get(0) : null;
  }
}
