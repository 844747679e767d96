package se.samverka.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverka.cases.Deadlines.BreachReasonRefused;
import se.samverka.cases.Deadlines.Deadline;
import se.samverka.security.CurrentUser;

/**
 * The rule for the reason of a breached deadline: only a breached deadline, only a reason from the list, a comment that
 * is short and free of personnummer (and required for "Annat"), recorded by the owning group or a manager of its agency.
 */
class BreachReasonRuleTests {

  static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
  static final Map<String, String> AGENCY = Map.of("socialtjanst", "socialtjanst", "socialjour", "socialtjanst",
      "polis", "polis", "chefSocialtjanst", "socialtjanst", "chefPolis", "polis", "chef", "kommun");
  static final List<String> MANAGERS = List.of("chef", "chefSocialtjanst", "chefPolis");

  static Optional<String> group(String user, String ownerGroup) {
    return Deadlines.recordingGroup(new CurrentUser(user, List.of(user), AGENCY.get(user)), ownerGroup, MANAGERS,
        g -> Optional.ofNullable(AGENCY.get(g)));
  }

  static Deadline deadline(Instant due, Instant met, Instant breached) {
    return new Deadline("d", "c", "forhandsbedomning", null, "SoL", "socialtjanst", due, "OPPEN", null, met, breached);
  }

  @Test
  void aDeadlineIsBreachedWhenMarkedSoOrPastDueAndNotMet() {
    assertThat(deadline(NOW.minusSeconds(60), null, null).isBreached(NOW)).isTrue();
    assertThat(deadline(NOW.plusSeconds(60), null, NOW.minusSeconds(1)).isBreached(NOW)).isTrue();
    assertThat(deadline(NOW.minusSeconds(60), NOW.minusSeconds(30), NOW.minusSeconds(40)).isBreached(NOW))
        .as("met late").isTrue();
    assertThat(deadline(NOW.minusSeconds(60), NOW.minusSeconds(90), null).isBreached(NOW)).as("met in time").isFalse();
    assertThat(deadline(NOW.plusSeconds(60), null, null).isBreached(NOW)).as("still open").isFalse();
  }

  @Test
  void theOwningGroupAndTheManagersOfItsAgencyMayRecordNobodyElse() {
    assertThat(group("socialtjanst", "socialtjanst")).contains("socialtjanst");
    assertThat(group("chefSocialtjanst", "socialtjanst")).contains("chefSocialtjanst");
    assertThat(group("chefSocialtjanst", "socialjour")).as("another group of the same agency").contains("chefSocialtjanst");
    assertThat(group("socialjour", "socialtjanst")).as("a caseworker of another group").isEmpty();
    assertThat(group("polis", "socialtjanst")).isEmpty();
    assertThat(group("chefPolis", "socialtjanst")).as("a manager of another agency").isEmpty();
    assertThat(group("chef", "socialtjanst")).as("the municipality's manager").isEmpty();
  }

  @Test
  void aReasonMustBeOneOfTheListWithASwedishMessageThatDoesNotEchoTheInput() {
    assertThat(Deadlines.checkedReason("HOG_BELASTNING")).isEqualTo(BreachReason.HOG_BELASTNING);
    assertThatThrownBy(() -> Deadlines.checkedReason(" ")).isInstanceOf(BreachReasonRefused.class)
        .hasMessage("Välj en orsak till överskridandet");
    assertThatThrownBy(() -> Deadlines.checkedReason("DROP TABLE deadline")).isInstanceOf(BreachReasonRefused.class)
        .hasMessage("Okänd orsak: välj en av orsakerna i listan")
        .satisfies(e -> assertThat(((BreachReasonRefused) e).field()).isEqualTo("reason"));
    assertThat(BreachReason.parse("hog_belastning")).as("codes are exact").isEmpty();
  }

  @Test
  void aCommentIsOptionalShortAndFreeOfIdentityNumbersButRequiredForAnnat() {
    var detector = new IdentityNumberDetector();
    assertThat(Deadlines.checkedComment("  ", BreachReason.HOG_BELASTNING, detector)).isNull();
    assertThat(Deadlines.checkedComment(" Två sjukskrivna i gruppen ", BreachReason.HOG_BELASTNING, detector))
        .isEqualTo("Två sjukskrivna i gruppen");
    assertThat(Deadlines.checkedComment("x".repeat(500), BreachReason.ANNAT, detector)).hasSize(500);
    assertThatThrownBy(() -> Deadlines.checkedComment("x".repeat(501), BreachReason.ANNAT, detector))
        .isInstanceOf(BreachReasonRefused.class).hasMessage("Kommentaren får vara högst 500 tecken");
    assertThatThrownBy(() -> Deadlines.checkedComment("Gäller 20100101-2390, mamman", BreachReason.EJ_NAADD,
        detector)).isInstanceOf(BreachReasonRefused.class).hasMessageContaining("personnummer")
        .hasMessageNotContaining("20100101");
    assertThat(Deadlines.checkedComment("Beslut 2026-11-02, dnr 1234-5678", BreachReason.ANNAT, detector))
        .as("dates and reference numbers pass").isNotNull();
    assertThatThrownBy(() -> Deadlines.checkedComment(null, BreachReason.ANNAT, detector))
        .isInstanceOf(BreachReasonRefused.class).hasMessageContaining("Annat")
        .satisfies(e -> assertThat(((BreachReasonRefused) e).field()).isEqualTo("comment"));
  }

  @Test
  void everyReasonHasSwedishWordsAndTheNoteReadsReasonThenComment() {
    for (BreachReason reason : BreachReason.values()) {
      assertThat(reason.label()).isNotBlank().isNotEqualTo(reason.name());
    }
    var note = new Deadlines.BreachNote(BreachReason.VANTAR_ANNAN, "Läkarintyget dröjde", "u", "socialtjanst", NOW);
    assertThat(note.text()).isEqualTo("Väntade på underlag från en annan myndighet – Läkarintyget dröjde");
  }
}
