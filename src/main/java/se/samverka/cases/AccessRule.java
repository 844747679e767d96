package se.samverka.cases;

import java.time.LocalDate;
import java.util.List;
import se.samverka.cases.CaseModel.Consent;
import se.samverka.cases.CaseModel.Disclosure;

/**
 * The secrecy rule, in one place: an agency sees its own information; another agency's information only while a valid
 * consent covers both agencies and the information category, or a recorded disclosure from the owner to the reader
 * covers the category. A disclosure on the ground of consent lapses with the consent; one on another legal ground
 * stands, since the information was lawfully handed over.
 */
final class AccessRule {

  static final String CONSENT_GROUND = "samtycke";

  private AccessRule() {}

  static boolean maySee(String readerAgency, String ownerAgency, String category, List<Consent> consents,
      List<Disclosure> disclosures, LocalDate today) {
    if (readerAgency == null) {
      return false;
    }
    if (readerAgency.equals(ownerAgency)) {
      return true;
    }
    boolean consentValid = consents.stream().anyMatch(c -> c.isValidOn(today)
        && c.covers(readerAgency, category) && c.parties().contains(ownerAgency));
    if (consentValid) {
      return true;
    }
    return disclosures.stream().anyMatch(d -> d.fromAgency().equals(ownerAgency)
        && d.toAgency().equals(readerAgency) && d.category().equals(category)
        && (!CONSENT_GROUND.equals(d.legalGround()) || consents.stream().anyMatch(c -> c.isValidOn(today))));
  }
}
