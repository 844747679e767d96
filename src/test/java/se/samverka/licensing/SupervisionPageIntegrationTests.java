package se.samverka.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samverka.sspf.SspfSteps;
import se.samverka.support.BrowserSession;
import se.samverka.support.Http;
import se.samverka.support.PostgresIntegrationTest;

/** One supervision as a page, from the outside, for every role. */
@PostgresIntegrationTest
class SupervisionPageIntegrationTests {

  @Autowired
  Http http;

  private BrowserSession browser(String user) throws Exception {
    BrowserSession session = new BrowserSession(http);
    assertThat(session.login(user, Http.PASSWORD).statusCode()).isEqualTo(302);
    return session;
  }

  @Test
  void oneSupervisionIsAPageInWordsForTheSupervisingGroupsAnd404ForOthers() throws Exception {
    assertThat(http.postCsv("alkoholhandlaggare", "/api/premises/import", PremisesCsvTests.GOOD).status())
        .isEqualTo(200);
    Map<String, Object> start = new LinkedHashMap<>(Map.of("premisesRef",
        SupervisionIntegrationTests.premisesId(http, "Krogen Ankaret"), "trigger", "tips",
        "kind", "yttre"));
    String instance = new SspfSteps(http).start("alkoholhandlaggare", "alkoholtillsyn", start);
    new SspfSteps(http).complete("alkoholhandlaggare", instance, "PlanSupervisionTask", Map.of("kind", "yttre",
        "plannedDate", LocalDate.now().toString()));
    Map<String, Object> inspection = new LinkedHashMap<>();
    inspection.putAll(Map.of("inspectedOn", LocalDate.now().toString(), "responsiblePresent", "nej",
        "responsibleRegistered", "ja", "servingHoursKept", "nej", "foodAvailable", "ja",
        "orderAndSobriety", "allvarliga-brister", "ageChecks", "ja", "youngGuests", "nej", "outdoorAreaMarked", "ja"));
    inspection.putAll(Map.of("protocolRemarks", "Servering efter tillåten tid", "remarkLevel", "allvarliga"));
    new SspfSteps(http).complete("alkoholhandlaggare", instance, "InspectTask", inspection);
    String id = null;
    for (JsonNode s : http.get("alkoholhandlaggare", "/api/supervisions").json()) {
      if (instance.equals(s.path("processInstanceId").asText())) {
        id = s.path("id").asText();
      }
    }
    assertThat(id).isNotNull();
    assertThat(browser("alkoholhandlaggare").get("/tillsyn").body()).contains("/tillsyn/" + id);
    for (String role : se.samverka.cases.CaseViewIntegrationTests.ROLES) {
      var page = browser(role).get("/tillsyn/" + id);
      if (Set.of("alkoholhandlaggare", "polis", "raddningstjanst", "chef", "admin").contains(role)) {
        assertThat(page.statusCode()).as(role).isEqualTo(200);
        assertThat(page.body()).as(role).contains("Krogen Ankaret", "Allvarliga brister", "Servering efter tillåten tid",
            "Väntar på", "Inget beslut ännu.").doesNotContain(">allvarliga<", ">yttre<", ">tips<");
      } else {
        assertThat(page.statusCode()).as(role).isEqualTo(404);
        assertThat(page.body()).as(role).doesNotContain("Krogen Ankaret");
      }
    }
    assertThat(browser("alkoholhandlaggare").get("/tillsyn/00000000-0000-0000-0000-000000000000").statusCode())
        .isEqualTo(404);
  }

}
