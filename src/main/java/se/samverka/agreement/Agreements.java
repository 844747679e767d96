package se.samverka.agreement;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The agreements of cooperation: the districts of the agreement in force today, in the agreement's order. */
@Service
public class Agreements {

  private static final List<District> DISTRICTS = List.of(new District("strangnas", "Strängnäs tätort"),
      new District("mariefred", "Mariefred"), new District("stallarholmen", "Stallarholmen"),
      new District("akers-styckebruk", "Åkers styckebruk"), new District("landsbygd", "Landsbygd"));

  public List<District> districts() {
    return DISTRICTS;
  }

  public Optional<District> district(String code) {
    return DISTRICTS.stream().filter(d -> d.code().equals(code)).findFirst();
  }
}
