package se.samverka.work;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.samverka.errors.InvalidInput;
import se.samverka.workflow.SubmissionGate.Problem;

/**
 * A submission refused by the gate or the process (400): the messages by field ({@code fields} in the API's answer)
 * and what the user entered, for the page to show again.
 */
public class FormRefused extends InvalidInput {

  private final transient List<Problem> problems;
  private final transient Map<String, Object> entered;

  FormRefused(List<Problem> problems, Map<String, Object> entered) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
    this.entered = entered;
  }

  public List<Problem> problems() {
    return problems;
  }

  public Map<String, Object> entered() {
    return entered;
  }

  @Override
  public Map<String, Object> details() {
    Map<String, String> fields = new LinkedHashMap<>();
    for (Problem problem : problems) {
      fields.merge(problem.key() == null ? "" : problem.key(), problem.message(), (a, b) -> a + " " + b);
    }
    return Map.of("fields", fields);
  }

  private static String summary(List<Problem> problems) {
    if (problems.size() == 1) {
      return problems.get(0).message();
    }
    return "Formuläret har " + problems.size() + " fel: " + problems.get(0).message() + " …";
  }
}
