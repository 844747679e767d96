package se.samverka.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samverka.support.Http;
import se.samverka.support.PostgresIntegrationTest;

/** The OpenAPI document of {@code /api}, read as a client reads it. */
@PostgresIntegrationTest
class ApiDocumentationIntegrationTests {

  @Autowired
  Http http;

  private JsonNode document() {
    var response = http.get("skola", "/v3/api-docs");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  /** "METHOD path" with path variables written {}, for every operation in the document. */
  private static List<String> operations(JsonNode document) {
    List<String> operations = new ArrayList<>();
    document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method ->
        operations.add(method.toUpperCase() + " " + path.getKey().replaceAll("\\{[^}]*}", "{}"))));
    return operations;
  }

  @Test
  void theDocumentIsForSignedInAccountsOnly() {
    assertThat(http.get(null, "/v3/api-docs").status()).isEqualTo(401);
    assertThat(http.get("integration", "/v3/api-docs").status()).isEqualTo(200);
    assertThat(http.get("admin", "/v3/api-docs").status()).isEqualTo(200);
  }

  @Test
  void theDocumentListsTheTaskProcessAndCaseOperations() {
    assertThat(operations(document())).contains(
        "GET /api/tasks", "GET /api/tasks/counts", "GET /api/tasks/{}", "POST /api/tasks/{}/claim",
        "POST /api/tasks/{}/unclaim", "POST /api/tasks/{}/assign", "POST /api/tasks/{}/complete",
        "GET /api/processes", "GET /api/processes/{}/form", "POST /api/processes/{}/start",
        "GET /api/cases", "GET /api/cases/{}", "POST /api/cases/{}/notes");
  }

  @Test
  void everyOperationIsUnderApiAndHasASwedishSummaryATagAndTheProblemAnswers() {
    JsonNode document = document();
    assertThat(document.path("info").path("title").asText()).isEqualTo("Samverkas API");
    assertThat(document.path("components").path("securitySchemes").path("basic").path("scheme").asText())
        .isEqualTo("basic");
    assertThat(document.path("components").path("schemas").path("Problem").path("properties").has("detail")).isTrue();
    List<String> undescribed = new ArrayList<>();
    document.path("paths").fields().forEachRemaining(path -> {
      assertThat(path.getKey()).startsWith("/api/");
      path.getValue().fields().forEachRemaining(entry -> {
        JsonNode operation = entry.getValue();
        String summary = operation.path("summary").asText();
        if (summary.isBlank() || summary.equals(ApiDocumentation.UNDESCRIBED)) {
          undescribed.add(entry.getKey() + " " + path.getKey());
        }
        assertThat(operation.path("tags")).as(path.getKey()).hasSize(1);
        for (String status : List.of("400", "401", "403", "404")) {
          JsonNode answer = operation.path("responses").path(status);
          assertThat(answer.path("description").asText()).as("%s %s", status, path.getKey()).isNotBlank();
          assertThat(answer.path("content").path("application/problem+json").path("schema").path("$ref").asText())
              .as("%s %s", status, path.getKey()).isEqualTo("#/components/schemas/Problem");
        }
      });
    });
    assertThat(undescribed).as("operations without a Swedish summary in ApiDocumentation.SUMMARIES").isEmpty();
    assertThat(document.toString()).doesNotContain("/engine-rest/", "/uppgifter", "/arenden/{");
  }

  @Test
  void everySummaryInTheTableDescribesAnOperationThatExists() {
    List<String> operations = operations(document());
    for (Map.Entry<String, String> summary : ApiDocumentation.SUMMARIES.entrySet()) {
      assertThat(operations).as(summary.getValue()).contains(summary.getKey());
    }
  }
}
