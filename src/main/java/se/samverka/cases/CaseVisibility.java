package se.samverka.cases;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.samverka.cases.CaseModel.CaseRecord;
import se.samverka.cases.CaseModel.Consent;
import se.samverka.cases.CaseModel.Disclosure;
import se.samverka.security.Agencies;

/**
 * {@link AccessRule} turned inside out for the case list: instead of asking "may this reader see this case today", the
 * grants of one case, each naming whom it lets see the case and from when until when, so that one agency's list is a
 * read of an index ({@code sv_case_visibility}, V28) rather than the rule applied to every case it might see.
 * <p>
 * A reader (agency A, units U) sees the case on day D exactly when a grant has agency A, unit null or in U, and D
 * within its dates; it sees whom the case is about exactly when such a grant has {@code seesPerson}. Why that is the
 * rule, part by part:
 * <ul>
 *   <li>The owner: {@code (owner, ownerUnit)} always; the owner's agency sees the person whenever it sees the case
 *       ({@link AccessRule#ground} answers {@code egen} for it).</li>
 *   <li>A consent that is not withdrawn and has a category: one grant per party (an agency, or a unit of one, whose
 *       users it names) for the consent's days. It shows the person when the party is the owner's agency, or when it
 *       covers {@code grund} and names the owner (as an agency or by a unit).</li>
 *   <li>A disclosure in force ({@link AccessRule#inForce}) to agency T: for ever on a legal ground other than consent;
 *       on consent, for the days of each consent that names T and covers the category. It shows the person when T is
 *       the owner, or when it is the owner's {@code grund}.</li>
 * </ul>
 * Every grant that shows the person also shows the case, on the same days, to the same readers, so "sees the person" is
 * the same as the rule's "sees the case and may see its {@code grund}". A withdrawn consent grants nothing, and its
 * rows go when the case's grants are written again. {@code CaseListAccessRuleIntegrationTests} holds this against the rule
 * for every state a case can be in.
 */
final class CaseVisibility {

  /** One grant; {@code unit} null: every user of the agency; dates null: no bound. */
  record Grant(String agency, String unit, boolean seesPerson, LocalDate from, LocalDate until) {}

  private CaseVisibility() {}

  static Set<Grant> grants(CaseRecord record, List<Consent> consents, List<Disclosure> disclosures) {
    Set<Grant> grants = new LinkedHashSet<>();
    String owner = record.ownerAgency();
    if (owner == null) {
      return grants;
    }
    boolean hasPerson = record.personId() != null;
    grants.add(new Grant(owner, record.ownerUnit(), hasPerson, null, null));
    boolean ownerSeesAll = record.ownerUnit() == null;
    List<Consent> standing = consents.stream()
        .filter(c -> c.withdrawnAt() == null && !c.validFrom().isAfter(c.validTo())).toList();
    for (Consent consent : standing) {
      if (consent.categories().isEmpty()) {
        continue;
      }
      boolean coversIdentity = consent.categories().contains(AccessRule.IDENTITY_CATEGORY)
          && consent.namesAgency(owner);
      for (String party : consent.parties()) {
        String agency = Agencies.agencyOfParty(party);
        if (ownerSeesAll && agency.equals(owner)) {
          continue;
        }
        grants.add(new Grant(agency, party.equals(agency) ? null : party,
            hasPerson && (agency.equals(owner) || coversIdentity), consent.validFrom(), consent.validTo()));
      }
    }
    for (Disclosure disclosure : AccessRule.inForce(disclosures, hasPerson)) {
      String to = disclosure.toAgency();
      if (ownerSeesAll && to.equals(owner)) {
        continue;
      }
      boolean seesPerson = hasPerson && (to.equals(owner) || (disclosure.fromAgency().equals(owner)
          && AccessRule.IDENTITY_CATEGORY.equals(disclosure.category())));
      if (!AccessRule.CONSENT_GROUND.equals(disclosure.legalGround())) {
        grants.add(new Grant(to, null, seesPerson, null, null));
        continue;
      }
      for (Consent consent : standing) {
        if (consent.namesAgency(to) && consent.categories().contains(disclosure.category())) {
          grants.add(new Grant(to, null, seesPerson, consent.validFrom(), consent.validTo()));
        }
      }
    }
    return grants;
  }

  /** The case number as the search compares it: upper case, as the reader's prefix is made. */
  static String numberKey(String caseNumber) {
    return caseNumber == null ? null : caseNumber.toUpperCase(Locale.ROOT);
  }
}
