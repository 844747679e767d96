package se.samverka.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverka.licensing.PremisesCsv.RowError;

/** The CSV format of the premises register: good files, bad rows with line and reason, duplicates, round trip. */
class PremisesCsvTests {

  static final String HEADER = String.join(";", PremisesCsv.COLUMNS);
  static final String GOOD = HEADER + "\n"
      + "Krogen Ankaret;Storgatan 1;strangnas;Ankaret AB;556012-5790;stadigvarande;allmanheten;11:00-01:00;ja;"
      + "certifierad;4;ja;nej;ja;nej;nej\n"
      + "Café Kvarnen;Hamngatan 5;mariefred;Kvarnen HB;5560160680;tillfalligt;slutet-sallskap;18:00-23:00;nej;ej;0;"
      + "nej;nej;nej;nej;nej\n";

  @Test
  void readsAGoodFile() {
    var result = PremisesCsv.parse("\uFEFF" + GOOD);
    assertThat(result.errors()).isEmpty();
    assertThat(result.premises()).hasSize(2);
    Premises first = result.premises().get(0);
    assertThat(first.name()).isEqualTo("Krogen Ankaret");
    assertThat(first.holderOrganisationNumber()).isEqualTo("556012-5790");
    assertThat(first.outdoorSeating()).isTrue();
    assertThat(first.aasTrainedStaff()).isEqualTo(4);
    assertThat(result.premises().get(1).holderOrganisationNumber()).isEqualTo("556016-0680");
  }

  @Test
  void reportsEveryBadRowWithItsLineAndReasonAndGivesNothing() {
    String file = GOOD
        + "Baren;Torget 2;strangnas;Baren AB;556012-5791;stadigvarande;allmanheten;11:00-01:00;ja;ej;2;ja;ja;ja;nej;nej\n"
        + "Puben;Torget 3;strangnas;Puben AB;556012-5790;permanent;allmanheten;25:00-01:00;kanske;ej;x;ja;ja;ja;nej;nej\n"
        + ";Torget 4;strangnas;Utan namn AB;556012-5790;stadigvarande;allmanheten;11:00-01:00;ja;ej;1\n";
    var result = PremisesCsv.parse(file);
    assertThat(result.premises()).isEmpty();
    assertThat(result.errors()).extracting(RowError::line).containsExactly(4L, 5L, 6L);
    assertThat(result.errors().get(0).reason()).contains("kontrollsiffra");
    assertThat(result.errors().get(1).reason()).contains("tillstånd ska vara");
    assertThat(result.errors().get(2).reason()).contains("har 11 kolumner");
  }

  @Test
  void aPremisesTwiceInAFileIsAnError() {
    String file = GOOD + "krogen ankaret;storgatan 1;strangnas;Ankaret AB;556012-5790;stadigvarande;allmanheten;"
        + "11:00-02:00;ja;certifierad;5;ja;nej;ja;nej;nej\n";
    var result = PremisesCsv.parse(file);
    assertThat(result.errors()).containsExactly(new RowError(4, "samma serveringsställe (namn och adress) som rad 2"));
  }

  @Test
  void aWrongHeaderIsReportedOnLineOne() {
    var result = PremisesCsv.parse("namn;adress\nx;y\n");
    assertThat(result.errors()).singleElement().satisfies(e -> {
      assertThat(e.line()).isEqualTo(1);
      assertThat(e.reason()).startsWith("Rubrikraden ska vara");
    });
    assertThat(PremisesCsv.parse("").errors()).extracting(RowError::reason).containsExactly("Filen är tom");
  }

  @Test
  void exportReadsBackToTheSamePremises() {
    List<Premises> premises = PremisesCsv.parse(GOOD).premises();
    var again = PremisesCsv.parse(PremisesCsv.write(premises));
    assertThat(again.errors()).isEmpty();
    assertThat(again.premises()).isEqualTo(premises);
  }

  @Test
  void readsUtf8BytesWithOrWithoutAByteOrderMark() {
    byte[] utf8 = GOOD.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[utf8.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, withBom, 3, utf8.length);
    for (byte[] file : List.of(utf8, withBom)) {
      var result = PremisesCsv.parse(file);
      assertThat(result.errors()).isEmpty();
      assertThat(result.premises()).extracting(Premises::name).containsExactly("Krogen Ankaret", "Café Kvarnen");
    }
  }

  @Test
  void refusesAFileInWindows1252OrLatin1InsteadOfImportingReplacementCharacters() {
    String swedish = GOOD + "Sjöboden på Ön;Bryggvägen 2;stallarholmen;Sjöboden AB;212000-0134;stadigvarande;"
        + "allmanheten;11:00-22:00;ja;ej;1;nej;nej;nej;nej;nej\n";
    for (Charset charset : List.of(Charset.forName("windows-1252"), StandardCharsets.ISO_8859_1)) {
      var result = PremisesCsv.parse(swedish.getBytes(charset));
      assertThat(result.premises()).as(charset.name()).isEmpty();
      // "Café Kvarnen" on line 3 has the first byte that is not UTF-8.
      assertThat(result.errors()).as(charset.name()).containsExactly(new RowError(0,
          "Filen är inte UTF-8-kodad. Spara den som CSV UTF-8 och försök igen. Första felaktiga tecknet står på rad 3."));
    }
  }

  @Test
  void refusesAFileThatEndsInTheMiddleOfACharacter() {
    byte[] utf8 = (HEADER + "\nSjö").getBytes(StandardCharsets.UTF_8);
    var result = PremisesCsv.parse(Arrays.copyOf(utf8, utf8.length - 1));
    assertThat(result.errors()).singleElement().satisfies(error -> {
      assertThat(error.line()).isZero();
      assertThat(error.reason()).startsWith(PremisesCsv.NOT_UTF8).contains("rad 2");
    });
  }
}
