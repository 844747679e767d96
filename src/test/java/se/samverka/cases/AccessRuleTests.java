package se.samverka.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.samverka.cases.CaseModel.Consent;
import se.samverka.cases.CaseModel.Disclosure;

/** The secrecy rule of the case store, rule by rule, always within one case. */
class AccessRuleTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  private static Consent consent(List<String> parties, List<String> categories, Instant withdrawnAt) {
    return new Consent("c", "case", true, true, true, parties, categories, TODAY.minusDays(10), TODAY.plusMonths(6),
        withdrawnAt, "samordnare");
  }

  private static Disclosure disclosure(String from, String to, String category, String ground) {
    return new Disclosure("d", "case", from, to, category, ground, "skäl", "socialtjanst", Instant.now());
  }

  @Nested
  class Information {

    @Test
    void agencySeesItsOwnInformation() {
      assertThat(AccessRule.maySee("skola", "skola", "skola", List.of(), List.of(), TODAY)).isTrue();
    }

    @Test
    void agencyDoesNotSeeAnotherAgencysInformationWithoutConsentOrDisclosure() {
      assertThat(AccessRule.maySee("skola", "socialtjanst", "socialtjanst", List.of(), List.of(), TODAY)).isFalse();
    }

    @Test
    void readerWithoutAgencySeesNothingNotEvenWithConsentOrDisclosure() {
      var consent = consent(List.of("skola", "polis"), List.of("grund"), null);
      var disclosure = disclosure("skola", "polis", "grund", "osl-10-28");
      assertThat(AccessRule.maySee(null, "skola", "grund", List.of(consent), List.of(disclosure), TODAY)).isFalse();
      assertThat(AccessRule.maySee(null, null, "grund", List.of(), List.of(), TODAY)).isFalse();
    }

    @Test
    void consentCoveringBothPartiesAndTheCategoryLetsTheReaderSee() {
      var consent = consent(List.of("skola", "socialtjanst"), List.of("socialtjanst"), null);
      assertThat(AccessRule.maySee("skola", "socialtjanst", "socialtjanst", List.of(consent), List.of(), TODAY))
          .isTrue();
    }

    @Test
    void consentNotCoveringTheCategoryGivesNothing() {
      var consent = consent(List.of("skola", "socialtjanst"), List.of("skola"), null);
      assertThat(AccessRule.maySee("skola", "socialtjanst", "socialtjanst", List.of(consent), List.of(), TODAY))
          .isFalse();
    }

    @Test
    void consentNotNamingTheReaderGivesNothing() {
      var consent = consent(List.of("skola", "socialtjanst"), List.of("skola"), null);
      assertThat(AccessRule.maySee("polis", "skola", "skola", List.of(consent), List.of(), TODAY)).isFalse();
    }

    @Test
    void consentNotNamingTheOwnerGivesNothing() {
      var consent = consent(List.of("skola", "socialtjanst"), List.of("skola", "polis"), null);
      assertThat(AccessRule.maySee("socialtjanst", "polis", "polis", List.of(consent), List.of(), TODAY)).isFalse();
    }

    @Test
    void withdrawnConsentHidesAtOnce() {
      var withdrawn = consent(List.of("skola", "polis"), List.of("polis"), Instant.now());
      assertThat(AccessRule.maySee("skola", "polis", "polis", List.of(withdrawn), List.of(), TODAY)).isFalse();
    }

    @Test
    void consentOutsideItsValidityGivesNothing() {
      var live = consent(List.of("skola", "polis"), List.of("polis"), null);
      assertThat(AccessRule.maySee("skola", "polis", "polis", List.of(live), List.of(), TODAY)).isTrue();
      assertThat(AccessRule.maySee("skola", "polis", "polis", List.of(live), List.of(), TODAY.plusYears(1))).isFalse();
      assertThat(AccessRule.maySee("skola", "polis", "polis", List.of(live), List.of(), TODAY.minusMonths(1)))
          .isFalse();
    }

    @Test
    void disclosureWithLegalGroundLetsTheRecipientSeeThatCategoryOfTheDiscloserOnly() {
      var disclosure = disclosure("socialtjanst", "polis", "socialtjanst", "osl-10-18a");
      assertThat(AccessRule.maySee("polis", "socialtjanst", "socialtjanst", List.of(), List.of(disclosure), TODAY))
          .isTrue();
      assertThat(AccessRule.maySee("polis", "socialtjanst", "plan", List.of(), List.of(disclosure), TODAY)).isFalse();
      assertThat(AccessRule.maySee("skola", "socialtjanst", "socialtjanst", List.of(), List.of(disclosure), TODAY))
          .isFalse();
      assertThat(AccessRule.maySee("polis", "skola", "socialtjanst", List.of(), List.of(disclosure), TODAY)).isFalse();
    }

    @Test
    void disclosureOnTheGroundOfConsentLapsesWithTheConsent() {
      var disclosure = disclosure("socialtjanst", "polis", "socialtjanst", AccessRule.CONSENT_GROUND);
      var live = consent(List.of("polis", "fritid"), List.of("socialtjanst"), null);
      assertThat(AccessRule.maySee("polis", "socialtjanst", "socialtjanst", List.of(live), List.of(disclosure), TODAY))
          .isTrue();
      var withdrawn = consent(List.of("polis", "fritid"), List.of("socialtjanst"), Instant.now());
      assertThat(AccessRule.maySee("polis", "socialtjanst", "socialtjanst", List.of(withdrawn), List.of(disclosure),
          TODAY)).isFalse();
      assertThat(AccessRule.maySee("polis", "socialtjanst", "socialtjanst", List.of(live), List.of(disclosure),
          TODAY.plusYears(1))).isFalse();
    }

    @Test
    void disclosureOnTheGroundOfConsentNeedsAConsentCoveringTheRecipientAndTheCategory() {
      var disclosure = disclosure("socialtjanst", "polis", "socialtjanst", AccessRule.CONSENT_GROUND);
      var otherConsent = consent(List.of("fritid"), List.of("grund"), null);
      assertThat(AccessRule.maySee("polis", "socialtjanst", "socialtjanst", List.of(otherConsent),
          List.of(disclosure), TODAY)).isFalse();
    }

    @Test
    void disclosureOnAnotherLegalGroundStandsAfterConsentIsWithdrawn() {
      var disclosure = disclosure("socialtjanst", "polis", "socialtjanst", "osl-10-18a");
      var withdrawn = consent(List.of("polis", "socialtjanst"), List.of("socialtjanst"), Instant.now());
      assertThat(AccessRule.maySee("polis", "socialtjanst", "socialtjanst", List.of(withdrawn), List.of(disclosure),
          TODAY)).isTrue();
    }
  }

  @Nested
  class TheCaseAndWhomItIsAbout {

    @Test
    void owningAgencySeesTheCaseAndTheIdentity() {
      assertThat(AccessRule.maySeeCase("polis", "polis", List.of(), List.of(), TODAY)).isTrue();
      assertThat(AccessRule.maySeeIdentity("polis", "polis", List.of(), List.of(), TODAY)).isTrue();
    }

    @Test
    void otherAgencySeesNeitherTheCaseNorTheIdentityWithoutConsentOrDisclosure() {
      assertThat(AccessRule.maySeeCase("skola", "polis", List.of(), List.of(), TODAY)).isFalse();
      assertThat(AccessRule.maySeeIdentity("skola", "polis", List.of(), List.of(), TODAY)).isFalse();
    }

    @Test
    void readerWithoutAgencyOrCaseWithoutOwnerGivesNothing() {
      assertThat(AccessRule.maySeeCase(null, "polis", List.of(), List.of(), TODAY)).isFalse();
      assertThat(AccessRule.maySeeCase("polis", null, List.of(), List.of(), TODAY)).isFalse();
    }

    @Test
    void consentNamingReaderAndOwnerShowsTheCaseAndTheIdentityOnlyWhenItCoversGrund() {
      var withoutGrund = consent(List.of("skola", "socialtjanst"), List.of("skola"), null);
      assertThat(AccessRule.maySeeCase("socialtjanst", "skola", List.of(withoutGrund), List.of(), TODAY)).isTrue();
      assertThat(AccessRule.maySeeIdentity("socialtjanst", "skola", List.of(withoutGrund), List.of(), TODAY))
          .isFalse();
      var withGrund = consent(List.of("skola", "socialtjanst"), List.of("grund", "skola"), null);
      assertThat(AccessRule.maySeeIdentity("socialtjanst", "skola", List.of(withGrund), List.of(), TODAY)).isTrue();
    }

    @Test
    void consentNamingTheReaderButNotTheCaseOwnerShowsTheCaseButNotWhomItIsAbout() {
      var consent = consent(List.of("polis", "socialtjanst"), List.of("grund"), null);
      assertThat(AccessRule.maySeeCase("socialtjanst", "skola", List.of(consent), List.of(), TODAY)).isTrue();
      assertThat(AccessRule.maySeeIdentity("socialtjanst", "skola", List.of(consent), List.of(), TODAY)).isFalse();
    }

    @Test
    void consentNotNamingTheReaderDoesNotShowTheCase() {
      var consent = consent(List.of("skola", "socialtjanst"), List.of("grund", "skola"), null);
      assertThat(AccessRule.maySeeCase("polis", "skola", List.of(consent), List.of(), TODAY)).isFalse();
    }

    @Test
    void expiredOrWithdrawnConsentDoesNotShowTheCase() {
      var consent = consent(List.of("skola", "socialtjanst"), List.of("grund"), null);
      assertThat(AccessRule.maySeeCase("socialtjanst", "skola", List.of(consent), List.of(), TODAY.plusYears(1)))
          .isFalse();
      var withdrawn = consent(List.of("skola", "socialtjanst"), List.of("grund"), Instant.now());
      assertThat(AccessRule.maySeeCase("socialtjanst", "skola", List.of(withdrawn), List.of(), TODAY)).isFalse();
    }

    @Test
    void disclosureFromTheOwnerShowsTheCaseAndTheIdentityOnlyForGrund() {
      var polisOnly = disclosure("polis", "socialtjanst", "polis", "osl-10-28");
      assertThat(AccessRule.maySeeCase("socialtjanst", "polis", List.of(), List.of(polisOnly), TODAY)).isTrue();
      assertThat(AccessRule.maySeeIdentity("socialtjanst", "polis", List.of(), List.of(polisOnly), TODAY)).isFalse();
      var grund = disclosure("polis", "socialtjanst", "grund", "osl-10-28");
      assertThat(AccessRule.maySeeIdentity("socialtjanst", "polis", List.of(), List.of(grund), TODAY)).isTrue();
    }

    @Test
    void disclosureFromAPartyOfItsOwnInformationShowsTheCaseButNotWhomItIsAbout() {
      var fromParty = disclosure("skola", "fritid", "skola", "osl-10-28");
      assertThat(AccessRule.maySeeCase("fritid", "socialtjanst", List.of(), List.of(fromParty), TODAY)).isTrue();
      assertThat(AccessRule.maySeeIdentity("fritid", "socialtjanst", List.of(), List.of(fromParty), TODAY)).isFalse();
      assertThat(AccessRule.maySeeCase("polis", "socialtjanst", List.of(), List.of(fromParty), TODAY)).isFalse();
    }

    @Test
    void disclosureOnTheGroundOfConsentShowsTheCaseOnlyWhileTheConsentHolds() {
      var disclosure = disclosure("skola", "polis", "grund", AccessRule.CONSENT_GROUND);
      var live = consent(List.of("polis"), List.of("grund"), null);
      assertThat(AccessRule.maySeeCase("polis", "skola", List.of(live), List.of(disclosure), TODAY)).isTrue();
      var withdrawn = consent(List.of("polis"), List.of("grund"), Instant.now());
      assertThat(AccessRule.maySeeCase("polis", "skola", List.of(withdrawn), List.of(disclosure), TODAY)).isFalse();
    }

    @Test
    void consultationDisclosureIsInForceOnlyWhileTheCaseIsAboutNobodyKnown() {
      var consultation = disclosure("skola", "socialtjanst", "grund", AccessRule.CONSULTATION_GROUND);
      var lawful = disclosure("skola", "socialtjanst", "skola", "osl-10-28");
      assertThat(AccessRule.inForce(List.of(consultation, lawful), false)).containsExactly(consultation, lawful);
      assertThat(AccessRule.inForce(List.of(consultation, lawful), true)).containsExactly(lawful);
    }
  }

  /** A consent names whole agencies or units of one (a school, the local police team); the coordinator is "sspf". */
  @Nested
  class UnitsAndTheSspfFunction {

    private final Consent paulinskaPoliceAndSspf = consent(List.of("sspf", "skola:paulinska", "polis:lpo-strangnas"),
        List.of("grund", "skola", "polis", "plan"), null);

    @Test
    void coordinatorReadsThePartiesInputThroughAConsentNamingTheSspfFunction() {
      assertThat(AccessRule.maySee("sspf", List.of(), "polis", "polis", List.of(paulinskaPoliceAndSspf), List.of(),
          TODAY)).isTrue();
      assertThat(AccessRule.maySeeCase("sspf", List.of(), "skola", "skola:paulinska",
          List.of(paulinskaPoliceAndSspf), List.of(), TODAY)).isTrue();
    }

    @Test
    void socialServicesReadNothingWhenTheConsentLeavesThemOut() {
      assertThat(AccessRule.maySeeCase("socialtjanst", List.of(), "skola", "skola:paulinska",
          List.of(paulinskaPoliceAndSspf), List.of(), TODAY)).isFalse();
      assertThat(AccessRule.maySee("socialtjanst", List.of(), "polis", "polis", List.of(paulinskaPoliceAndSspf),
          List.of(), TODAY)).isFalse();
    }

    @Test
    void aConsentNamingAUnitNamesOnlyTheUsersOfThatUnit() {
      assertThat(AccessRule.maySee("polis", List.of("polis:lpo-strangnas"), "sspf", "plan",
          List.of(paulinskaPoliceAndSspf), List.of(), TODAY)).isTrue();
      assertThat(AccessRule.maySee("polis", List.of(), "sspf", "plan", List.of(paulinskaPoliceAndSspf), List.of(),
          TODAY)).isFalse();
      assertThat(AccessRule.maySee("polis", List.of("polis:lpo-eskilstuna"), "sspf", "plan",
          List.of(paulinskaPoliceAndSspf), List.of(), TODAY)).isFalse();
    }

    @Test
    void aCaseOfOneSchoolIsNotAnotherSchoolsUnlessTheConsentNamesIt() {
      assertThat(AccessRule.maySeeCase("skola", List.of("skola:paulinska"), "skola", "skola:paulinska", List.of(),
          List.of(), TODAY)).isTrue();
      assertThat(AccessRule.maySeeCase("skola", List.of("skola:finninge"), "skola", "skola:paulinska",
          List.of(paulinskaPoliceAndSspf), List.of(), TODAY)).isFalse();
      var wholeSchool = consent(List.of("sspf", "skola"), List.of("grund"), null);
      assertThat(AccessRule.maySeeCase("skola", List.of("skola:finninge"), "skola", "skola:paulinska",
          List.of(wholeSchool), List.of(), TODAY)).isTrue();
    }

    @Test
    void aConsentNamingTheWholeAgencyNamesEveryUserOfIt() {
      var wholePolice = consent(List.of("sspf", "polis"), List.of("plan"), null);
      assertThat(AccessRule.maySee("polis", List.of("polis:lpo-strangnas"), "sspf", "plan", List.of(wholePolice),
          List.of(), TODAY)).isTrue();
      assertThat(AccessRule.maySee("polis", List.of(), "sspf", "plan", List.of(wholePolice), List.of(), TODAY))
          .isTrue();
    }

    @Test
    void aConsentNamingAUnitCoversTheInformationOfItsAgency() {
      assertThat(AccessRule.maySee("sspf", List.of(), "skola", "skola", List.of(paulinskaPoliceAndSspf), List.of(),
          TODAY)).isTrue();
      assertThat(AccessRule.maySee("sspf", List.of(), "fritid", "fritid", List.of(paulinskaPoliceAndSspf), List.of(),
          TODAY)).isFalse();
    }

    @Test
    void aCaseWithoutAUnitIsTheWholeAgencysAsBefore() {
      assertThat(AccessRule.maySeeCase("skola", List.of("skola:finninge"), "skola", null, List.of(), List.of(),
          TODAY)).isTrue();
    }
  }
}
