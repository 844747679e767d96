package se.samverka.work;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import se.samverka.work.FormDefinition.Component;
import se.samverka.work.FormView.Choice;
import se.samverka.work.FormView.ErrorLink;
import se.samverka.work.FormView.Item;
import se.samverka.workflow.ComputedOptions;
import se.samverka.workflow.FormConditions;
import se.samverka.workflow.FormValues;
import se.samverka.workflow.InvalidFormInput;
import se.samverka.workflow.SubmissionGate;
import se.samverka.workflow.SubmissionGate.Problem;
import se.samverka.workflow.SubmissionGatePlugin;

/**
 * Renders a deployed form on the server and prepares a submission for the engine: the form's conditions evaluated with
 * the FEEL engine over the process variables and what the user entered, options narrowed by the modules'
 * {@code FormOptions}, and the same checks as the engine's submission gate, with each message placed at its field.
 */
@org.springframework.stereotype.Component
public class Forms {

  /** The longest entered text a page repeats back into its field after an error. */
  static final int MAX_KEPT = 10_000;

  private final java.util.function.Supplier<SubmissionGate> gate;
  private final ComputedOptions computedOptions;
  private final FormConditions conditions = new FormConditions();

  @org.springframework.beans.factory.annotation.Autowired
  Forms(SubmissionGatePlugin gate, ComputedOptions computedOptions) {
    this(gate::gate, computedOptions);
  }

  Forms(java.util.function.Supplier<SubmissionGate> gate, ComputedOptions computedOptions) {
    this.gate = gate;
    this.computedOptions = computedOptions;
  }

  // --- conditions

  /** The ids of the components (and keys of the inputs) that the form's conditions hide for these values. */
  public Set<String> hidden(FormDefinition form, Map<String, Object> variables, Map<String, Object> entered) {
    Set<String> hidden = new HashSet<>();
    collectHidden(form.components(), false, variables, entered, hidden);
    return hidden;
  }

  private void collectHidden(List<Component> components, boolean parentHidden, Map<String, Object> variables,
      Map<String, Object> entered, Set<String> hidden) {
    for (Component component : components) {
      boolean hides = parentHidden || conditions.hides(component.hide(), variables, entered);
      if (hides) {
        hidden.add(component.id());
        if (component.key() != null) {
          hidden.add(component.key());
        }
      }
      collectHidden(component.components(), hides, variables, entered, hidden);
    }
  }

  // --- submissions

  /**
   * The values to send to the engine: every visible input that is not read-only, as entered or (for a key an API client
   * left out) as it is now, else empty as form-js sends it; a read-only field only if sent (the gate checks it is
   * unchanged); a hidden field only if it carries a value (which the gate then refuses, as form-js would never send it).
   */
  public Map<String, Object> submission(FormDefinition form, Map<String, Object> entered,
      Map<String, Object> variables) {
    Map<String, Object> submission = new LinkedHashMap<>(entered);
    for (int round = 0; round < 3; round++) {
      Set<String> hidden = hidden(form, variables, submission);
      Map<String, Object> next = new LinkedHashMap<>();
      for (Component input : form.inputs()) {
        String key = input.key();
        if (input.readonly()) {
          if (entered.containsKey(key)) {
            next.put(key, entered.get(key));
          }
        } else if (hidden.contains(key)) {
          if (entered.containsKey(key) && !isEmpty(entered.get(key))) {
            next.put(key, entered.get(key));
          }
        } else if (entered.containsKey(key)) {
          next.put(key, entered.get(key));
        } else {
          next.put(key, current(input, variables.get(key)));
        }
      }
      if (next.equals(submission)) {
        break;
      }
      submission = next;
    }
    return submission;
  }

  /** The gate's refusals and values outside the computed options, each with its field. */
  public List<Problem> check(FormDefinition form, Map<String, Object> submission, Map<String, Object> variables) {
    List<Problem> problems = new ArrayList<>(gate.get().checkFields(form.schema(), submission, variables));
    for (Problem problem : computedOptions.check(form.schema(), submission, variables)) {
      if (problems.stream().noneMatch(known -> problem.key().equals(known.key()))) {
        problems.add(problem);
      }
    }
    return problems;
  }

  /**
   * The engine's refusal as problems: its message joins the gate's messages with "; ", a listener's message stands
   * alone. A message that names a field (its label or key in quotes, or its label first) is placed at that field.
   */
  /**
   * The problems of a refusal from inside the engine: at the field it names ({@link InvalidFormInput#fieldKey()}) when
   * the form has that field, otherwise as {@link #problemsOf(String, FormDefinition)} finds them in the message.
   */
  public List<Problem> problemsOf(FormFieldValidationException refusal, FormDefinition form) {
    if (refusal instanceof InvalidFormInput invalid && invalid.fieldKey() != null
        && form.inputs().stream().anyMatch(input -> invalid.fieldKey().equals(input.key()))) {
      return List.of(new Problem(invalid.fieldKey(), invalid.getMessage()));
    }
    return problemsOf(refusal.getMessage(), form);
  }

  public List<Problem> problemsOf(String message, FormDefinition form) {
    List<Problem> problems = new ArrayList<>();
    String text = message == null || message.isBlank() ? "Formuläret kunde inte skickas in" : message;
    for (String part : text.split("; ")) {
      String key = null;
      for (Component input : form.inputs()) {
        String lower = part.toLowerCase(Locale.ROOT);
        if (part.contains("\"" + input.label() + "\"") || part.contains("\"" + input.key() + "\"")
            || lower.startsWith(input.label().toLowerCase(Locale.ROOT))) {
          key = input.key();
          break;
        }
      }
      problems.add(new Problem(key, part));
    }
    return problems;
  }

  // --- rendering

  /**
   * The form for a page. {@code entered} is null when the page is first shown (values come from the variables), else
   * what the user entered; {@code problems} are shown at their fields and in the summary.
   */
  public FormView view(FormDefinition form, Map<String, Object> variables, Map<String, Object> entered,
      List<Problem> problems, boolean editable) {
    Map<String, Object> values = new HashMap<>();
    for (Component input : form.inputs()) {
      Object value = entered != null && entered.containsKey(input.key()) ? entered.get(input.key())
          : current(input, variables.get(input.key()));
      values.put(input.key(), value);
    }
    Map<String, Object> context = entered == null ? Map.of() : entered;
    Set<String> hidden = hidden(form, variables, context);
    Map<String, String> fieldErrors = new LinkedHashMap<>();
    for (Problem problem : problems) {
      if (problem.key() != null && form.input(problem.key()) != null && !hidden.contains(problem.key())) {
        fieldErrors.merge(problem.key(), problem.message(), (a, b) -> a + " " + b);
      }
    }
    Map<String, Object> textVariables = new HashMap<>(variables);
    List<Item> items = items(form, form.components(), values, variables, textVariables, hidden, fieldErrors, editable);
    List<ErrorLink> summary = new ArrayList<>();
    for (Problem problem : problems) {
      boolean atField = problem.key() != null && fieldErrors.containsKey(problem.key());
      Component input = atField ? form.input(problem.key()) : null;
      String target = input == null ? null
          : "radio".equals(input.type()) || "checklist".equals(input.type()) ? inputId(input) + "-0" : inputId(input);
      summary.add(new ErrorLink(problem.message(), target));
    }
    boolean conditional = form.inputs().stream().anyMatch(input -> input.hide() != null)
        || hasConditions(form.components());
    return new FormView(form.id(), items, summary, editable, conditional);
  }

  private static boolean hasConditions(List<Component> components) {
    return components.stream().anyMatch(c -> c.hide() != null || hasConditions(c.components()));
  }

  private List<Item> items(FormDefinition form, List<Component> components, Map<String, Object> values,
      Map<String, Object> variables, Map<String, Object> textVariables, Set<String> hidden,
      Map<String, String> errors, boolean editable) {
    List<Item> items = new ArrayList<>();
    for (Component component : components) {
      boolean isHidden = hidden.contains(component.id());
      List<Item> children = items(form, component.components(), values, variables, textVariables, hidden, errors,
          editable);
      if ("text".equals(component.type())) {
        items.add(new Item(component.id(), "text", null, null, null, null, false, true, isHidden, null, List.of(),
            false, null, null, FormText.html(component.text(), textVariables), null, null, null, null, List.of()));
        continue;
      }
      if (!component.isInput()) {
        items.add(new Item(component.id(), component.type(), null, null, component.label(), component.description(),
            false, true, isHidden, null, List.of(), false, null, null, null, null, null, null, null, children));
        continue;
      }
      Object value = values.get(component.key());
      String inputId = inputId(component);
      Map<String, String> options = options(form, component, variables);
      List<Choice> choices = new ArrayList<>();
      if (options != null) {
        Collection<?> selected = value instanceof Collection<?> list ? list : value == null ? List.of() : List.of(value);
        int index = 0;
        for (var option : options.entrySet()) {
          choices.add(new Choice(option.getKey(), option.getValue(),
              selected.stream().anyMatch(s -> option.getKey().equals(String.valueOf(s))),
              "radio".equals(component.type()) || "checklist".equals(component.type())
                  ? inputId + "-" + index++ : inputId));
        }
      }
      String text = value == null || value instanceof Collection<?> ? null : display(value);
      if (text != null && text.length() > MAX_KEPT) {
        text = text.substring(0, MAX_KEPT);
      }
      boolean readonly = component.readonly() || !editable;
      items.add(new Item(component.id(), component.type(), component.key(), inputId, component.label(),
          component.description(), component.required(), readonly, isHidden, text, choices,
          Boolean.TRUE.equals(value), readonly ? shown(component, value, options) : null,
          errors.get(component.key()), null, component.minLength(), component.maxLength(), number(component.min()),
          number(component.max()), children));
    }
    return items;
  }

  /** The options of a choice field: the module's computed options if any, else the form's own. */
  public Map<String, String> options(FormDefinition form, Component input, Map<String, Object> variables) {
    if (!input.hasOptions()) {
      return null;
    }
    Map<String, String> declared = input.options() == null ? Map.of() : input.options();
    return computedOptions.options(form.id(), input.key(), declared, variables).orElse(declared);
  }

  static String inputId(Component input) {
    return "falt-" + input.key().replaceAll("[^A-Za-z0-9_-]", "_");
  }

  /** A value as it stands now, as the form shows it: lists as lists, dates as ISO dates. */
  static Object current(Component input, Object variable) {
    Object value = FormConditions.plain(variable);
    if (value instanceof Date date) {
      return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate().toString();
    }
    if (value instanceof LocalDate date) {
      return date.toString();
    }
    if (value == null) {
      return switch (input.type()) {
        case "checkbox" -> false;
        case "checklist" -> List.of();
        case "textfield", "textarea" -> "";
        default -> null;
      };
    }
    if ("checklist".equals(input.type()) && !(value instanceof Collection<?>)) {
      try {
        return FormValues.stringList(value);
      } catch (RuntimeException e) {
        return List.of();
      }
    }
    if ("number".equals(input.type()) && value instanceof Integer integer) {
      return integer.longValue();
    }
    return value;
  }

  static boolean isEmpty(Object value) {
    return value == null || Boolean.FALSE.equals(value) || value instanceof String text && text.isBlank()
        || value instanceof Collection<?> list && list.isEmpty();
  }

  private static String display(Object value) {
    if (value instanceof Double number) {
      return number == Math.rint(number) && Math.abs(number) < 1e15 ? String.valueOf(number.longValue())
          : String.valueOf(number);
    }
    return String.valueOf(value);
  }

  /** A read-only value in words: the labels of chosen options, "Ja"/"Nej", a date as written. */
  private static String shown(Component input, Object value, Map<String, String> options) {
    if ("checkbox".equals(input.type())) {
      return Boolean.TRUE.equals(value) ? "Ja" : "Nej";
    }
    if (value == null || value instanceof String text && text.isBlank()
        || value instanceof Collection<?> list && list.isEmpty()) {
      return "Inget angivet";
    }
    if (value instanceof Collection<?> list) {
      return String.join(", ", list.stream().map(v -> options != null ? options.getOrDefault(String.valueOf(v),
          String.valueOf(v)) : String.valueOf(v)).toList());
    }
    if (options != null && options.containsKey(String.valueOf(value))) {
      return options.get(String.valueOf(value));
    }
    String text = display(value);
    return text.length() > MAX_KEPT ? text.substring(0, MAX_KEPT) + "…" : text;
  }

  private static String number(Double value) {
    return value == null ? null : display(value);
  }
}
