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
 * the police and the rescue service that ends in a warning with its appeal window, after which a new supervision of the
 * same licence is proposed revocation; a start by the police, who cannot decide; an appeal reconsidered and forwarded;
 * and a premises without remarks.
 */
@PostgresIntegrationTest
class SupervisionIntegrationTests {

  private static final String INSPECTOR = "alkoholhandlaggare";

  @Autowired
  Http http;

  private SspfSteps steps;
  private final LocalDate today = LocalDate.now();

  /** The register's id of a premises: what the start form's choice sends. */
  private String premises(String name) {
    return premisesId(http, name);
  }

  /** The register's id of a premises, as the start form offers it (the premises is chosen, not typed). */
  static String premisesId(Http http, String name) {
    for (JsonNode premises : http.get(INSPECTOR, "/api/premises").json()) {
      if (premises.path("name").asText().equals(name)) {
        return premises.path("id").asText();
      }
    }
    throw new AssertionError("no premises " + name);
  }

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

  /**
   * A variable the process computed for the user's task (the proposal, the earlier sanctions): the task is the one the
   * user finds in Samverka; the value is read as the administrator, since the API shows it only inside the form's text.
   */
  private String variable(String user, String processInstanceId, String taskKey, String name) {
    String taskId = steps.task(user, processInstanceId, taskKey).path("id").asText();
    var response = http.get("admin", "/engine-rest/task/" + taskId + "/variables/" + name);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json().path("value").asText();
  }

  /** Plan, inspect with serious remarks, send the protocol, open the case, statements: waiting for the proposal. */
  private void untilProposal(String instance) {
    steps.complete(INSPECTOR, instance, "PlanSupervisionTask", form("kind", "yttre", "plannedDate", today.toString()));
    steps.complete(INSPECTOR, instance, "InspectTask", form("inspectedOn", today.toString(),
        "responsiblePresent", "nej", "responsibleRegistered", "ja", "servingHoursKept", "nej", "foodAvailable", "ja",
        "orderAndSobriety", "allvarliga-brister", "ageChecks", "ja", "youngGuests", "nej", "outdoorAreaMarked", "ja",
        "protocolRemarks", "Servering efter tillåten tid", "remarkLevel", "allvarliga"));
    steps.complete(INSPECTOR, instance, "SendProtocolTask", form("protocolSentOn", today.toString(),
        "letterAttached", true));
    steps.complete(INSPECTOR, instance, "OpenCaseTask", form("caseReference", "MIL-2026-43",
        "statementsRequestedFrom", List.of("polis")));
    steps.complete("polis", instance, "PoliceStatementTask", form("criminalActivityObserved", "nej",
        "policeRecommendation", "varning"));
    steps.complete(INSPECTOR, instance, "OtherStatementsTask", form());
  }

  @Test
  void coordinatedSupervisionWithPoliceAndRescueServiceEndsInAWarningWithTheAppealWindow() {
    Map<String, Object> start = form("premisesRef", premises("Krogen Ankaret"), "trigger", "samordnad", "kind", "samordnad");
    var police = steps.api().startResponse("polis", "alkoholtillsyn", start);
    assertThat(police.status()).as("the police start only with their findings: %s", police.body()).isEqualTo(400);
    assertThat(police.body()).contains("Polisens iakttagelser");
    var unknown = steps.api().startResponse(INSPECTOR, "alkoholtillsyn", (form("premisesRef", "Okända krogen", "trigger", "tips", "kind", "yttre")));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("Inget serveringsställe i registret");
    var named = steps.api().startResponse(INSPECTOR, "alkoholtillsyn",
        form("premisesRef", "Krogen Ankaret", "trigger", "tips", "kind", "yttre"));
    assertThat(named.status()).as("the premises is chosen from the register, not typed: %s", named.body())
        .isEqualTo(400);

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
    assertThat(withoutLetter.json().path("fields").path("letterAttached").asText())
        .as("the refusal stands at the field it is about").contains("brev");
    steps.complete(INSPECTOR, instance, "SendProtocolTask", form("protocolSentOn", today.toString(),
        "letterAttached", true));

    // The supervision case: statements, proposal (no earlier sanction), communication of it all, decision.
    steps.complete(INSPECTOR, instance, "OpenCaseTask", form("caseReference", "MIL-2026-42",
        "statementsRequestedFrom", List.of("polis", "raddningstjanst")));
    steps.complete("polis", instance, "PoliceStatementTask", form("criminalActivityObserved", "nej",
        "policeRecommendation", "varning", "policeStatementReference", "A123.456/2026"));
    steps.complete(INSPECTOR, instance, "OtherStatementsTask", form("statementsReceivedFrom", List.of("raddningstjanst")));
    assertThat(variable(INSPECTOR, instance, "ProposeSanctionTask", "earlierSanction")).isEqualTo("ingen");
    steps.complete(INSPECTOR, instance, "ProposeSanctionTask", form("seriousness", "allvarlig", "suitability", "lamplig",
        "criminalActivityTolerated", false, "licenceUnused", false));
    assertThat(variable(INSPECTOR, instance, "CommunicateTask", "proposedSanction")).isEqualTo("varning");
    assertThat(variable(INSPECTOR, instance, "CommunicateTask", "proposalReason")).contains("9 kap. 17 §");
    String communicate = steps.task(INSPECTOR, instance, "CommunicateTask").path("id").asText();
    var withoutProposal = steps.submit(INSPECTOR, communicate, form("communicatedOn", today.toString(),
        "documentsSent", List.of("protokoll", "brev")));
    assertThat(withoutProposal.status()).isEqualTo(400);
    assertThat(withoutProposal.body()).contains("förslaget");
    var languageHidden = steps.submit(INSPECTOR, communicate, form("communicatedOn", today.toString(),
        "documentsSent", List.of("protokoll", "forslag"), "interpreterLanguage", "arabiska"));
    assertThat(languageHidden.status()).as(languageHidden.body()).isEqualTo(400);
    steps.complete(INSPECTOR, instance, "CommunicateTask", form("communicatedOn", today.toString(),
        "documentsSent", List.of("protokoll", "brev", "yttrande-polis", "yttranden-ovriga", "forslag"),
        "interpreterNeeded", true, "interpreterLanguage", "arabiska"));
    String supervisionId = supervisionOf(instance).path("id").asText();
    JsonNode communications = http.get("polis", "/api/supervisions/" + supervisionId + "/communications").json();
    assertThat(communications).hasSize(1);
    assertThat(communications.get(0).path("documents").asText()).contains("forslag");
    assertThat(communications.get(0).path("communicatedOn").asText()).isEqualTo(today.toString());
    assertThat(communications.get(0).path("interpreterLanguage").asText()).isEqualTo("arabiska");
    steps.complete(INSPECTOR, instance, "AwaitResponseTask", form("responseReceivedOn", today.toString(),
        "responseSummary", "Tillståndshavaren har bytt serveringsansvarig"));
    steps.complete(INSPECTOR, instance, "CommitteeDecisionTask", form("decision", "varning",
        "decidedOn", today.toString()));
    steps.complete(INSPECTOR, instance, "NotifyTask", form("notifiedOn", today.toString()));

    JsonNode notified = supervisionOf(instance);
    LocalDate lastDay = WorkingDays.onOrAfter(today.plusWeeks(3));
    assertThat(notified.path("status").asText()).isEqualTo("overklagandetid");
    assertThat(notified.path("proposedSanction").asText()).isEqualTo("varning");
    assertThat(notified.path("decidedSanction").asText()).isEqualTo("varning");
    assertThat(notified.path("appealUntil").asText()).isEqualTo(lastDay.toString());
    assertThat(steps.task(INSPECTOR, instance, "WatchAppealTask").path("due").asText()).startsWith(lastDay.toString());
    JsonNode premises = http.get("polis", "/api/premises").json().findParents("name").stream()
        .filter(p -> p.path("name").asText().equals("Krogen Ankaret")).findFirst().orElseThrow();
    assertThat(premises.path("riskEarlierRemarks").asBoolean()).isTrue();

    // Three weeks without an appeal: the decision is final; a late appeal is still watched for, then it ends.
    steps.fireTimer(instance, "AppealWindowTimer");
    assertThat(supervisionOf(instance).path("status").asText()).isEqualTo("laga-kraft");
    steps.fireTimer(instance, "LateAppealWatchTimer");
    assertThat(supervisionOf(instance).path("status").asText()).isEqualTo("laga-kraft");
    assertThat(steps.tasks(INSPECTOR, instance)).isEmpty();

    // A new supervision of the same licence: the warning is an earlier sanction, serious breaches now mean revocation.
    String again = steps.start(INSPECTOR, "alkoholtillsyn", form("premisesRef", premises("Krogen Ankaret"), "trigger", "tips",
        "kind", "yttre"));
    untilProposal(again);
    assertThat(variable(INSPECTOR, again, "ProposeSanctionTask", "earlierSanction")).isEqualTo("varning");
    assertThat(variable(INSPECTOR, again, "ProposeSanctionTask", "earlierSanctionsSummary"))
        .contains("Varning " + today);
    steps.complete(INSPECTOR, again, "ProposeSanctionTask", form("seriousness", "allvarlig", "suitability", "lamplig",
        "criminalActivityTolerated", false, "licenceUnused", false));
    assertThat(variable(INSPECTOR, again, "CommunicateTask", "proposedSanction")).isEqualTo("aterkallelse");
    assertThat(supervisionOf(again).path("earlierSanction").asText()).isEqualTo("varning");
    assertThat(supervisionOf(again).path("earlierSanctionOn").asText()).isEqualTo(today.toString());
  }

  @Test
  void thePoliceStartASupervisionWithTheirFindingsButOnlyTheMunicipalityDecides() {
    var hiddenKind = steps.api().startResponse("polis", "alkoholtillsyn", form("premisesRef", premises("Café Kvarnen"),
        "trigger", "polis", "kind", "yttre", "policeReport", "Servering till berusade gäster efter kl. 01"));
    assertThat(hiddenKind.status()).as(hiddenKind.body()).isEqualTo(400);
    var noFindings = steps.api().startResponse("polis", "alkoholtillsyn", form("premisesRef", premises("Café Kvarnen"),
        "trigger", "polis"));
    assertThat(noFindings.status()).as(noFindings.body()).isEqualTo(400);
    var outsider = steps.api().startResponse("skola", "alkoholtillsyn", (form("premisesRef", premises("Café Kvarnen"),
        "trigger", "polis",
            "policeReport", "Servering till berusade gäster")));
    assertThat(outsider.status()).as(outsider.body()).isIn(403, 404);

    String instance = steps.start("polis", "alkoholtillsyn", form("premisesRef", premises("Café Kvarnen"), "trigger", "polis",
        "policeReport", "Servering till berusade gäster efter kl. 01"));
    JsonNode supervision = supervisionOf(instance);
    assertThat(supervision.path("trigger").asText()).isEqualTo("polis");
    assertThat(supervision.path("kind").asText()).isEqualTo("yttre");
    // The officer plans and carries out the supervision; the police see none of the municipality's tasks.
    assertThat(steps.tasks("polis", instance)).isEmpty();
    untilProposal(instance);

    String proposal = steps.task(INSPECTOR, instance, "ProposeSanctionTask").path("id").asText();
    Map<String, Object> proposed = form("seriousness", "allvarlig", "suitability", "lamplig",
        "criminalActivityTolerated", false, "licenceUnused", false);
    for (String user : List.of("polis", "skola")) {
      // Not their task: Samverka does not even say that it exists.
      var refused = steps.api().complete(user, proposal, proposed);
      assertThat(refused.status()).as("%s proposes: %s", user, refused.body()).isEqualTo(404);
      var claim = steps.api().claim(user, proposal);
      assertThat(claim.status()).as("%s claims: %s", user, claim.body()).isEqualTo(404);
    }
    // Forged values: what Samverka looks up itself (the earlier sanctions) cannot be sent.
    Map<String, Object> forged = new LinkedHashMap<>(proposed);
    forged.put("earlierSanction", "ingen");
    var forgedHistory = steps.submit(INSPECTOR, proposal, forged);
    assertThat(forgedHistory.status()).as(forgedHistory.body()).isEqualTo(400);
    assertThat(forgedHistory.body()).contains("earlierSanction");
    steps.complete(INSPECTOR, instance, "ProposeSanctionTask", proposed);
    steps.complete(INSPECTOR, instance, "CommunicateTask", form("communicatedOn", today.toString(),
        "documentsSent", List.of("protokoll", "yttrande-polis", "forslag")));
    steps.complete(INSPECTOR, instance, "AwaitResponseTask", form("responseReceivedOn", today.toString()));

    String decision = steps.task(INSPECTOR, instance, "CommitteeDecisionTask").path("id").asText();
    // The proposal depends on earlier sanctions of the licence (other tests may have decided some): decide as proposed.
    String proposedSanction = variable(INSPECTOR, instance, "CommitteeDecisionTask", "proposedSanction");
    Map<String, Object> decided = form("decision", proposedSanction, "decidedOn", today.toString());
    var policeDecides = steps.api().complete("polis", decision, decided);
    assertThat(policeDecides.status()).as(policeDecides.body()).isEqualTo(404);
    assertThat(steps.api().read("polis", decision).status()).isEqualTo(404);
    Map<String, Object> forgedProposal = new LinkedHashMap<>(decided);
    forgedProposal.put("proposedSanction", "varning");
    assertThat(steps.submit(INSPECTOR, decision, forgedProposal).status()).isEqualTo(400);
    Map<String, Object> forgedWindow = new LinkedHashMap<>(decided);
    forgedWindow.put("appealUntil", today.plusYears(1).toString());
    assertThat(steps.submit(INSPECTOR, decision, forgedWindow).status()).isEqualTo(400);
    var unknownSanction = steps.submit(INSPECTOR, decision, form("decision", "vite", "decidedOn", today.toString()));
    assertThat(unknownSanction.status()).isEqualTo(400);
    steps.complete(INSPECTOR, instance, "CommitteeDecisionTask", decided);
    assertThat(supervisionOf(instance).path("decidedSanction").asText()).isEqualTo(proposedSanction);
  }

  @Test
  void anAppealInTimeIsReconsideredAndForwardedWhileALateOneIsDismissedByTheCommittee() {
    String instance = steps.start(INSPECTOR, "alkoholtillsyn", form("premisesRef", premises("Café Kvarnen"), "trigger", "tips",
        "kind", "yttre"));
    untilProposal(instance);
    steps.complete(INSPECTOR, instance, "ProposeSanctionTask", form("seriousness", "allvarlig", "suitability", "lamplig",
        "criminalActivityTolerated", false, "licenceUnused", false));
    steps.complete(INSPECTOR, instance, "CommunicateTask", form("communicatedOn", today.toString(),
        "documentsSent", List.of("protokoll", "forslag")));
    steps.complete(INSPECTOR, instance, "AwaitResponseTask", form("responseReceivedOn", today.toString()));
    steps.complete(INSPECTOR, instance, "CommitteeDecisionTask", form("decision",
        variable(INSPECTOR, instance, "CommitteeDecisionTask", "proposedSanction"), "decidedOn", today.toString()));
    steps.complete(INSPECTOR, instance, "NotifyTask", form("notifiedOn", today.toString()));
    var forgedInTime = steps.submit(INSPECTOR, steps.task(INSPECTOR, instance, "WatchAppealTask").path("id").asText(),
        form("appealReceivedOn", today.toString(), "appealInTime", true));
    assertThat(forgedInTime.status()).isEqualTo(400);
    steps.complete(INSPECTOR, instance, "WatchAppealTask", form("appealReceivedOn", today.toString()));
    steps.complete(INSPECTOR, instance, "ReconsiderTask", form("reconsideration", "ingen-andring",
        "reconsideredOn", today.toString()));
    steps.complete(INSPECTOR, instance, "ForwardToCourtTask", form("forwardedToCourtOn", today.toString()));
    assertThat(supervisionOf(instance).path("status").asText()).isEqualTo("overlamnat");
    steps.complete(INSPECTOR, instance, "CourtRulingTask", form("courtOutcome", "avslag",
        "courtRuledOn", today.toString()));
    JsonNode ruled = supervisionOf(instance);
    assertThat(ruled.path("status").asText()).isEqualTo("overklagande-avgjort");
    assertThat(ruled.path("appealInTime").asBoolean()).isTrue();
    assertThat(ruled.path("reconsideration").asText()).isEqualTo("ingen-andring");
    assertThat(ruled.path("forwardedOn").asText()).isEqualTo(today.toString());
    assertThat(ruled.path("courtOutcome").asText()).isEqualTo("avslag");
  }

  @Test
  void premisesWithoutRemarksIsDoneWhenTheProtocolIsSent() {
    String instance = steps.start(INSPECTOR, "alkoholtillsyn", form("premisesRef", premises("Café Kvarnen"),
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
    steps.start(INSPECTOR, "alkoholtillsyn", form("premisesRef", premises("Krogen Ankaret"), "trigger", "tips", "kind", "yttre"));
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
