package se.samverka.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import se.samverka.sspf.SspfSteps;
import se.samverka.support.BrowserSession;
import se.samverka.support.Http;
import se.samverka.support.PostgresIntegrationTest;
import se.samverka.support.TestPersons;

/**
 * Hostile and mistaken requests from the outside get a Swedish 4xx on every interface ({@code /api} for caseworkers,
 * {@code /engine-rest} and {@code /camunda/api} for the administrator and integration accounts): no 5xx, no stack
 * trace, no SQL, no class name, no echo of a long input.
 */
@PostgresIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ErrorAnswersIntegrationTests {

  @Autowired
  Http http;

  @Autowired
  org.camunda.bpm.engine.IdentityService identityService;

  SspfSteps steps;

  @BeforeEach
  void setUp() {
    steps = new SspfSteps(http);
  }

  private static void assertSwedish(Http.Response response, int status) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.body()).hasSizeLessThan(1_000)
        .doesNotContain("Exception:", "at org.", "java.", "ENGINE-", "ACT_", "insert ", "select ", "SQL");
    String message = response.json().has("message") ? response.json().path("message").asText()
        : response.json().path("detail").asText();
    assertThat(message).isNotBlank().matches("(?s).*[åäöÅÄÖ].*|.*(Logga|Adressen|Skicka|Ange|Kontrollera).*");
  }

  private String assessTask(String instance) {
    return steps.task("samordnare", instance, "AssessReferralTask").path("id").asText();
  }

  @Test
  void unknownIdsAreNotFound() {
    assertProblem(http.post("samordnare", "/api/tasks/finns-inte/complete", Map.of("values", Map.of())), 404);
    assertProblem(http.post("samordnare", "/api/tasks/finns-inte/claim", null), 404);
    assertProblem(http.post("samordnare", "/api/tasks/finns-inte/unclaim", null), 404);
    assertProblem(http.post("samordnare", "/api/tasks/finns-inte/assign", Map.of("userId", "samordnare")), 404);
    assertProblem(http.get("samordnare", "/api/tasks/finns-inte"), 404);
    assertProblem(http.post("samordnare", "/api/processes/finns-inte/start", Map.of("values", Map.of())), 404);
    assertSwedish(http.post("integration", "/engine-rest/task/finns-inte/complete", Map.of()), 404);
    assertSwedish(http.post("integration", "/engine-rest/task/finns-inte/submit-form", Map.of()), 404);
    assertSwedish(http.get("integration", "/engine-rest/task/finns-inte"), 404);
    assertSwedish(http.post("admin", "/engine-rest/process-definition/key/finns-inte/start", Map.of()), 404);
    assertSwedish(http.post("admin", "/engine-rest/process-definition/finns-inte:1:1/submit-form", Map.of()), 404);
    assertSwedish(http.post("admin", "/engine-rest/job/finns-inte/execute", null), 404);
    assertSwedish(http.get("admin", "/engine-rest/process-instance/finns-inte/variables"), 404);
  }

  @Test
  void badInputToTheEngineIsBadRequest(CapturedOutput output) {
    String instance = steps.refer("skola", SspfSteps.referral(TestPersons.identityNumber(12), "Fel", "Oro."));
    String task = assessTask(instance);

    for (String list : List.of("/engine-rest/task", "/engine-rest/process-instance", "/engine-rest/history/task",
        "/engine-rest/history/process-instance", "/engine-rest/history/variable-instance",
        "/engine-rest/process-definition", "/engine-rest/job")) {
      assertSwedish(http.get("admin", list + "?firstResult=-1&maxResults=-5"), 400);
      assertSwedish(http.get("integration", list + "?maxResults=%2D1"), 400);
    }
    // A completion without the values the form requires (the process's gateway reads one of them).
    assertProblem(http.post("samordnare", "/api/tasks/" + task + "/complete", Map.of("values", Map.of())), 400);
    assertProblem(http.post("samordnare", "/api/tasks/" + task + "/complete", Map.of()), 400);
    // A value of the wrong type for the form field.
    assertProblem(http.post("samordnare", "/api/tasks/" + task + "/complete", Map.of("values", Map.of(
        "riskLevel", 17))), 400);
    assertProblem(http.post("samordnare", "/api/tasks/" + task + "/complete", Map.of("values", Map.of(
        "riskLevel", Map.of("value", "x", "type", "Object", "valueInfo", Map.of("objectTypeName", "java.util.Date",
            "serializationDataFormat", "application/x-java-serialized-object"))))), 400);
    assertProblem(send("samordnare", "POST", "/api/tasks/" + task + "/complete", "application/json",
        "{\"values\":"), 400);
    // A message sent to an instance of a process that does not wait for it.
    assertSwedish(http.post("admin", "/engine-rest/message", Map.of("messageName", "finns-inte",
        "processInstanceId", instance)), 400);
    // An unparsable deployment.
    assertSwedish(deploy("<definitions><process id=\"trasig\""), 400);
    // A megabyte in a variable: refused without the value, the SQL or a whole log line of it.
    String marker = "ÖVERLÅNGT-VÄRDE-";
    String megabyte = marker.repeat(1_000_000 / marker.length());
    var tooLong = http.send("admin", "PUT", "/engine-rest/process-instance/" + instance + "/variables/anteckning",
        Map.of("value", megabyte, "type", "String"));
    assertThat(tooLong.status()).as(tooLong.body()).isBetween(400, 499);
    assertThat(tooLong.body()).hasSizeLessThan(1_000).doesNotContain(marker.repeat(3));
    assertThat(output.getAll()).doesNotContain(marker.repeat(20));

    // The process was not harmed by any of it.
    assertThat(steps.task("samordnare", instance, "AssessReferralTask").path("id").asText()).isEqualTo(task);
  }

  @Test
  void aLostClaimIsAConflict() {
    String instance = steps.refer("skola", SspfSteps.referral(TestPersons.identityNumber(13), "Anspråk", "Oro."));
    String task = assessTask(instance);
    var first = steps.api().claim("samordnare", task);
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    // A colleague of the same group comes second (a task is only ever claimed within its group).
    if (identityService.createUserQuery().userId("samordnare3").count() == 0) {
      var colleague = identityService.newUser("samordnare3");
      colleague.setPassword(Http.PASSWORD);
      identityService.saveUser(colleague);
      identityService.createMembership("samordnare3", "samordnare");
    }
    var again = steps.api().claim("samordnare3", task);
    assertProblem(again, 409);
    assertSwedish(again, 409);
    // Completing it is a conflict too, and leaves the task with the first coordinator.
    var completion = steps.api().complete("samordnare3", task, SspfSteps.assessment("samordnare"));
    assertProblem(completion, 409);
    assertThat(steps.api().read("samordnare", task).json().path("assignee").asText()).isEqualTo("samordnare");
  }

  @Test
  void theWebappsApiAnswersTheAdministratorInSwedishAndAMissingXsrfHeaderKeepsTheSession() throws Exception {
    String instance = steps.refer("skola", SspfSteps.referral(TestPersons.identityNumber(14), "Webb", "Oro."));
    String task = assessTask(instance);
    var session = new BrowserSession(http);
    session.login("admin", Http.PASSWORD);
    assertThat(session.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);

    var unknown = session.post("/camunda/api/engine/engine/default/task/finns-inte/complete", "{}");
    assertSwedish(new Http.Response(unknown.statusCode(), unknown.body()), 404);
    var paging = session.get("/camunda/api/engine/engine/default/task?firstResult=-1&maxResults=-5", "application/json");
    assertThat(paging.statusCode()).as(paging.body()).isLessThan(500);
    var gateway = session.post("/camunda/api/engine/engine/default/task/" + task + "/complete", "{}");
    assertSwedish(new Http.Response(gateway.statusCode(), gateway.body()), 400);
    var notJson = session.post("/camunda/api/engine/engine/default/task/" + task + "/submit-form", "{\"variables\":");
    assertSwedish(new Http.Response(notJson.statusCode(), notJson.body()), 400);

    // A POST without the XSRF header: refused, and the user stays logged in.
    var client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    var cookieHeader = session.cookieHeader();
    var withoutToken = client.send(HttpRequest.newBuilder(URI.create(http.url(
        "/camunda/api/engine/engine/default/task/" + task + "/claim"))).header("Cookie", cookieHeader)
        .header("Content-Type", "application/json").POST(BodyPublishers.ofString("{\"userId\":\"samordnare\"}"))
        .build(), BodyHandlers.ofString());
    assertThat(withoutToken.statusCode()).isEqualTo(403);
    assertThat(withoutToken.body()).contains("XSRF");
    assertThat(session.get("/").statusCode()).isEqualTo(200);
    var claim = session.post("/camunda/api/engine/engine/default/task/" + task + "/claim", "{\"userId\":\"samordnare\"}");
    assertThat(claim.statusCode()).as(claim.body()).isEqualTo(204);
  }

  @Test
  void ourApiAnswersWithSwedishProblemDetails() {
    var unknownPath = http.get("samordnare", "/api/finns-inte");
    assertProblem(unknownPath, 404);
    assertProblem(http.send("samordnare", "DELETE", "/api/legal-grounds", null), 405);
    assertProblem(send("samordnare", "POST", "/api/cases/x/notes", "application/json", "{\"category\":"), 400);
    assertProblem(send("samordnare", "POST", "/api/cases/x/notes", "application/json", ""), 400);
    assertProblem(send("samordnare", "POST", "/api/cases/x/notes", "text/plain", "hej"), 415);
    assertProblem(http.get("alkoholhandlaggare", "/api/supervision-plans/tjugo"), 400);
    assertProblem(http.get("alkoholhandlaggare", "/api/supervisions/finns-inte"), 404);
    assertProblem(http.get("skola", "/api/supervisions"), 403);
    var tooLong = http.post("samordnare", "/api/cases/" + "x".repeat(3_000) + "/notes",
        Map.of("category", "skola", "text", "Kort."));
    assertThat(tooLong.status()).isBetween(400, 499);
    assertThat(tooLong.body()).doesNotContain("x".repeat(300));
    var invalid = http.post("samordnare", "/api/identity-numbers/validation", Map.of());
    assertProblem(invalid, 400);
    assertThat(invalid.json().path("detail").asText()).contains("Nummer saknas");
  }

  @Test
  void whatTomcatRefusesBeforeSamverkaIsAnsweredInSwedishToo() throws Exception {
    // A megabyte query string: the request line is past Tomcat's limit, so it is refused before any filter runs and
    // before its path is known: the Swedish page answers.
    String megabyte = "å".repeat(500_000);
    var api = send("samordnare", "GET", "/api/cases?q=" + megabyte, "application/json", "");
    assertThat(api.status()).isEqualTo(400);
    assertThat(api.body()).contains("<html lang=\"sv\">", "Begäran kunde inte läsas")
        .doesNotContain("Tomcat", "HTTP Status", "%C3%A5%C3%A5");

    var session = new BrowserSession(http);
    session.login("samordnare", Http.PASSWORD);
    var page = session.get("/arenden?q=" + "x".repeat(1_000_000));
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(page.body()).contains("<html lang=\"sv\">", "<h1>Ogiltig begäran</h1>", "Begäran kunde inte läsas",
        "href=\"/\"").doesNotContain("Tomcat", "HTTP Status", "xxxxxxxxxx");

    // A header of 100 kB and a path that cannot be decoded.
    // A header too large comes after the request line, so the path is known and /api answers as a problem.
    var header = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(http.url("/api/tasks")))
        .header("X-Skrap", "y".repeat(100_000)).build(), BodyHandlers.ofString());
    assertProblem(new Http.Response(header.statusCode(), header.body()), 400);
    assertThat(header.body()).contains("Begäran kunde inte läsas").doesNotContain("Tomcat", "yyyyyyyyyy");
    // A path no URI class would build: sent as raw bytes.
    String raw = raw("GET /api/cases/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    assertThat(raw).startsWith("HTTP/1.1 400").contains("\"detail\":\"Begäran kunde inte läsas").doesNotContain("Tomcat");
    var engine = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(http.url("/engine-rest/version")))
        .header("X-Skrap", "y".repeat(100_000)).build(), BodyHandlers.ofString());
    assertSwedish(new Http.Response(engine.statusCode(), engine.body()), 400);
  }

  private String raw(String request) throws IOException {
    var base = URI.create(http.url("/"));
    try (var socket = new java.net.Socket(base.getHost(), base.getPort())) {
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void assertProblem(Http.Response response, int status) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.json().path("status").asInt()).isEqualTo(status);
    assertThat(response.json().path("title").asText()).isNotBlank();
    assertThat(response.json().path("detail").asText()).isNotBlank();
    assertThat(response.body()).doesNotContain("Exception", "java.", "trace");
  }

  private Http.Response send(String user, String method, String path, String contentType, String body) {
    try {
      var request = HttpRequest.newBuilder(URI.create(http.url(path)))
          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + Http.PASSWORD)
              .getBytes(StandardCharsets.UTF_8)))
          .header("Content-Type", contentType).method(method, BodyPublishers.ofString(body)).build();
      var response = HttpClient.newHttpClient().send(request, BodyHandlers.ofString());
      return new Http.Response(response.statusCode(), response.body());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private Http.Response deploy(String bpmn) {
    String boundary = "samverka" + System.nanoTime();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\ntrasig\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"trasig.bpmn\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
    return send("admin", "POST", "/engine-rest/deployment/create", "multipart/form-data; boundary=" + boundary, body);
  }
}
