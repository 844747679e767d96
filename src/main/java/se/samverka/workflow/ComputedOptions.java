package se.samverka.workflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import se.samverka.workflow.SubmissionGate.Problem;

/** All {@link FormOptions} of the modules, asked by field; and the check that a submission keeps to them. */
@Component
public class ComputedOptions {

  private final java.util.function.Supplier<java.util.stream.Stream<FormOptions>> providers;

  @org.springframework.beans.factory.annotation.Autowired
  ComputedOptions(ObjectProvider<FormOptions> providers) {
    this.providers = providers::orderedStream;
  }

  /** With these rules only (for tests and tools outside the application context). */
  public ComputedOptions(List<FormOptions> providers) {
    this.providers = providers::stream;
  }

  /** The computed options of a field, if a module computes them. */
  public Optional<Map<String, String>> options(String formId, String fieldKey, Map<String, String> declared,
      Map<String, Object> variables) {
    return provider(formId, fieldKey)
        .map(provider -> new LinkedHashMap<>(provider.options(formId, fieldKey, declared, variables)));
  }

  private Optional<FormOptions> provider(String formId, String fieldKey) {
    return providers.get().filter(provider -> provider.computes(formId, fieldKey)).findFirst();
  }

  /** Values of choice fields outside their computed options, one message per field, naming it. */
  public List<Problem> check(FormSchema form, Map<String, ?> submitted, Map<String, Object> variables) {
    List<Problem> problems = new ArrayList<>();
    if (form == null) {
      return problems;
    }
    for (String key : submitted.keySet()) {
      FormSchema.Field field = form.fields().get(key);
      if (field == null || !(field.isChoice() || "checklist".equals(field.type()))) {
        continue;
      }
      Map<String, String> declared = new LinkedHashMap<>();
      if (field.options() != null) {
        field.options().forEach(value -> declared.put(value, value));
      }
      Optional<Map<String, String>> allowed = options(form.formId(), key, declared, variables);
      if (allowed.isEmpty()) {
        continue;
      }
      Object raw = submitted instanceof VariableMap map ? map.get(key) : submitted.get(key);
      if (raw instanceof TypedValue typed) {
        raw = typed.getValue();
      }
      List<String> values;
      try {
        values = raw == null ? List.of() : "checklist".equals(field.type()) ? FormValues.stringList(raw)
            : raw instanceof Collection<?> ? List.of("\u0000") : List.of(raw.toString());
      } catch (RuntimeException e) {
        values = List.of("\u0000");
      }
      values.stream().filter(value -> !value.isEmpty() && !allowed.get().containsKey(value)).findFirst()
          .ifPresent(value -> problems.add(new Problem(key,
              provider(form.formId(), key).orElseThrow().refusal(field.label(), SubmissionGate.quote(value)))));
    }
    return problems;
  }
}
