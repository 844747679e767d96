package se.samverka.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samverka.support.BrowserSession;
import se.samverka.support.Http;
import se.samverka.support.PostgresIntegrationTest;

/** The premises register over HTTP on PostgreSQL: import all or nothing, re-import updates, export round trip. */
@PostgresIntegrationTest
class PremisesIntegrationTests {

  @Autowired
  Http http;

  private Http.Response importCsv(String user, String csv) {
    return http.postCsv(user, "/api/premises/import", csv);
  }

  @Test
  void importIsAllOrNothingAndTheExportReadsBack() throws Exception {
    var first = importCsv("alkoholhandlaggare", PremisesCsvTests.GOOD);
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.body()).contains("\"nya\":2", "\"uppdaterade\":0");

    // New serving hours for Ankaret, and a new premises with a broken organisation number on line 4.
    String bad = PremisesCsvTests.GOOD.replace("11:00-01:00", "11:00-02:00")
        + "Nya baren;Torget 9;strangnas;Nya AB;556012-5791;stadigvarande;allmanheten;11:00-01:00;ja;ej;2;ja;ja;ja;nej;nej\n";
    var refused = importCsv("alkoholhandlaggare", bad);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("\"rad\":4", "kontrollsiffra");
    var list = http.get("polis", "/api/premises").json();
    assertThat(list.findValuesAsText("name")).contains("Krogen Ankaret", "Café Kvarnen").doesNotContain("Nya baren");
    for (var premises : list) {
      if (premises.path("name").asText().equals("Krogen Ankaret")) {
        assertThat(premises.path("servingHours").asText()).isEqualTo("11:00-01:00");
      }
    }

    var export = http.get("chef", "/api/premises/export");
    assertThat(export.status()).isEqualTo(200);
    var again = importCsv("alkoholhandlaggare", export.body());
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.body()).contains("\"nya\":0");
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedWithASwedishMessageAndImportsNothing() throws Exception {
    String swedish = PremisesCsvTests.HEADER + "\n"
        + "Ångbåtskrogen;Kajvägen 4;mariefred;Ångbåtskrogen AB;212000-0134;stadigvarande;allmanheten;11:00-22:00;ja;ej;"
        + "1;nej;nej;nej;nej;nej\n";
    var refused = http.postCsv("alkoholhandlaggare", "/api/premises/import",
        swedish.getBytes(Charset.forName("windows-1252")));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("detail").asText()).isEqualTo("Filen importerades inte. Filen är inte UTF-8-kodad. "
        + "Spara den som CSV UTF-8 och försök igen. Första felaktiga tecknet står på rad 2.");
    assertThat(http.get("polis", "/api/premises").body()).doesNotContain("ngb\u00E5tskrogen", "Kajv");

    // The same file saved as CSV UTF-8 (Excel writes a byte order mark) goes in with its å, ä and ö.
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] utf8 = swedish.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] file = java.util.Arrays.copyOf(bom, bom.length + utf8.length);
    System.arraycopy(utf8, 0, file, bom.length, utf8.length);
    var imported = http.postCsv("alkoholhandlaggare", "/api/premises/import", file);
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    assertThat(http.get("polis", "/api/premises").json().findValuesAsText("name")).contains("Ångbåtskrogen");
  }

  @Test
  void theRegisterIsAPageForEveryoneSignedIn() throws Exception {
    importCsv("alkoholhandlaggare", PremisesCsvTests.HEADER + "\n"
        + "Sjöboden;Bryggvägen 2;stallarholmen;Sjöboden AB;212000-0134;stadigvarande;allmanheten;11:00-22:00;ja;ej;1;"
        + "nej;nej;nej;nej;nej\n"
        + "Stadsbaren;Torget 1;strangnas;Stadsbaren AB;556016-0680;stadigvarande;allmanheten;11:00-02:00;nej;ej;3;"
        + "ja;nej;ja;nej;nej\n");
    var session = new BrowserSession(http);
    session.login("polis", Http.PASSWORD);
    var page = session.get("/serveringsstallen?kommundel=stallarholmen");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("lang=\"sv\"", "Sjöboden", "<th scope=\"col\">Namn</th>")
        .doesNotContain("Stadsbaren");
  }

  @Test
  void onlyAlcoholLicensingOfficersMayImport() throws Exception {
    for (String user : new String[] {"polis", "skola", "chef", "raddningstjanst"}) {
      assertThat(importCsv(user, PremisesCsvTests.GOOD).status()).as(user).isEqualTo(403);
    }
    assertThat(http.get(null, "/api/premises").status()).isEqualTo(401);
  }
}
