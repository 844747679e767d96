package se.samverka.bench;

import java.util.List;

/** The read model's SQL for one group's first page and count, as the task list (branch tasks) issues it. */
final class ReadModelQueries {

  private ReadModelQueries() {}

  static List<String> forGroup(String group) {
    return List.of();
  }
}
