package se.samverka.licensing.process;

import static se.samverka.licensing.AlkoholtillsynProcess.PREMISES_REF;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.samverka.licensing.Premises;
import se.samverka.licensing.PremisesRegister;
import se.samverka.workflow.FormOptions;

/**
 * The premises of a new supervision are chosen from the register, not typed: the start form's select lists the
 * register's premises (value: the premises' id), and the gate accepts no other value.
 */
@Component
class PremisesOptions implements FormOptions {

  static final String FORM = "tillsyn-start";

  private final PremisesRegister register;

  PremisesOptions(PremisesRegister register) {
    this.register = register;
  }

  @Override
  public boolean computes(String formId, String fieldKey) {
    return FORM.equals(formId) && PREMISES_REF.equals(fieldKey);
  }

  @Override
  public Map<String, String> options(String formId, String fieldKey, Map<String, String> declared,
      Map<String, Object> variables) {
    Map<String, String> options = new LinkedHashMap<>();
    register.all().stream().sorted(Comparator.comparing(Premises::name, String.CASE_INSENSITIVE_ORDER))
        .forEach(premises -> options.put(premises.id(), premises.name() + ", " + premises.address()));
    return options;
  }

  @Override
  public String refusal(String label, String value) {
    return "Fältet \"" + label + "\": Inget serveringsställe i registret har det värdet. Välj serveringsstället ur "
        + "registret.";
  }
}
