package se.samverka.homevisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of the report of concern's clock: office hours with Swedish holidays, routing, escalation, extension. */
class OrosanmalanSettingsTests {

  private static final OrosanmalanSettings SETTINGS = OrosanmalanSettings.defaults();

  private static Instant at(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(ZoneId.systemDefault()).toInstant();
  }

  @Test
  void officeIsOpenOnWorkingDaysWithinTheHoursOnly() {
    assertThat(SETTINGS.officeOpen(at(2026, 11, 27, 8, 0))).isTrue();
    assertThat(SETTINGS.officeOpen(at(2026, 11, 27, 16, 29))).isTrue();
    assertThat(SETTINGS.officeOpen(at(2026, 11, 27, 7, 59))).isFalse();
    assertThat(SETTINGS.officeOpen(at(2026, 11, 27, 16, 30))).isFalse();
    assertThat(SETTINGS.officeOpen(at(2026, 11, 28, 10, 0))).as("Saturday").isFalse();
    assertThat(SETTINGS.officeOpen(at(2026, 11, 29, 10, 0))).as("Sunday").isFalse();
  }

  @Test
  void officeIsClosedOnSwedishHolidaysAndTheEvesThatAreDaysOff() {
    assertThat(SETTINGS.officeOpen(at(2026, 5, 14, 10, 0))).as("Ascension Day, a Thursday").isFalse();
    assertThat(SETTINGS.officeOpen(at(2026, 6, 19, 10, 0))).as("Midsummer Eve, a Friday").isFalse();
    assertThat(SETTINGS.officeOpen(at(2026, 12, 24, 10, 0))).as("Christmas Eve, a Thursday").isFalse();
    assertThat(SETTINGS.officeOpen(at(2026, 6, 18, 10, 0))).as("the Thursday before midsummer").isTrue();
  }

  @Test
  void acuteReportOutsideOfficeHoursGoesToSocialjourWithSocialServicesBeside() {
    assertThat(SETTINGS.protectionGroups(at(2026, 11, 27, 20, 0), true)).containsExactly("socialjour", "socialtjanst");
    assertThat(SETTINGS.protectionGroups(at(2026, 12, 24, 10, 0), true)).containsExactly("socialjour", "socialtjanst");
  }

  @Test
  void acuteReportInOfficeHoursAndEveryNonAcuteReportGoToSocialServices() {
    assertThat(SETTINGS.protectionGroups(at(2026, 11, 27, 10, 0), true)).containsExactly("socialtjanst");
    assertThat(SETTINGS.protectionGroups(at(2026, 11, 28, 22, 0), false)).containsExactly("socialtjanst");
  }

  @Test
  void officeHoursAndDaysAreSettings() {
    var saturdays = new OrosanmalanSettings(LocalTime.of(16, 0), 14, 14, Duration.ofHours(4), LocalTime.of(9, 0),
        LocalTime.of(15, 0), Set.of(DayOfWeek.SATURDAY), 30);
    assertThat(saturdays.officeOpen(at(2026, 11, 28, 10, 0))).isTrue();
    assertThat(saturdays.officeOpen(at(2026, 11, 27, 10, 0))).isFalse();
  }

  @Test
  void managerIsToldHoursAfterTheReceiptOrAtTheDeadlineIfThatComesFirst() {
    assertThat(SETTINGS.protectionEscalation(at(2026, 11, 27, 9, 30))).isEqualTo(Date.from(at(2026, 11, 27, 13, 30)));
    var lateLimitAtElevenPm = new OrosanmalanSettings(LocalTime.of(23, 0), 14, 14, Duration.ofHours(4),
        LocalTime.of(8, 0), LocalTime.of(16, 30), Set.of(DayOfWeek.MONDAY), 30);
    Instant tenPm = at(2026, 11, 27, 22, 0);
    assertThat(lateLimitAtElevenPm.protectionEscalation(tenPm)).isEqualTo(lateLimitAtElevenPm.protectionDue(tenPm));
  }

  @Test
  void settingsRefuseAnEscalationWithoutTimeAndOfficeHoursThatEndBeforeTheyBegin() {
    assertThatThrownBy(() -> new OrosanmalanSettings(LocalTime.of(16, 0), 14, 14, Duration.ZERO, LocalTime.of(8, 0),
        LocalTime.of(16, 30), Set.of(DayOfWeek.MONDAY), 30)).hasMessageContaining("protection-escalate-after");
    assertThatThrownBy(() -> new OrosanmalanSettings(LocalTime.of(16, 0), 14, 14, Duration.ofHours(4),
        LocalTime.of(17, 0), LocalTime.of(8, 0), Set.of(DayOfWeek.MONDAY), 30)).hasMessageContaining("kontorstiden");
  }

  // --- extension for exceptional reasons: received 27 November, the 14 days end 11 December, at most 30 days more.

  private static final Instant RECEIVED = at(2026, 11, 27, 9, 30);
  private static final Date DUE = OrosanmalanSettings.endOf(LocalDate.of(2026, 12, 11));

  @Test
  void extensionWithinTheFourteenDaysMovesTheDeadlineToTheNewDate() {
    assertThat(SETTINGS.extendedDecisionDue(RECEIVED, DUE, LocalDate.of(2026, 12, 7), "polisforhor",
        LocalDate.of(2026, 12, 23))).isEqualTo(OrosanmalanSettings.endOf(LocalDate.of(2026, 12, 23)));
  }

  @Test
  void extensionMayReachTheConfiguredMaximumButNotBeyond() {
    assertThat(SETTINGS.extendedDecisionDue(RECEIVED, DUE, LocalDate.of(2026, 12, 7), "annan-myndighet",
        LocalDate.of(2027, 1, 10))).isEqualTo(OrosanmalanSettings.endOf(LocalDate.of(2027, 1, 10)));
    assertThatThrownBy(() -> SETTINGS.extendedDecisionDue(RECEIVED, DUE, LocalDate.of(2026, 12, 7),
        "annan-myndighet", LocalDate.of(2027, 1, 11))).hasMessageContaining("högst 2027-01-10");
  }

  @Test
  void extensionNeedsAReasonFromTheListSoWorkloadIsRefused() {
    assertThatThrownBy(() -> SETTINGS.extendedDecisionDue(RECEIVED, DUE, LocalDate.of(2026, 12, 7),
        "arbetsbelastning", LocalDate.of(2026, 12, 20))).hasMessageContaining("synnerligt skäl i listan");
    assertThatThrownBy(() -> SETTINGS.extendedDecisionDue(RECEIVED, DUE, LocalDate.of(2026, 12, 7), null,
        LocalDate.of(2026, 12, 20))).hasMessageContaining("synnerligt skäl i listan");
  }

  @Test
  void extensionMustGiveADateAfterTheDeadlineAsItStands() {
    assertThatThrownBy(() -> SETTINGS.extendedDecisionDue(RECEIVED, DUE, LocalDate.of(2026, 12, 7), "polisforhor",
        LocalDate.of(2026, 12, 11))).hasMessageContaining("efter nuvarande frist");
    // A second extension counts from the first one's date.
    Date extended = OrosanmalanSettings.endOf(LocalDate.of(2026, 12, 23));
    assertThatThrownBy(() -> SETTINGS.extendedDecisionDue(RECEIVED, extended, LocalDate.of(2026, 12, 20),
        "polisforhor", LocalDate.of(2026, 12, 22))).hasMessageContaining("efter nuvarande frist");
  }

  @Test
  void extensionAfterABreachMustGiveADateAfterToday() {
    assertThatThrownBy(() -> SETTINGS.extendedDecisionDue(RECEIVED, DUE, LocalDate.of(2026, 12, 15), "polisforhor",
        LocalDate.of(2026, 12, 14))).hasMessageContaining("efter i dag");
    assertThat(SETTINGS.extendedDecisionDue(RECEIVED, DUE, LocalDate.of(2026, 12, 15), "polisforhor",
        LocalDate.of(2026, 12, 16))).isEqualTo(OrosanmalanSettings.endOf(LocalDate.of(2026, 12, 16)));
  }
}
