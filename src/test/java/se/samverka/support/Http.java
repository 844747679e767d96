package se.samverka.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Lazy;

/** Plain HTTP against the running application, as a demo user over Basic authentication (or anonymously). */
@TestComponent
@Lazy
public class Http {

  public static final String PASSWORD = "demo";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client = HttpClient.newHttpClient();
  private final int port;

  Http(@LocalServerPort int port) {
    this.port = port;
  }

  public record Response(int status, String body) {
    public JsonNode json() {
      try {
        return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("Not JSON (" + status + "): " + body, e);
      }
    }
  }

  public String url(String path) {
    return "http://localhost:" + port + path;
  }

  public Response send(String user, String method, String path, Object body) {
    try {
      return send(user, method, path, "application/json", body == null ? null : JSON.writeValueAsString(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A CSV file, as an integration posts it (e.g. {@code /api/premises/import}). */
  public Response postCsv(String user, String path, String csv) {
    return send(user, "POST", path, "text/csv; charset=utf-8", csv);
  }

  /** A CSV file as bytes, as saved by a spreadsheet in whatever encoding, with no charset declared. */
  public Response postCsv(String user, String path, byte[] csv) {
    return send(user, "POST", path, "text/csv", csv);
  }

  private Response send(String user, String method, String path, String contentType, String body) {
    return send(user, method, path, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
  }

  private Response send(String user, String method, String path, String contentType, byte[] body) {
    try {
      var builder = HttpRequest.newBuilder(URI.create(url(path)));
      if (user != null) {
        builder.header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
      }
      if (body == null) {
        builder.method(method, BodyPublishers.noBody());
      } else {
        builder.header("Content-Type", contentType)
            .method(method, BodyPublishers.ofByteArray(body));
      }
      var response = client.send(builder.build(), BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Makes sure an extra account exists and belongs to {@code group} (created by the administrator through the engine's
   * REST API, as Camunda Admin does), e.g. a second coordinator for two users at once.
   */
  public void ensureMember(String userId, String firstName, String lastName, String group) {
    if (get("admin", "/engine-rest/user/" + userId + "/profile").status() != 404) {
      return;
    }
    var created = post("admin", "/engine-rest/user/create", Map.of(
        "profile", Map.of("id", userId, "firstName", firstName, "lastName", lastName),
        "credentials", Map.of("password", PASSWORD)));
    if (created.status() != 204) {
      throw new IllegalStateException("Kontot " + userId + " kunde inte skapas: " + created.status() + " " + created.body());
    }
    var member = send("admin", "PUT", "/engine-rest/group/" + group + "/members/" + userId, null);
    if (member.status() != 204) {
      throw new IllegalStateException("Kontot " + userId + " kom inte med i " + group + ": " + member.status());
    }
  }

  public Response get(String user, String path) {
    return send(user, "GET", path, null);
  }

  public Response post(String user, String path, Object body) {
    return send(user, "POST", path, body == null ? Map.of() : body);
  }

  /** Engine REST variables: strings, booleans, numbers, and lists as JSON (as Tasklist submits checklists). */
  public static ObjectNode variables(Map<String, ?> values) {
    ObjectNode variables = JSON.createObjectNode();
    values.forEach((name, value) -> {
      ObjectNode variable = variables.putObject(name);
      if (value == null) {
        variable.putNull("value");
        variable.put("type", "Null");
      } else if (value instanceof List<?> list) {
        variable.put("value", JSON.valueToTree(list).toString());
        variable.put("type", "Json");
      } else if (value instanceof Boolean b) {
        variable.put("value", b);
        variable.put("type", "Boolean");
      } else if (value instanceof Integer || value instanceof Long) {
        variable.put("value", ((Number) value).longValue());
        variable.put("type", "Long");
      } else if (value instanceof Number number) {
        variable.put("value", number.doubleValue());
        variable.put("type", "Double");
      } else {
        variable.put("value", String.valueOf(value));
        variable.put("type", "String");
      }
    });
    return JSON.createObjectNode().set("variables", variables);
  }
}
