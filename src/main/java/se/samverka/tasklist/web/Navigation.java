package se.samverka.tasklist.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.samverka.security.CurrentUser;
import se.samverka.tasklist.TaskList;
import se.samverka.workflow.Labels;

/**
 * The main navigation of every page: "Mina uppgifter (3)", one link per group queue with its count, the cases and the
 * start forms. The counts are read only when a page shows the navigation, once per request. The outside agencies (EST's
 * housing and security companies) have no cases and start none, so their navigation offers neither.
 */
public class Navigation {

  /** One queue link: the path, the words and the count in words ("3", "fler än 1 000"). */
  public record Queue(String key, String href, String name, String count, boolean current) {}

  private final Optional<CurrentUser> user;
  private final TaskList taskList;
  private final Labels labels;
  private final String path;
  private final boolean cases;
  private List<Queue> queues;

  Navigation(Optional<CurrentUser> user, TaskList taskList, Labels labels, String path, boolean cases) {
    this.path = path;
    this.cases = cases;
    this.user = user;
    this.taskList = taskList;
    this.labels = labels;
  }

  public boolean isVisible() {
    return user.isPresent();
  }

  /** Whether the user's agency is one of the cooperation's, with cases and start forms ("Ärenden", "Ny …"). */
  public boolean isCases() {
    return user.isPresent() && cases;
  }

  /** "Mina uppgifter" first, then the user's group queues. */
  public List<Queue> getQueues() {
    if (queues == null) {
      queues = new ArrayList<>();
      if (user.isPresent()) {
        TaskList.Counts counts = taskList.counts(user.get());
        queues.add(new Queue("mina", "/uppgifter", "Mina uppgifter", words(counts.mine(), taskList.countCap()),
            "/uppgifter".equals(path)));
        counts.groups().forEach((group, count) -> queues.add(new Queue(group, "/uppgifter/grupp/" + group,
            labels.groupName(group), words(count, taskList.countCap()), ("/uppgifter/grupp/" + group).equals(path))));
      }
    }
    return queues;
  }

  /** A count in words: exact, or "fler än 1 000" past the cap. */
  public static String words(TaskList.Count count, int cap) {
    return count.lowerBound() ? "fler än " + thousands(cap) : thousands(count.count());
  }

  static String thousands(long n) {
    return String.format(java.util.Locale.ROOT, "%,d", n).replace(',', '\u00a0');
  }
}
