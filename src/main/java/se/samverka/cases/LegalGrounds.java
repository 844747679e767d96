package se.samverka.cases;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.samverka.security.SamverkaProperties;

/** The legal grounds a disclosure may cite, from configuration ({@code samverka.legal-grounds}). */
@Component
public class LegalGrounds {

  private final Map<String, String> grounds;

  LegalGrounds(SamverkaProperties properties) {
    this.grounds = properties.legalGrounds();
  }

  public boolean isKnown(String code) {
    return code != null && grounds.containsKey(code);
  }

  public Set<String> codes() {
    return grounds.keySet();
  }

  public Map<String, String> all() {
    return grounds;
  }
}
