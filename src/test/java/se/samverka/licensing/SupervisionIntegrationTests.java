package se.samverka.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samverka.sspf.SspfSteps;
import se.samverka.support.BrowserSession;
import se.samverka.support.Http;
import se.samverka.support.PostgresIntegrationTest;

/**
 * Supervision through the HTTP API on PostgreSQL, as the demo users work it in Tasklist: a coordinated supervision with
 * the police and the rescue service that ends in a warning with its appeal window, and a premises without remarks.
 */
@PostgresIntegrationTest
class SupervisionIntegrationTests {

  private static final String INSPECTOR = "alkoholhandlaggare";

  @Autowired
  Http http;

  private SspfSteps steps;
  private final LocalDate today = LocalDate.now();

  @BeforeEach
  void importPremises() {
    steps = new SspfSteps(http);
    var response = http.postCsv(INSPECTOR, "/api/premises/import", PremisesCsvTests.GOOD);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
  }

  private JsonNode supervisionOf(String processInstanceId) {
    var all = http.get(INSPECTOR, "/api/supervisions");
    assertThat(all.status()).as(all.body()).isEqualTo(200);
    for (JsonNode supervision : all.json()) {
      if (processInstanceId.equals(supervision.path("processInstanceId").asText())) {
        return supervision;
      }
    }
    throw new AssertionError("no supervision for " + processInstanceId + " in " + all.body());
  }

  private static Map<String, Object> form(Object... pairs) {
    Map<String, Object> form = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      form.put((String) pairs[i], pairs[i + 1]);
    }
    return form;
  }

  private String variable(String user, String processInstanceId, String taskKey, String name) {
    String taskId = steps.task(user, processInstanceId, taskKey).path("id").asText();
    var response = http.get(user, "/engine-rest/task/" + taskId + "/variables/" + name);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json().path("value").asText();
  }

  @Test
  void coordinatedSupervisionWithPoliceAndRescueServiceEndsInAWarningWithTheAppealWindow() {
    Map<String, Object> start = form("premisesRef", "Krogen Ankaret", "trigger", "samordnad", "kind", "samordnad");
    var refused = http.post("polis", "/engine-rest/process-definition/key/alkoholtillsyn/submit-form",
        Http.variables(start));
    assertThat(refused.status()).as("the police may not start a supervision: %s", refused.body()).isEqualTo(403);
    var unknown = http.post(INSPECTOR, "/engine-rest/process-definition/key/alkoholtillsyn/submit-form",
        Http.variables(form("premisesRef", "Okända krogen", "trigger", "tips", "kind", "yttre")));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("Inget serveringsställe i registret");

    String instance = steps.start(INSPECTOR, "alkoholtillsyn", start);
    steps.complete(INSPECTOR, instance, "PlanSupervisionTask", form("kind", "samordnad",
        "plannedDate", today.toString()));

    // Liaison: the police and the rescue service confirm; the inspector contacts the tax agency and environment.
    assertThat(steps.tasks("skola", instance)).isEmpty();
    steps.complete("polis", instance, "ConfirmPoliceTask", form("policeParticipates", "ja", "policeOfficers", 2));
    steps.complete("raddningstjanst", instance, "ConfirmRescueTask", form("rescueParticipates", "ja",
        "rescueInspectors", 1));
    steps.complete(INSPECTOR, instance, "ContactOtherAgenciesTask", form("taxAgencyParticipates", "ja",
        "environmentParticipates", "nej"));

    steps.complete(INSPECTOR, instance, "InspectTask", form("inspectedOn", today.toString(),
        "responsiblePresent", "nej", "responsibleRegistered", "nej", "servingHoursKept", "nej", "foodAvailable", "ja",
        "orderAndSobriety", "allvarliga-brister", "ageChecks", "nej", "youngGuests", "ja", "outdoorAreaMarked", "ja",
        "taxFindings", "Personalliggaren fördes inte", "protocolRemarks", "Servering efter tillåten tid",
        "remarkLevel", "allvarliga"));
    steps.complete("polis", instance, "PoliceFindingsTask", form("policeOrder", "allvarliga-brister",
        "policeDrugSigns", "nej", "policeFindings", "Berusade gäster serverades"));
    steps.complete("raddningstjanst", instance, "RescueFindingsTask", form("fireSafetyOk", "ja"));

    JsonNode inspected = supervisionOf(instance);
    assertThat(inspected.path("protocolDue").asText()).isEqualTo(WorkingDays.after(today, 10).toString());
    var withoutLetter = steps.submit(INSPECTOR, steps.task(INSPECTOR, instance, "SendProtocolTask").path("id").asText(),
        form("protocolSentOn", today.toString(), "letterAttached", false));
    assertThat(withoutLetter.status()).isEqualTo(400);
    assertThat(withoutLetter.body()).contains("brev");
    steps.complete(INSPECTOR, instance, "SendProtocolTask", form("protocolSentOn", today.toString(),
        "letterAttached", true));

    // The supervision case: statements, communication, proposal, decision.
    steps.complete(INSPECTOR, instance, "OpenCaseTask", form("caseReference", "MIL-2026-42",
        "statementsRequestedFrom", List.of("polis", "raddningstjanst")));
    steps.complete("polis", instance, "PoliceStatementTask", form("criminalActivityObserved", "nej",
        "policeRecommendation", "varning", "policeStatementReference", "A123.456/2026"));
    steps.complete(INSPECTOR, instance, "OtherStatementsTask", form("statementsReceivedFrom", List.of("raddningstjanst")));
    steps.complete(INSPECTOR, instance, "CommunicateTask", form("communicatedOn", today.toString()));
    steps.complete(INSPECTOR, instance, "AwaitResponseTask", form("responseReceivedOn", today.toString(),
        "responseSummary", "Tillståndshavaren har bytt serveringsansvarig"));
    steps.complete(INSPECTOR, instance, "ProposeSanctionTask", form("seriousness", "allvarlig", "repeatedRemark", false,
        "criminalActivityTolerated", false, "licenceUnused", false));

    assertThat(variable(INSPECTOR, instance, "CommitteeDecisionTask", "proposedSanction")).isEqualTo("varning");
    assertThat(variable(INSPECTOR, instance, "CommitteeDecisionTask", "proposalReason")).contains("9 kap. 17 §");
    steps.complete(INSPECTOR, instance, "CommitteeDecisionTask", form("decision", "varning",
        "decidedOn", today.toString()));
    steps.complete(INSPECTOR, instance, "NotifyTask", form("notifiedOn", today.toString()));

    JsonNode notified = supervisionOf(instance);
    assertThat(notified.path("status").asText()).isEqualTo("overklagandetid");
    assertThat(notified.path("proposedSanction").asText()).isEqualTo("varning");
    assertThat(notified.path("decidedSanction").asText()).isEqualTo("varning");
    assertThat(notified.path("appealUntil").asText()).isEqualTo(today.plusWeeks(3).toString());
    assertThat(steps.task(INSPECTOR, instance, "WatchAppealTask").path("due").asText())
        .startsWith(today.plusWeeks(3).toString());
    JsonNode premises = http.get("polis", "/api/premises").json().findParents("name").stream()
        .filter(p -> p.path("name").asText().equals("Krogen Ankaret")).findFirst().orElseThrow();
    assertThat(premises.path("riskEarlierRemarks").asBoolean()).isTrue();

    // Three weeks without an appeal: the decision is final.
    steps.fireTimer(instance, "AppealWindowTimer");
    assertThat(supervisionOf(instance).path("status").asText()).isEqualTo("laga-kraft");
    assertThat(steps.tasks(INSPECTOR, instance)).isEmpty();
  }

  @Test
  void premisesWithoutRemarksIsDoneWhenTheProtocolIsSent() {
    String instance = steps.start(INSPECTOR, "alkoholtillsyn", form("premisesRef", "5560160680",
        "trigger", "tips", "kind", "yttre"));
    steps.complete(INSPECTOR, instance, "PlanSupervisionTask", form("kind", "yttre", "plannedDate", today.toString()));
    assertThat(steps.tasks("polis", instance)).isEmpty();
    steps.complete(INSPECTOR, instance, "InspectTask", form("inspectedOn", today.toString(),
        "responsiblePresent", "ja", "responsibleRegistered", "ja", "servingHoursKept", "ja", "foodAvailable", "ja",
        "orderAndSobriety", "god", "ageChecks", "ja", "youngGuests", "nej", "outdoorAreaMarked", "ingen",
        "remarkLevel", "inga"));
    steps.complete(INSPECTOR, instance, "SendProtocolTask", form("protocolSentOn", today.toString()));

    JsonNode done = supervisionOf(instance);
    assertThat(done.path("premisesName").asText()).isEqualTo("Café Kvarnen");
    assertThat(done.path("status").asText()).isEqualTo("utan-anmarkning");
    assertThat(done.path("remarkLevel").asText()).isEqualTo("inga");
    assertThat(done.path("protocolSentOn").asText()).isEqualTo(today.toString());
    assertThat(steps.tasks(INSPECTOR, instance)).isEmpty();
  }

  @Test
  void thePagesShowSupervisionsInSwedishToTheSupervisingAgenciesOnly() throws Exception {
    steps.start(INSPECTOR, "alkoholtillsyn", form("premisesRef", "Krogen Ankaret", "trigger", "tips", "kind", "yttre"));
    var police = new BrowserSession(http);
    police.login("polis", Http.PASSWORD);
    var page = police.get("/tillsyn");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Tillsyn av serveringsställen", "Krogen Ankaret", "Att planera",
        "Tips eller klagomål");
    assertThat(police.get("/tillsyn/plan/" + today.getYear()).body()).contains("Tillsynsplan " + today.getYear());

    var reportsPage = police.get("/restaurangrapporter");
    assertThat(reportsPage.body()).contains("Restaurangrapporter för " + (today.getYear() - 1), "Krogen Ankaret",
        "Saknas").doesNotContain("Café Kvarnen");
    String ankaret = http.get(INSPECTOR, "/api/premises").json().findParents("name").stream()
        .filter(p -> p.path("name").asText().equals("Krogen Ankaret")).findFirst().orElseThrow().path("id").asText();
    Map<String, String> report = Map.of("ar", String.valueOf(today.getYear() - 1), "receivedOn", today.toString());
    assertThat(police.submit("/restaurangrapporter", "/restaurangrapporter/" + ankaret, report).statusCode())
        .isEqualTo(403);
    var officer = new BrowserSession(http);
    officer.login(INSPECTOR, Http.PASSWORD);
    var late = officer.submit("/restaurangrapporter", "/restaurangrapporter/" + ankaret,
        Map.of("ar", String.valueOf(today.getYear() - 1), "receivedOn", today.plusDays(1).toString()));
    assertThat(late.statusCode()).isEqualTo(302);
    // The message travels to the page the browser is sent back to (the flash is tied to that address).
    URI location = URI.create(late.headers().firstValue("Location").orElseThrow());
    String back = location.getRawPath() + "?" + location.getRawQuery();
    assertThat(back).isEqualTo("/restaurangrapporter?ar=" + (today.getYear() - 1));
    assertThat(officer.get(back).body()).contains("ligger efter i dag");
    officer.submit("/restaurangrapporter", "/restaurangrapporter/" + ankaret, report);
    assertThat(officer.get(back).body()).contains("är registrerad", "Inkom " + today);

    var school = new BrowserSession(http);
    school.login("skola", Http.PASSWORD);
    var refused = school.get("/tillsyn");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("Du har inte behörighet till sidan").doesNotContain("Krogen Ankaret");
    var missing = school.get("/tillsyn-som-inte-finns");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("Sidan finns inte");
  }

  @Test
  void onlyTheSupervisingAgenciesReadSupervisionsAndOnlyInspectorsRegisterReports() {
    assertThat(http.get("skola", "/api/supervisions").status()).isEqualTo(403);
    assertThat(http.get("socialtjanst", "/api/supervision-plans/2026").status()).isEqualTo(403);
    assertThat(http.get(null, "/api/supervisions").status()).isEqualTo(401);
    for (String reader : List.of(INSPECTOR, "polis", "raddningstjanst", "chef")) {
      assertThat(http.get(reader, "/api/supervisions").status()).as(reader).isEqualTo(200);
    }
    String ankaret = http.get(INSPECTOR, "/api/premises").json().findParents("name").stream()
        .filter(p -> p.path("name").asText().equals("Krogen Ankaret")).findFirst().orElseThrow().path("id").asText();
    // Two years back: the page test registers last year's report of the same premises.
    Map<String, Object> report = form("premisesId", ankaret, "year", today.getYear() - 2,
        "receivedOn", today.toString());
    assertThat(http.post("polis", "/api/restaurant-reports", report).status()).isEqualTo(403);
    assertThat(http.post(INSPECTOR, "/api/restaurant-reports", report).status()).isEqualTo(201);
    var again = http.post(INSPECTOR, "/api/restaurant-reports", report);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body()).contains("\"registrerad\":false");
    var future = http.post(INSPECTOR, "/api/restaurant-reports", form("premisesId", ankaret, "year", today.getYear(),
        "receivedOn", today.toString()));
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.body()).contains("inte ett avslutat år");
    var badDate = http.post(INSPECTOR, "/api/restaurant-reports", form("premisesId", ankaret,
        "year", today.getYear() - 1, "receivedOn", "igår"));
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.body()).contains("ÅÅÅÅ-MM-DD");
  }
}
