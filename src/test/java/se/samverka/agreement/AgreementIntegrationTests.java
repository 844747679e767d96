package se.samverka.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samverka.sspf.SspfSteps;
import se.samverka.support.BrowserSession;
import se.samverka.support.DemoAccounts;
import se.samverka.support.Http;
import se.samverka.support.PostgresIntegrationTest;
import se.samverka.support.TestPersons;
import se.samverka.support.WorkApi;
import se.samverka.workflow.Labels;

/**
 * The agreement as loaded, from the outside: the page and {@code GET /api/agreements} for every role and for nobody
 * else, and the districts of the forms, which come from the agreement and which the gate holds every start to.
 */
@PostgresIntegrationTest
class AgreementIntegrationTests {

  @Autowired Http http;
  @Autowired Labels labels;
  @Autowired Agreements agreements;

  @Test
  void anonymousGetsTheLoginPageOr401() throws Exception {
    var page = new BrowserSession(http).get("/overenskommelse");
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    assertThat(http.get(null, "/api/agreements").status()).isEqualTo(401);
  }

  @Test
  void everyRoleReadsTheAgreementAsLoaded() throws Exception {
    List<String> users = new ArrayList<>(DemoAccounts.GROUPS);
    users.add("admin");
    for (String user : users) {
      BrowserSession session = new BrowserSession(http);
      session.login(user, Http.PASSWORD);
      var page = session.get("/overenskommelse");
      assertThat(page.statusCode()).as(user).isEqualTo(200);
      assertThat(page.body()).as(user)
          .contains("Samverkansöverenskommelse mellan Lokalpolisområde Eskilstuna och Strängnäs kommun 2023–2026")
          .contains("Perioden 2023-06-21 – 2026-12-31").contains("Det är överenskommelsen som gäller i dag.")
          .contains("Kommunstyrelsens ordförande, Strängnäs kommun")
          .contains("1. Skydda barn och unga från att hamna i utanförskap, kriminalitet och missbruk")
          .contains("6. Utveckla samverkan med näringslivet")
          .contains(labels.processName("sspf-arende")).contains("Krogar mot knark (KMK)")
          .contains("EST – Effektiv samordning för trygghet").contains("Åkers styckebruk")
          .contains("Statistik från Polismyndighetens anmälningssystem").contains("Laddas upp som CSV-fil per period")
          .contains("Lägesbild och åtgärdsplan enligt lag (2023:196) görs vartannat år")
          .doesNotContain("sspf-arende<").doesNotContain(">socialtjanst");
      var api = http.get(user, "/api/agreements");
      assertThat(api.status()).as(user).isEqualTo(200);
      JsonNode json = api.json();
      assertThat(json.path("municipality").asText()).isEqualTo("0486");
      assertThat(json.path("inForce").asText()).isEqualTo("2023-06-21");
      JsonNode agreement = json.path("agreements").get(0);
      assertThat(agreement.path("priorityAreas")).hasSize(6);
      assertThat(agreement.path("districts").get(3).path("code").asText()).isEqualTo("akers-styckebruk");
      assertThat(agreement.path("supplementaryInputs")).hasSize(7);
      assertThat(agreement.path("lagesbild").path("process").asText()).isEqualTo("lagesbild-atgardsplan");
    }
  }

  @Test
  void aPeriodIsChosenByItsFirstDayAndAnUnknownOrMalformedOneIsRefusedInSwedish() throws Exception {
    BrowserSession session = new BrowserSession(http);
    session.login("skola", Http.PASSWORD);
    assertThat(session.get("/overenskommelse?period=2023-06-21").statusCode()).isEqualTo(200);
    var unknown = session.get("/overenskommelse?period=2099-01-01");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("Sidan finns inte");
    var malformed = session.get("/overenskommelse?period=" + "x".repeat(5000));
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.body()).contains("Perioden anges med sin första dag, t.ex. 2023-06-21")
        .contains("Perioden 2023-06-21 – 2026-12-31").doesNotContain("xxxxxxxxxx");
  }

  @Test
  void theStartFormsOfferTheAgreementsDistrictsAndTheGateRefusesAForgedOne() throws Exception {
    WorkApi api = new WorkApi(http);
    Map<String, String> expected = new LinkedHashMap<>();
    agreements.districts().forEach(d -> expected.put(d.code(), d.name()));
    assertThat(expected).hasSize(5);
    for (String[] start : List.of(new String[] {"skola", "sspf-arende"}, new String[] {"skola", "orosanmalan"},
        new String[] {"polis", "linkopingsmodellen"}, new String[] {"socialtjanst", "strangnasmodellen"})) {
      JsonNode form = http.get(start[0], "/api/processes/" + start[1] + "/form").json();
      JsonNode district = findField(form, "district");
      assertThat(district).as(start[1]).isNotNull();
      Map<String, String> offered = new LinkedHashMap<>();
      district.path("options").forEach(c -> offered.put(c.path("value").asText(), c.path("label").asText()));
      assertThat(offered).as(start[1]).containsExactlyEntriesOf(expected);
    }
    Map<String, Object> values = SspfSteps.person(TestPersons.identityNumber(12), "Distrikt", "Testsson",
        "stockholm");
    values.put("reporterAgency", "skola");
    values.put("reporterMandatory", false);
    values.put("violenceInvolved", false);
    values.put("pd_grund_beskrivning", "Eleven berättar om oro hemma.");
    var forged = api.startResponse("skola", "orosanmalan", values);
    assertThat(forged.status()).as(forged.body()).isEqualTo(400);
    assertThat(forged.json().path("fields").path("district").asText())
        .isEqualTo("Fältet \"Kommundel\": Kommundelen finns inte i samverkansöverenskommelsen. Välj en av "
            + "kommundelarna i listan.");
    values.put("district", "akers-styckebruk");
    var accepted = api.startResponse("skola", "orosanmalan", values);
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
    assertThat(labels.label("district", "akers-styckebruk")).isEqualTo("Åkers styckebruk");
    assertThat(labels.options("district")).containsExactlyEntriesOf(expected);
  }

  private static JsonNode findField(JsonNode node, String key) {
    if (node.isObject() && key.equals(node.path("key").asText()) && node.has("options")) {
      return node;
    }
    for (JsonNode child : node) {
      JsonNode found = findField(child, key);
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
