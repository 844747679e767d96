package se.samverka.cases;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;
import se.samverka.workflow.SystemContext;

/**
 * The readable case number ({@code SSPF-2026-0042}) of a case: the business key of the process instance that works it.
 * Read with system rights (the number is no personal data, and the caller's right to the case is decided by the case
 * rule before a number is shown). Cases whose process has no business key have no number.
 */
@Component
public class CaseNumbers {

  /** What a case number looks like: letters, a year and digits; anything else is not looked up. */
  static final java.util.regex.Pattern SHAPE = java.util.regex.Pattern.compile("[A-Za-z]{2,5}(-[0-9]{0,4}(-[0-9]{0,8})?)?");

  private final HistoryService history;
  private final SystemContext system;

  CaseNumbers(HistoryService history, SystemContext system) {
    this.history = history;
    this.system = system;
  }

  public Optional<String> of(String processInstanceId) {
    return processInstanceId == null ? Optional.empty()
        : Optional.ofNullable(of(java.util.List.of(processInstanceId)).get(processInstanceId));
  }

  /** Process instance id → case number, for those that have one. */
  public Map<String, String> of(Collection<String> processInstanceIds) {
    Set<String> ids = new LinkedHashSet<>(processInstanceIds);
    ids.remove(null);
    Map<String, String> numbers = new HashMap<>();
    if (ids.isEmpty()) {
      return numbers;
    }
    for (HistoricProcessInstance instance : system.call(() -> history.createHistoricProcessInstanceQuery()
        .processInstanceIds(ids).list())) {
      if (instance.getBusinessKey() != null) {
        numbers.put(instance.getId(), instance.getBusinessKey());
      }
    }
    return numbers;
  }

  /**
   * The process instances whose case number is the given one or begins with it (case-insensitive prefix of the
   * upper-case number), at most {@code max}; empty when the text cannot be a case number.
   */
  public Set<String> instancesNumbered(String numberOrPrefix, int max) {
    if (numberOrPrefix == null || !SHAPE.matcher(numberOrPrefix).matches()) {
      return Set.of();
    }
    String prefix = numberOrPrefix.toUpperCase(java.util.Locale.ROOT);
    Set<String> ids = new LinkedHashSet<>();
    system.call(() -> history.createHistoricProcessInstanceQuery().processInstanceBusinessKeyLike(prefix + "%")
        .orderByProcessInstanceStartTime().desc().listPage(0, max)).forEach(p -> ids.add(p.getId()));
    return ids;
  }
}
