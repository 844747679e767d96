package se.samverka.agreement;

import java.util.List;

/**
 * The agreement files could not be read: every problem found, each in Swedish with its file and line
 * ("agreements/x.yaml rad 14: prioriteringsområde 3 saknar namn"). The application does not start.
 */
public class InvalidAgreement extends IllegalStateException {

  private final transient List<String> problems;

  public InvalidAgreement(List<String> problems) {
    super("Samverkansöverenskommelsen kan inte läsas (" + problems.size() + " fel"
        + "):\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
