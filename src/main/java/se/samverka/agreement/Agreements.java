package se.samverka.agreement;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Placeholder for the agreement helper's Agreements: the districts of the agreement in force (Strängnäs 2023–2026),
 * hard-coded here until the agreement is loaded from its file.
 */
@Component
public class Agreements {

  private static final List<District> DISTRICTS = List.of(
      new District("strangnas", "Strängnäs tätort"),
      new District("mariefred", "Mariefred"),
      new District("stallarholmen", "Stallarholmen"),
      new District("akers-styckebruk", "Åkers styckebruk"),
      new District("landsbygd", "Landsbygd"));

  /** The districts of the agreement in force today, in the file's order. */
  public List<District> districts() {
    return DISTRICTS;
  }

  public Optional<District> district(String code) {
    return DISTRICTS.stream().filter(d -> d.code().equals(code)).findFirst();
  }
}
