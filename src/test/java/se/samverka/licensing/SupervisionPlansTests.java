package se.samverka.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverka.licensing.persistence.SupervisionRepository.PlanEntry;

class SupervisionPlansTests {

  private static Premises premises(boolean dancing, boolean young, boolean late, boolean remarks, boolean complaints,
      boolean outdoor, String kmk) {
    return new Premises("id", "Krog", "Gatan 1", "strangnas", "AB", "556012-5790", "stadigvarande", "allmanheten",
        "11:00-01:00", outdoor, kmk, 0, dancing, young, late, remarks, complaints);
  }

  @Test
  void riskAddsUpTheRiskFactors() {
    assertThat(SupervisionPlans.riskScore(premises(false, false, false, false, false, false, "ej"))).isZero();
    assertThat(SupervisionPlans.riskScore(premises(true, true, true, true, true, true, "ej"))).isEqualTo(12);
    assertThat(SupervisionPlans.riskScore(premises(false, false, false, true, false, false, "ej"))).isEqualTo(3);
    assertThat(SupervisionPlans.riskScore(premises(true, false, true, false, false, false, "pagar"))).isEqualTo(4);
  }

  @Test
  void aKmkCertifiedBarCountsOneLessButNeverBelowZero() {
    assertThat(SupervisionPlans.riskScore(premises(true, false, true, false, false, false, "certifierad")))
        .isEqualTo(3);
    assertThat(SupervisionPlans.riskScore(premises(false, false, false, false, false, false, "certifierad")))
        .isZero();
  }

  @Test
  void coordinatedSupervisionFromRiskSix() {
    assertThat(SupervisionPlans.COORDINATED_FROM).isEqualTo(6);
    assertThat(SupervisionPlans.riskScore(premises(true, true, true, false, false, false, "ej")))
        .isGreaterThanOrEqualTo(SupervisionPlans.COORDINATED_FROM);
  }

  @Test
  void theSummaryNamesTheFiveHighestRisksOfTheFirstVisits() {
    List<PlanEntry> plan = List.of(
        new PlanEntry(2027, "a", "Nattklubben", 1, 9, 1, LocalDate.of(2027, 1, 15), null),
        new PlanEntry(2027, "a", "Nattklubben", 2, 9, 1, LocalDate.of(2027, 7, 16), null),
        new PlanEntry(2027, "b", "Kaféet", 1, 0, 2, LocalDate.of(2027, 6, 1), null));
    assertThat(SupervisionPlans.summary(plan))
        .isEqualTo("3 besök planerade. Högst risk först:\n1. Nattklubben (risk 9, 2027-01-15)\n"
            + "2. Kaféet (risk 0, 2027-06-01)");
  }
}
