package se.samverka.agreement;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.samverka.workflow.FormOptions;

/**
 * The districts of every form come from the agreement in force, not from a list in the form: a {@code district} choice
 * of any form offers the agreement's districts (the forms say {@code "valuesKey": "districtOptions"}), and the
 * submission gate refuses any other code, whatever interface it comes through.
 */
@Component
class DistrictOptions implements FormOptions {

  static final String FIELD = "district";

  private final Agreements agreements;

  DistrictOptions(Agreements agreements) {
    this.agreements = agreements;
  }

  @Override
  public boolean computes(String formId, String fieldKey) {
    return FIELD.equals(fieldKey);
  }

  @Override
  public Map<String, String> options(String formId, String fieldKey, Map<String, String> declared,
      Map<String, Object> variables) {
    Map<String, String> options = new LinkedHashMap<>();
    agreements.districts().forEach(district -> options.put(district.code(), district.name()));
    return options;
  }

  @Override
  public String refusal(String label, String value) {
    return "Fältet \"" + label + "\": Kommundelen finns inte i samverkansöverenskommelsen. Välj en av kommundelarna "
        + "i listan.";
  }
}
