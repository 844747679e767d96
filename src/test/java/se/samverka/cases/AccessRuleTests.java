package se.samverka.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverka.cases.CaseModel.Consent;
import se.samverka.cases.CaseModel.Disclosure;

/** The secrecy rule of the case store, case by case. */
class AccessRuleTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  private static Consent consent(List<String> parties, List<String> categories, Instant withdrawnAt) {
    return new Consent("c", "case", true, true, true, parties, categories, TODAY.minusDays(10), TODAY.plusMonths(6),
        withdrawnAt, "samordnare");
  }

  private static Disclosure disclosure(String from, String to, String category, String ground) {
    return new Disclosure("d", "case", from, to, category, ground, "skäl", "socialtjanst", Instant.now());
  }

  @Test
  void agencySeesItsOwnInformation() {
    assertThat(AccessRule.maySee("skola", "skola", "skola", List.of(), List.of(), TODAY)).isTrue();
  }

  @Test
  void agencyDoesNotSeeAnotherAgencysInformationWithoutConsentOrDisclosure() {
    assertThat(AccessRule.maySee("skola", "socialtjanst", "socialtjanst", List.of(), List.of(), TODAY)).isFalse();
    assertThat(AccessRule.maySee(null, "skola", "skola", List.of(), List.of(), TODAY)).isFalse();
  }

  @Test
  void consentCoveringBothPartiesAndTheCategoryLetsTheReaderSee() {
    var consent = consent(List.of("skola", "socialtjanst"), List.of("socialtjanst"), null);
    assertThat(AccessRule.maySee("skola", "socialtjanst", "socialtjanst", List.of(consent), List.of(), TODAY)).isTrue();
  }

  @Test
  void consentDoesNotReachOtherCategoriesOrPartiesOutsideItsScope() {
    var consent = consent(List.of("skola", "socialtjanst"), List.of("skola"), null);
    assertThat(AccessRule.maySee("skola", "socialtjanst", "socialtjanst", List.of(consent), List.of(), TODAY)).isFalse();
    assertThat(AccessRule.maySee("polis", "skola", "skola", List.of(consent), List.of(), TODAY)).isFalse();
    assertThat(AccessRule.maySee("socialtjanst", "polis", "skola", List.of(consent), List.of(), TODAY)).isFalse();
  }

  @Test
  void withdrawnOrExpiredConsentHidesAtOnce() {
    var withdrawn = consent(List.of("skola", "polis"), List.of("polis"), Instant.now());
    assertThat(AccessRule.maySee("skola", "polis", "polis", List.of(withdrawn), List.of(), TODAY)).isFalse();
    var live = consent(List.of("skola", "polis"), List.of("polis"), null);
    assertThat(AccessRule.maySee("skola", "polis", "polis", List.of(live), List.of(), TODAY.plusYears(1))).isFalse();
    assertThat(AccessRule.maySee("skola", "polis", "polis", List.of(live), List.of(), TODAY.minusMonths(1))).isFalse();
  }

  @Test
  void disclosureWithLegalGroundLetsTheRecipientSeeThatCategoryOnly() {
    var disclosure = disclosure("socialtjanst", "polis", "socialtjanst", "osl-10-18a");
    assertThat(AccessRule.maySee("polis", "socialtjanst", "socialtjanst", List.of(), List.of(disclosure), TODAY)).isTrue();
    assertThat(AccessRule.maySee("polis", "socialtjanst", "plan", List.of(), List.of(disclosure), TODAY)).isFalse();
    assertThat(AccessRule.maySee("skola", "socialtjanst", "socialtjanst", List.of(), List.of(disclosure), TODAY)).isFalse();
  }

  @Test
  void disclosureOnTheGroundOfConsentLapsesWithTheConsent() {
    var disclosure = disclosure("socialtjanst", "polis", "socialtjanst", AccessRule.CONSENT_GROUND);
    var withdrawn = consent(List.of("fritid"), List.of("grund"), Instant.now());
    assertThat(AccessRule.maySee("polis", "socialtjanst", "socialtjanst", List.of(withdrawn), List.of(disclosure), TODAY))
        .isFalse();
    var live = consent(List.of("fritid"), List.of("grund"), null);
    assertThat(AccessRule.maySee("polis", "socialtjanst", "socialtjanst", List.of(live), List.of(disclosure), TODAY))
        .isTrue();
  }
}
