package se.samverka.sspf;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.sspf.ConsentRules.Outcome.GIVEN;
import static se.samverka.sspf.ConsentRules.Outcome.INCOMPLETE;
import static se.samverka.sspf.ConsentRules.Outcome.REFUSED;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.samverka.sspf.ConsentRules.Answer;
import se.samverka.sspf.ConsentRules.Answers;

/** Who must consent, by age and custody: FB 6:2 (18), FB 6:13 (every guardian with custody), the youth from 15. */
class ConsentRulesTests {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
  static final Answer YES = Answer.yes(TODAY.minusDays(3));

  final ConsentRules rules = new ConsentRules(new SspfSettings(10, 18, 15, "P14D", "P30D", "P7D", "P6W", "P1Y"));

  @Test
  void underFifteenWithJointCustodyNeedsBothGuardiansAndNotTheChild() {
    var verdict = rules.check(13, new Answers(2, YES, YES, Answer.NONE), TODAY);
    assertThat(verdict.outcome()).isEqualTo(GIVEN);
    assertThat(verdict.earliestSignature()).isEqualTo(TODAY.minusDays(3));
  }

  @Test
  void underFifteenWithJointCustodyAndOneSignatureIsIncomplete() {
    var verdict = rules.check(13, new Answers(2, YES, Answer.NONE, Answer.NONE), TODAY);
    assertThat(verdict.outcome()).isEqualTo(INCOMPLETE);
    assertThat(verdict.problem()).contains("Samtycke från vårdnadshavare 2 saknas", "FB 6 kap. 13 §");
  }

  @Test
  void soleCustodyNeedsTheOneGuardianOnly() {
    assertThat(rules.check(12, new Answers(1, YES, Answer.NONE, Answer.NONE), TODAY).outcome()).isEqualTo(GIVEN);
  }

  @Test
  void fromFifteenTheYoungPersonMustConsentAsWell() {
    var without = rules.check(15, new Answers(1, YES, Answer.NONE, Answer.NONE), TODAY);
    assertThat(without.outcome()).isEqualTo(INCOMPLETE);
    assertThat(without.problem()).contains("15 år");
    assertThat(rules.check(17, new Answers(2, YES, YES, YES), TODAY).outcome()).isEqualTo(GIVEN);
  }

  @Test
  void theYouthConsentAgeIsALocalSetting() {
    var fromFourteen = new ConsentRules(new SspfSettings(10, 18, 14, "P14D", "P30D", "P7D", "P6W", "P1Y"));
    assertThat(fromFourteen.check(14, new Answers(1, YES, Answer.NONE, Answer.NONE), TODAY).outcome())
        .isEqualTo(INCOMPLETE);
    assertThat(rules.check(14, new Answers(1, YES, Answer.NONE, Answer.NONE), TODAY).outcome()).isEqualTo(GIVEN);
  }

  @Test
  void atEighteenOnlyTheYoungPersonConsentsAndNoGuardianIsAsked() {
    assertThat(rules.check(18, new Answers(0, Answer.NONE, Answer.NONE, YES), TODAY).outcome()).isEqualTo(GIVEN);
    var withGuardians = rules.check(18, new Answers(2, YES, YES, YES), TODAY);
    assertThat(withGuardians.outcome()).isEqualTo(INCOMPLETE);
    assertThat(withGuardians.problem()).contains("FB 6 kap. 2 §");
    assertThat(rules.check(18, new Answers(0, Answer.NONE, Answer.NONE, Answer.NONE), TODAY).problem())
        .contains("den unges samtycke saknas");
  }

  @Test
  void underEighteenWithoutAnyGuardianWithCustodyIsIncomplete() {
    var verdict = rules.check(16, new Answers(0, Answer.NONE, Answer.NONE, YES), TODAY);
    assertThat(verdict.outcome()).isEqualTo(INCOMPLETE);
    assertThat(verdict.problem()).contains("under 18 år");
  }

  @Test
  void oneGuardianWhoRefusesMeansNoConsent() {
    var verdict = rules.check(16, new Answers(2, YES, Answer.no(), YES), TODAY);
    assertThat(verdict.outcome()).isEqualTo(REFUSED);
    assertThat(verdict.problem()).contains("Vårdnadshavare 2 samtycker inte");
  }

  @Test
  void aYoungPersonWhoRefusesMeansNoConsentAtAnyAge() {
    assertThat(rules.check(16, new Answers(1, YES, Answer.NONE, Answer.no()), TODAY).outcome()).isEqualTo(REFUSED);
    assertThat(rules.check(12, new Answers(1, YES, Answer.NONE, Answer.no()), TODAY).outcome()).isEqualTo(REFUSED);
  }

  @Test
  void aSecondGuardiansAnswerCountsOnlyUnderJointCustody() {
    assertThat(rules.check(12, new Answers(1, YES, Answer.no(), Answer.NONE), TODAY).outcome()).isEqualTo(GIVEN);
  }

  @Test
  void aSignatureMustHaveADateNeitherInTheFutureNorLapsed() {
    assertThat(rules.check(12, new Answers(1, new Answer(true, null), Answer.NONE, Answer.NONE), TODAY).problem())
        .contains("Ange datum");
    assertThat(rules.check(12, new Answers(1, Answer.yes(TODAY.plusDays(1)), Answer.NONE, Answer.NONE), TODAY)
        .problem()).contains("framtiden");
    var lapsed = rules.check(12, new Answers(1, Answer.yes(TODAY.minusYears(1).minusDays(1)), Answer.NONE,
        Answer.NONE), TODAY);
    assertThat(lapsed.outcome()).isEqualTo(INCOMPLETE);
    assertThat(lapsed.problem()).contains("har gått ut");
    assertThat(rules.check(12, new Answers(1, Answer.yes(TODAY.minusYears(1)), Answer.NONE, Answer.NONE), TODAY)
        .outcome()).isEqualTo(GIVEN);
  }

  @Test
  void theEarliestSignatureCountsForTheValidity() {
    var verdict = rules.check(16, new Answers(2, Answer.yes(TODAY.minusDays(20)), Answer.yes(TODAY.minusDays(2)),
        Answer.yes(TODAY)), TODAY);
    assertThat(verdict.earliestSignature()).isEqualTo(TODAY.minusDays(20));
  }
}
