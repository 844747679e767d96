package se.samverka.agreement;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.samverka.workflow.CodeWords;

/**
 * The names of the districts for every page ({@code Labels}): those of the agreement in force first, then those of the
 * other loaded periods, so that a case from an earlier period still shows its district by name.
 */
@Component
class DistrictWords implements CodeWords {

  private final Agreements agreements;

  DistrictWords(Agreements agreements) {
    this.agreements = agreements;
  }

  @Override
  public Map<String, String> words(String fieldKey) {
    if (!DistrictOptions.FIELD.equals(fieldKey)) {
      return Map.of();
    }
    Map<String, String> words = new LinkedHashMap<>();
    agreements.districts().forEach(d -> words.put(d.code(), d.name()));
    for (int i = agreements.all().size() - 1; i >= 0; i--) {
      agreements.all().get(i).districts().forEach(d -> words.putIfAbsent(d.code(), d.name()));
    }
    return words;
  }
}
