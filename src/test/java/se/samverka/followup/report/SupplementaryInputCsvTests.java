package se.samverka.followup.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import se.samverka.followup.report.SupplementaryInputCsv.Result;
import se.samverka.followup.report.SupplementaryInputCsv.RowError;
import se.samverka.workflow.Utf8Files;

class SupplementaryInputCsvTests {

  private static final Map<String, String> DISTRICTS = Map.of("mariefred", "mariefred", "strängnäs tätort",
      "strangnas", "strangnas", "strangnas");
  private static final Function<String, Optional<String>> DISTRICT =
      text -> Optional.ofNullable(DISTRICTS.get(text.toLowerCase(java.util.Locale.ROOT)));
  private static final Predicate<String> PERSONAL = text -> text.matches(".*\\d{6}-?\\d{4}.*");

  private static Result parse(String text) {
    return SupplementaryInputCsv.parse(text.getBytes(StandardCharsets.UTF_8), DISTRICT, PERSONAL);
  }

  @Test
  void readsFiguresPerMeasureAndDistrictWithSwedishNumbers() {
    Result result = parse("\uFEFFmått;kommundel;värde\n"
        + "Anmälda skadegörelsebrott;Mariefred;12\n"
        + "Anmälda skadegörelsebrott;Strängnäs tätort;1 234\n"
        + "Andel som känner sig trygga;;62,5\n");
    assertThat(result.errors()).isEmpty();
    assertThat(result.rows()).extracting(r -> r.line() + " " + r.measure() + " " + r.district() + " " + r.value())
        .containsExactly("2 Anmälda skadegörelsebrott mariefred 12.00",
            "3 Anmälda skadegörelsebrott strangnas 1234.00", "4 Andel som känner sig trygga null 62.50");
  }

  @Test
  void aHeaderWithoutSwedishLettersIsTheSameHeader() {
    assertThat(parse("MATT;Kommundel;VARDE\nLarm;;3\n").rows()).hasSize(1);
  }

  @Test
  void everyBadRowIsReportedWithItsLineAndNoFigureIsKept() {
    Result result = parse("mått;kommundel;värde\n"
        + "Larm;Mariefred;3\n"
        + ";Mariefred;3\n"
        + "Larm;Atlantis;3\n"
        + "Larm;;tre\n"
        + "Larm;;-4\n"
        + "Larm;;1,234\n"
        + "Larm;Mariefred;5\n"
        + "Larm;;1\n"
        + "Larm mot 19121212-1212;;1\n"
        + "x".repeat(201) + ";;1\n"
        + "Larm;;1;extra\n");
    assertThat(result.rows()).isEmpty();
    assertThat(result.errors()).extracting(RowError::line).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 10L, 11L, 12L);
    assertThat(result.errors()).extracting(RowError::reason).containsExactly(
        "mått saknas.",
        "kommundelen ”Atlantis” finns inte i överenskommelsen.",
        "värdet ”tre” är inte ett tal (skriv t.ex. 12 eller 62,5).",
        "värdet ”-4” är inte ett tal (skriv t.ex. 12 eller 62,5).",
        "värdet ”1,234” har fler än två decimaler.",
        "samma mått och kommundel som rad 2.",
        "mått innehåller ett personnummer; underlaget ska inte innehålla personuppgifter.",
        "mått får vara högst 200 tecken.",
        "har 4 kolumner, ska ha 3.");
  }

  @Test
  void aLongBadValueIsNotWrittenBackWhole() {
    String reason = parse("mått;kommundel;värde\nLarm;;" + "9".repeat(30) + "x".repeat(10_000) + "\n").errors()
        .get(0).reason();
    assertThat(reason).hasSizeLessThan(120).contains("…");
    assertThat(parse("mått;kommundel;värde\nLarm;;" + "9".repeat(20) + "\n").errors().get(0).reason())
        .isEqualTo("värdet är för stort.");
  }

  @Test
  void aFileThatIsNotUtf8EmptyOrWithoutFiguresOrWithAnotherHeaderIsRefusedAsAWhole() {
    byte[] latin1 = "mått;kommundel;värde\nLarm;Mariefred;3\n".getBytes(StandardCharsets.ISO_8859_1);
    Result notUtf8 = SupplementaryInputCsv.parse(latin1, DISTRICT, PERSONAL);
    assertThat(notUtf8.errors()).singleElement().extracting(RowError::reason).asString()
        .startsWith(Utf8Files.NOT_UTF8).endsWith("rad 1.");
    assertThat(parse("").errors()).extracting(RowError::reason).containsExactly("Filen är tom.");
    assertThat(parse("mått;kommundel;värde\n").errors()).extracting(RowError::reason)
        .containsExactly("Filen har inga rader med siffror under rubrikraden.");
    assertThat(parse("namn;antal\nLarm;3\n").errors()).extracting(RowError::reason)
        .containsExactly("Rubrikraden ska vara: mått;kommundel;värde");
    assertThat(parse("mått;kommundel;värde\n\"Larm;;3\n").errors()).extracting(RowError::reason)
        .containsExactly("Filen kan inte läsas som CSV (kontrollera citattecknen).");
  }

  @Test
  void aFileWithTooManyRowsOrTooManyBadRowsIsStoppedEarly() {
    StringBuilder many = new StringBuilder("mått;kommundel;värde\n");
    for (int i = 0; i <= SupplementaryInputCsv.MAX_ROWS; i++) {
      many.append("Mått ").append(i).append(";;1\n");
    }
    assertThat(parse(many.toString()).errors()).extracting(RowError::reason)
        .containsExactly("Filen har 5001 rader med siffror; högst 5000 får lämnas i en fil.");
    StringBuilder bad = new StringBuilder("mått;kommundel;värde\n");
    for (int i = 0; i < 200; i++) {
      bad.append("Mått ").append(i).append(";;x\n");
    }
    assertThat(parse(bad.toString()).errors()).hasSize(SupplementaryInputCsv.MAX_ERRORS);
  }

  @Test
  void valuesKeepTwoDecimals() {
    assertThat(parse("mått;kommundel;värde\nA;;7\nB;;0,5\nC;;3.25\n").rows()).extracting(r -> r.value())
        .containsExactly(new BigDecimal("7.00"), new BigDecimal("0.50"), new BigDecimal("3.25"));
  }
}
