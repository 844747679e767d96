package se.samverka.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.cases.Deadlines.Deadline;
import se.samverka.errors.InvalidInput;

/**
 * The caller's open deadlines ({@code GET /api/deadlines}): those its groups own, soonest first, of cases its agency
 * may see — a deadline tells what kind of case exists, and a group may own one in a case its agency may not see. Read
 * in slices, each checked by the access rule in one batch, until the answer is full: a large queue is never read whole.
 */
@Service
@Transactional(readOnly = true)
public class MyDeadlines {

  public static final int DEFAULT_SIZE = 100;
  public static final int MAX_SIZE = 500;
  static final int SLICE = 200;

  private final Deadlines deadlines;
  private final CaseService cases;

  MyDeadlines(Deadlines deadlines, CaseService cases) {
    this.deadlines = deadlines;
    this.cases = cases;
  }

  /** At most {@code size} deadlines ({@link #DEFAULT_SIZE} when null; 1 to {@link #MAX_SIZE}). */
  public List<Deadline> open(List<String> groups, String size) {
    int wanted = size(size);
    List<Deadline> result = new ArrayList<>();
    for (int offset = 0; result.size() < wanted; offset += SLICE) {
      List<Deadline> slice = deadlines.openFor(groups, offset, SLICE);
      Set<String> visible = cases.visibleAmong(slice.stream().map(Deadline::caseId).collect(Collectors.toSet()));
      slice.stream().filter(d -> visible.contains(d.caseId())).limit(wanted - result.size()).forEach(result::add);
      if (slice.size() < SLICE) {
        break;
      }
    }
    return result;
  }

  private static int size(String size) {
    if (size == null || size.isBlank()) {
      return DEFAULT_SIZE;
    }
    if (size.length() > 4 || !size.chars().allMatch(Character::isDigit)
        || Integer.parseInt(size) < 1 || Integer.parseInt(size) > MAX_SIZE) {
      throw new InvalidInput("Antal (size) måste vara ett heltal mellan 1 och " + MAX_SIZE);
    }
    return Integer.parseInt(size);
  }
}
