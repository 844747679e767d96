package se.samverka.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** EST's outside reporters log in as agencies of their own, but no case may be disclosed to them or name them. */
class OutsideAgenciesTests {

  private final Agencies agencies = new Agencies(new SamverkaProperties(
      Map.of("skola", "skola", "polis", "polis", "bostadsbolag", "bostadsbolag"),
      Map.of("skola", "Skola", "polis", "Polis", "bostadsbolag", "Bostadsbolaget"), Map.of(), null), null,
      List.of("bostadsbolag"));

  @Test
  void anOutsideAgencyOwnsItsGroupButIsNoPartyOfACase() {
    assertThat(agencies.agencyOfGroup("bostadsbolag")).contains("bostadsbolag");
    assertThat(agencies.isAgency("bostadsbolag")).isFalse();
    assertThat(agencies.isParty("bostadsbolag")).isFalse();
    assertThat(agencies.isAgency("polis")).isTrue();
    assertThat(agencies.isParty("skola")).isTrue();
  }
}
