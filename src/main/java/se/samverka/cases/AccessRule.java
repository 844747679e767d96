package se.samverka.cases;

import java.time.LocalDate;
import java.util.List;
import se.samverka.cases.CaseModel.Consent;
import se.samverka.cases.CaseModel.Disclosure;

/**
 * The secrecy rule, in one place, and always for one case: the consents and disclosures passed in are those of that
 * case, and nothing outside it (such as who registered the person first) grants anything.
 * <ul>
 *   <li>An agency sees its own information in the case.</li>
 *   <li>It sees another agency's information of a category while a valid consent of the case names both agencies and
 *       the category.</li>
 *   <li>Or when the owner has disclosed that category to it in the case. A disclosure on the ground of consent lapses
 *       when no valid consent of the case covers the recipient and the category any longer; one on another legal
 *       ground stands, since the information was lawfully handed over.</li>
 *   <li>A disclosure of an anonymous consultation ({@link #CONSULTATION_GROUND}) lets the recipient see the case only
 *       while it is about nobody known: once a person is attached, it grants nothing.</li>
 * </ul>
 * A consent names parties: a whole agency ({@code skola}), which names every user of it, or a unit of one
 * ({@code skola:paulinska}), which names only the users who work there; either way it covers the information the
 * agency owns in the case.
 * <p>
 * The case itself (its record, events and deadlines, which hold no personal data) is visible to the owning agency (to
 * the owning unit only, when a user of a unit opened it), to a reader that a valid consent of the case names, and to
 * an agency that a standing disclosure in the case is addressed to (from the owner, or from another party disclosing
 * its own information). The young person's identity is the category {@code grund} of the case owner, so those who
 * see the case without it see whom it is about only when the consent or a disclosure from the owner covers
 * {@code grund}.
 */
final class AccessRule {

  static final String CONSENT_GROUND = "samtycke";
  /** Not a configurable legal ground: recorded only by the case store for a consultation without identity. */
  static final String CONSULTATION_GROUND = "konsultation";
  static final String IDENTITY_CATEGORY = "grund";
  static final String PLAN_CATEGORY = "plan";
  /** The reader's agency owns the information (not a legal ground of its own: nothing was shared). */
  static final String OWN = "egen";

  private AccessRule() {}

  /** May a reader of the whole agency (no unit) see the owner's information of this category in the case? */
  static boolean maySee(String readerAgency, String ownerAgency, String category, List<Consent> consents,
      List<Disclosure> disclosures, LocalDate today) {
    return maySee(readerAgency, List.of(), ownerAgency, category, consents, disclosures, today);
  }

  /** May the reader, working in these units of its agency, see the owner's information of this category? */
  static boolean maySee(String readerAgency, List<String> readerUnits, String ownerAgency, String category,
      List<Consent> consents, List<Disclosure> disclosures, LocalDate today) {
    return ground(readerAgency, readerUnits, ownerAgency, category, consents, disclosures, today) != null;
  }

  /**
   * On what footing the reader sees the owner's information of this category, for "why do I see this": {@link #OWN}
   * (its own), {@link #CONSENT_GROUND} (a valid consent names both and the category), the legal ground of the
   * disclosure that lets it, or null when it may not see it. {@link #maySee} is this, not null.
   */
  static String ground(String readerAgency, List<String> readerUnits, String ownerAgency, String category,
      List<Consent> consents, List<Disclosure> disclosures, LocalDate today) {
    if (readerAgency == null || ownerAgency == null) {
      return null;
    }
    if (readerAgency.equals(ownerAgency)) {
      return OWN;
    }
    boolean consentValid = consents.stream().anyMatch(c -> c.isValidOn(today)
        && c.namesReader(readerAgency, readerUnits) && c.categories().contains(category)
        && c.namesAgency(ownerAgency));
    if (consentValid) {
      return CONSENT_GROUND;
    }
    return disclosures.stream().filter(d -> d.fromAgency().equals(ownerAgency)
        && d.toAgency().equals(readerAgency) && d.category().equals(category)
        && stands(d, consents, today)).map(Disclosure::legalGround).findFirst().orElse(null);
  }

  /** May a reader of the whole agency see the case at all (its record, events, deadlines), owned by the agency? */
  static boolean maySeeCase(String readerAgency, String caseOwner, List<Consent> consents,
      List<Disclosure> disclosures, LocalDate today) {
    return maySeeCase(readerAgency, List.of(), caseOwner, null, consents, disclosures, today);
  }

  /**
   * May the reader, working in these units of its agency, see the case at all? A case of a unit ({@code
   * caseOwnerUnit}) is its own to the users of that unit; other users of the agency need a consent that names them.
   */
  static boolean maySeeCase(String readerAgency, List<String> readerUnits, String caseOwner, String caseOwnerUnit,
      List<Consent> consents, List<Disclosure> disclosures, LocalDate today) {
    return caseGround(readerAgency, readerUnits, caseOwner, caseOwnerUnit, consents, disclosures, today) != null;
  }

  /**
   * On what footing the reader sees the case at all: {@link #OWN}, {@link #CONSENT_GROUND}, the legal ground of a
   * standing disclosure addressed to its agency, or null. {@link #maySeeCase} is this, not null.
   */
  static String caseGround(String readerAgency, List<String> readerUnits, String caseOwner, String caseOwnerUnit,
      List<Consent> consents, List<Disclosure> disclosures, LocalDate today) {
    if (readerAgency == null || caseOwner == null) {
      return null;
    }
    if (readerAgency.equals(caseOwner) && (caseOwnerUnit == null || readerUnits.contains(caseOwnerUnit))) {
      return OWN;
    }
    boolean consentValid = consents.stream().anyMatch(c -> c.isValidOn(today)
        && c.namesReader(readerAgency, readerUnits) && !c.categories().isEmpty());
    if (consentValid) {
      return CONSENT_GROUND;
    }
    return disclosures.stream().filter(d -> d.toAgency().equals(readerAgency) && stands(d, consents, today))
        .map(Disclosure::legalGround).findFirst().orElse(null);
  }

  /** May the reader see whom the case is about (the owner's category {@code grund})? */
  static boolean maySeeIdentity(String readerAgency, String caseOwner, List<Consent> consents,
      List<Disclosure> disclosures, LocalDate today) {
    return maySee(readerAgency, caseOwner, IDENTITY_CATEGORY, consents, disclosures, today);
  }

  static boolean maySeeIdentity(String readerAgency, List<String> readerUnits, String caseOwner,
      List<Consent> consents, List<Disclosure> disclosures, LocalDate today) {
    return maySee(readerAgency, readerUnits, caseOwner, IDENTITY_CATEGORY, consents, disclosures, today);
  }

  /**
   * The disclosures of a case that are in force: those of an anonymous consultation lapse once the case is about a
   * known person, since they were made on the footing that nobody could be identified.
   */
  static List<Disclosure> inForce(List<Disclosure> disclosures, boolean caseHasPerson) {
    return caseHasPerson
        ? disclosures.stream().filter(d -> !CONSULTATION_GROUND.equals(d.legalGround())).toList()
        : disclosures;
  }

  private static boolean stands(Disclosure d, List<Consent> consents, LocalDate today) {
    return !CONSENT_GROUND.equals(d.legalGround())
        || consents.stream().anyMatch(c -> c.isValidOn(today) && c.namesAgency(d.toAgency())
            && c.categories().contains(d.category()));
  }
}
