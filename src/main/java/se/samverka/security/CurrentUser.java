package se.samverka.security;

import java.util.List;

/** The person behind the current request or command: user id, Camunda groups and the agency that owns their data. */
public record CurrentUser(String userId, List<String> groups, String agency) {

  public CurrentUser {
    groups = List.copyOf(groups);
  }

  public boolean isMemberOf(String group) {
    return groups.contains(group);
  }
}
