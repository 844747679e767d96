package se.samverka.followup.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import se.samverka.followup.report.ReportContent.Cell;

class ReportCompilerTests {

  @Test
  void anUploadedWholeNumberIsACountAndOneWithDecimalsIsShownAsItIs() {
    assertThat(ReportCompiler.value(new BigDecimal("812.00"))).isEqualTo(new Cell("812", 812L));
    assertThat(ReportCompiler.value(new BigDecimal("3.00"))).isEqualTo(new Cell("3", 3L));
    assertThat(ReportCompiler.value(new BigDecimal("0.00"))).isEqualTo(new Cell("0", 0L));
    assertThat(ReportCompiler.value(new BigDecimal("12500.00"))).isEqualTo(new Cell("12 500", 12_500L));
    assertThat(ReportCompiler.value(new BigDecimal("23.50"))).isEqualTo(new Cell("23,5", null));
    assertThat(ReportCompiler.value(new BigDecimal("1234.25"))).isEqualTo(new Cell("1 234,25", null));
  }

  @Test
  void theChangeAgainstThePeriodBeforeIsInWords() {
    assertThat(ReportCompiler.change(3, 1)).isEqualTo("Ökar");
    assertThat(ReportCompiler.change(1, 2)).isEqualTo("Minskar");
    assertThat(ReportCompiler.change(0, 0)).isEqualTo("Oförändrat");
    assertThat(ReportCompiler.change(4, 4)).isEqualTo("Oförändrat");
  }
}
