package se.samverka.agreement.web;

import java.util.List;
import se.samverka.workflow.Labels;

/**
 * The Swedish names of the processes an agreement names, for the page: a process whose model is not yet in Samverka
 * (named in {@code samverka.agreement.pending-processes}) is said to be coming, not shown by its key.
 */
public record ProcessNames(Labels labels) {

  static final String COMING = "en process som ännu inte finns i Samverka";

  public String of(List<String> keys) {
    if (keys == null || keys.isEmpty()) {
      return "Ingen process";
    }
    return String.join(", ", keys.stream().map(this::of).distinct().toList());
  }

  public String of(String key) {
    return labels.has(Labels.PROCESS, key) ? labels.processName(key) : COMING;
  }
}
