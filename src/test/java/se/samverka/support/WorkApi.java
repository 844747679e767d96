package se.samverka.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A caseworker's work through Samverka's own JSON API, as the pages do it: start a process with its start form
 * ({@code POST /api/processes/{key}/start}), find tasks in the caller's queues ({@code GET /api/tasks}), read one
 * ({@code GET /api/tasks/{id}}), claim, give back, hand over and complete it. Values are plain JSON (strings, booleans,
 * numbers, lists for checklists, {@code "2026-11-30"} for dates); the server types them per form field.
 *
 * <p>The API does not say which step of the process a task is (its definition key, e.g. {@code AssessReferralTask});
 * the tests look that up as the administrator on {@code /engine-rest} and add it to each task as
 * {@code taskDefinitionKey}. Nothing a caseworker does goes through the engine's interface.
 */
public class WorkApi {

  private final Http http;

  public WorkApi(Http http) {
    this.http = http;
  }

  private static Map<String, Object> values(Map<String, ?> values) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("values", values);
    return body;
  }

  // --- starts

  /** {@code POST /api/processes/{key}/start}; the answer as it comes. */
  public Http.Response startResponse(String user, String processKey, Map<String, ?> values) {
    return http.post(user, "/api/processes/" + processKey + "/start", values(values));
  }

  /** Starts a process with its start form; returns the process instance id. */
  public String start(String user, String processKey, Map<String, ?> values) {
    var response = startResponse(user, processKey, values);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().path("processInstanceId").asText();
  }

  // --- finding tasks

  /** The caller's queues: "mina" and one per group. */
  public List<String> queues(String user) {
    var counts = http.get(user, "/api/tasks/counts");
    assertThat(counts.status()).as(counts.body()).isEqualTo(200);
    List<String> queues = new ArrayList<>(List.of("mina"));
    counts.json().path("groups").fieldNames().forEachRemaining(queues::add);
    return queues;
  }

  /**
   * The open tasks the user sees in any of the user's queues, of one process instance ({@code null}: all) and of one
   * process ({@code null}: all), each with its {@code taskDefinitionKey}.
   */
  public List<JsonNode> tasks(String user, String processInstanceId, String processKey) {
    return list(user, processInstanceId, processKey).stream().map(this::withKey).toList();
  }

  /** As {@link #tasks(String, String, String)}, as the API lists them (without the step key). */
  public List<JsonNode> list(String user, String processInstanceId, String processKey) {
    Set<String> seen = new LinkedHashSet<>();
    List<JsonNode> tasks = new ArrayList<>();
    for (String queue : queues(user)) {
      for (int page = 0; ; page++) {
        String path = "/api/tasks?size=100&page=" + page + "&queue=" + queue
            + (processInstanceId == null ? "" : "&processInstanceId=" + processInstanceId)
            + (processKey == null ? "" : "&process=" + processKey);
        var response = http.get(user, path);
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(200);
        JsonNode items = response.json().path("items");
        for (JsonNode item : items) {
          if (seen.add(item.path("id").asText())) {
            tasks.add(item);
          }
        }
        if (items.size() < 100) {
          break;
        }
      }
    }
    return tasks;
  }

  public List<JsonNode> tasks(String user, String processInstanceId) {
    return tasks(user, processInstanceId, null);
  }

  /** The single task of the user in this process instance at this step. */
  public JsonNode task(String user, String processInstanceId, String taskKey) {
    var matching = tasks(user, processInstanceId).stream()
        .filter(t -> taskKey.equals(t.path("taskDefinitionKey").asText())).toList();
    assertThat(matching).as("%s sees one %s", user, taskKey).hasSize(1);
    return matching.get(0);
  }

  /** The item with the step under the name the engine's REST API uses, which the tests were written against. */
  private JsonNode withKey(JsonNode item) {
    ObjectNode task = ((ObjectNode) item).deepCopy();
    assertThat(item.path("taskKey").asText("")).as("the list names the task's step").isNotBlank();
    task.put("taskDefinitionKey", item.path("taskKey").asText());
    return task;
  }

  // --- one task

  /** {@code GET /api/tasks/{id}}: the task with its form and current values. */
  public Http.Response read(String user, String taskId) {
    return http.get(user, "/api/tasks/" + taskId);
  }

  /** A current value of the task's form, as the API shows it ({@code null} when the form has no such field). */
  public JsonNode value(String user, String taskId, String key) {
    var response = read(user, taskId);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json().path("values").path(key);
  }

  public Http.Response claim(String user, String taskId) {
    return http.post(user, "/api/tasks/" + taskId + "/claim", null);
  }

  public Http.Response unclaim(String user, String taskId) {
    return http.post(user, "/api/tasks/" + taskId + "/unclaim", null);
  }

  public Http.Response assign(String user, String taskId, String colleague) {
    return http.post(user, "/api/tasks/" + taskId + "/assign", Map.of("userId", colleague));
  }

  /** {@code POST /api/tasks/{id}/complete} with the form's values (claims the task first if nobody has). */
  public Http.Response complete(String user, String taskId, Map<String, ?> values) {
    return http.post(user, "/api/tasks/" + taskId + "/complete", values(values));
  }

  /** The case a task is about: the id in its link to the case page ({@code /arenden/{caseId}}), or null. */
  public static String caseIdOf(JsonNode task) {
    String link = task.path("link").asText("");
    int at = link.indexOf("/arenden/");
    return at < 0 ? null : link.substring(at + "/arenden/".length()).split("[/?#]")[0];
  }

  /** The supervision a task is about: the id in its link ({@code /tillsyn/{id}}), or null. */
  public static String supervisionIdOf(JsonNode task) {
    String link = task.path("link").asText("");
    int at = link.indexOf("/tillsyn/");
    return at < 0 ? null : link.substring(at + "/tillsyn/".length()).split("[/?#]")[0];
  }

  /** The case of a task as its reader sees it on {@code GET /api/tasks/{id}}. */
  public String caseId(String user, String taskId) {
    var response = read(user, taskId);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return caseIdOf(response.json());
  }
}
