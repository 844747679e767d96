package se.samverka.followup.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportPeriodTests {

  @Test
  void theFirstHalfRunsFromTheFirstOfJanuaryToTheThirtiethOfJuneBothIncluded() {
    ReportPeriod h1 = ReportPeriod.halfYear(2026, 1);
    assertThat(h1.code()).isEqualTo("2026-H1");
    assertThat(h1.from()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(h1.to()).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(h1.label()).isEqualTo("första halvåret 2026");
    assertThat(h1.isSecondHalf()).isFalse();
    assertThat(h1.covers(LocalDate.of(2026, 6, 30))).isTrue();
    assertThat(h1.covers(LocalDate.of(2026, 7, 1))).isFalse();
    assertThat(h1.covers(LocalDate.of(2025, 12, 31))).isFalse();
  }

  @Test
  void theSecondHalfRunsFromTheFirstOfJulyToNewYearsEve() {
    ReportPeriod h2 = ReportPeriod.halfYear(2026, 2);
    assertThat(h2.code()).isEqualTo("2026-H2");
    assertThat(h2.from()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(h2.to()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(h2.label()).isEqualTo("andra halvåret 2026");
    assertThat(h2.isSecondHalf()).isTrue();
    assertThat(h2.isHalfYear()).isTrue();
    assertThat(h2.yearNumber()).isEqualTo(2026);
    assertThat(h2).hasToString("2026-H2");
  }

  @Test
  void aYearIsTheWholeCalendarYearAndHasBothHalves() {
    ReportPeriod year = ReportPeriod.year(2026);
    assertThat(year.code()).isEqualTo("2026");
    assertThat(year.from()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(year.to()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(year.label()).isEqualTo("år 2026");
    assertThat(year.isSecondHalf()).isFalse();
    assertThat(year.isYear()).isTrue();
    assertThat(year.isHalfYear()).isFalse();
    assertThat(year.yearNumber()).isEqualTo(2026);
    assertThat(year.halfYears()).containsExactly(ReportPeriod.halfYear(2026, 1), ReportPeriod.halfYear(2026, 2));
    assertThat(year.previous()).isEqualTo(ReportPeriod.year(2025));
  }

  @Test
  void aLeapYearsFirstHalfHasTheTwentyNinthOfFebruaryAndOneDayMore() {
    ReportPeriod leap = ReportPeriod.halfYear(2028, 1);
    assertThat(leap.covers(LocalDate.of(2028, 2, 29))).isTrue();
    assertThat(leap.from().datesUntil(leap.to().plusDays(1)).count()).isEqualTo(182);
    assertThat(ReportPeriod.halfYear(2027, 1).from().datesUntil(LocalDate.of(2027, 7, 1)).count()).isEqualTo(181);
    assertThat(ReportPeriod.halfYear(2028, 2).to()).isEqualTo(LocalDate.of(2028, 12, 31));
    assertThat(ReportPeriod.parse("2000-H1").orElseThrow().covers(LocalDate.of(2000, 2, 29))).isTrue();
  }

  @Test
  void theHalfYearBeforeADayIsTheOneThatHadEndedByThen() {
    assertThat(ReportPeriod.halfYearBefore(LocalDate.of(2026, 7, 1)).code()).isEqualTo("2026-H1");
    assertThat(ReportPeriod.halfYearBefore(LocalDate.of(2027, 1, 1)).code()).isEqualTo("2026-H2");
    assertThat(ReportPeriod.halfYearBefore(LocalDate.of(2026, 3, 15)).code()).isEqualTo("2025-H2");
    assertThat(ReportPeriod.halfYearBefore(LocalDate.of(2026, 6, 30)).code()).isEqualTo("2025-H2");
    assertThat(ReportPeriod.halfYearBefore(LocalDate.of(2026, 12, 31)).code()).isEqualTo("2026-H1");
    assertThat(ReportPeriod.halfYearBefore(LocalDate.of(2028, 2, 29)).code()).isEqualTo("2027-H2");
    assertThat(ReportPeriod.halfYear(2026, 1).previous()).isEqualTo(ReportPeriod.halfYear(2025, 2));
    assertThat(ReportPeriod.halfYear(2026, 2).previous()).isEqualTo(ReportPeriod.halfYear(2026, 1));
  }

  @Test
  void parseReadsTheCodesItWritesAndNothingElse() {
    assertThat(ReportPeriod.parse("2026-H1")).contains(ReportPeriod.halfYear(2026, 1));
    assertThat(ReportPeriod.parse("2026-H2")).contains(ReportPeriod.halfYear(2026, 2));
    assertThat(ReportPeriod.parse("2026")).contains(ReportPeriod.year(2026));
    assertThat(ReportPeriod.parse("2000-H1")).isPresent();
    assertThat(ReportPeriod.parse("2100-H2")).isPresent();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"2026-H3", "2026-H0", "2026-h1", "2026H1", "2026-H", "1999-H2", "2101-H1", "1999", "2101",
      "0000", "9999-H1", " 2026-H1", "2026-H1 ", "2026-K1", "2026-T1", "26-H1", "2026-H12", "२०२६-H1", "2026-H1;drop",
      "abcd"})
  void parseIsEmptyForAnythingMalformedOrOutsideTwoThousandToTwentyOneHundred(String code) {
    assertThat(ReportPeriod.parse(code)).isEmpty();
  }

  @Test
  void parseOfAMegabyteIsEmptyWithoutReadingIt() {
    char[] long_ = new char[1_000_000];
    Arrays.fill(long_, '1');
    assertThat(ReportPeriod.parse(new String(long_))).isEmpty();
  }

  @Test
  void theFactoriesRefuseYearsAndHalvesThatDoNotExist() {
    assertThatThrownBy(() -> ReportPeriod.halfYear(2026, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReportPeriod.halfYear(1999, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReportPeriod.year(2101)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theEstWeeksAreThoseWhoseThursdayFallsInTheHalfYear() {
    // 2026: 1 January is a Thursday, so week 1 is in; 2 July is a Thursday, so week 27 is in the second half.
    var h1 = ReportPeriod.halfYear(2026, 1).estWeeks();
    assertThat(h1).startsWith("2026-v01").endsWith("2026-v26").hasSize(26);
    var h2 = ReportPeriod.halfYear(2026, 2).estWeeks();
    assertThat(h2).startsWith("2026-v27").endsWith("2026-v53").hasSize(27);
    // 2024: 1 January is a Monday, 27 June a Thursday (week 26), 4 July the Thursday of week 27.
    assertThat(ReportPeriod.halfYear(2024, 1).estWeeks()).startsWith("2024-v01").endsWith("2024-v26");
    assertThat(ReportPeriod.halfYear(2023, 2).estWeeks()).startsWith("2023-v27").endsWith("2023-v52");
    assertThat(ReportPeriod.year(2026).estWeeks()).hasSize(53);
  }

  @Test
  void theQuartersAreThoseOfLocalBra() {
    assertThat(ReportPeriod.halfYear(2026, 1).quarters()).containsExactly("2026-K1", "2026-K2");
    assertThat(ReportPeriod.halfYear(2026, 2).quarters()).containsExactly("2026-K3", "2026-K4");
    assertThat(ReportPeriod.year(2026).quarters()).containsExactly("2026-K1", "2026-K2", "2026-K3", "2026-K4");
  }
}
