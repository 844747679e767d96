package se.samverka.errors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * The engine's JAX-RS applications ({@code /engine-rest} and the webapps' {@code /camunda/api}) answer through these
 * mappers instead of Camunda's, which send most client mistakes as 500 with the engine's message. Each mapper takes the
 * same exception type as one of Camunda's and wins by its priority; all of them answer from {@link Failures}, in
 * Camunda's JSON shape ({@code type}, {@code message}) that Tasklist and Cockpit show.
 */
public final class EngineRestErrors {

  /** The mappers, one per exception type that Camunda maps. */
  public static final List<Class<?>> MAPPERS = List.of(AnyError.class, EngineError.class, RestError.class,
      JsonMappingError.class, JsonParseError.class);

  private static final Pattern TASK_ACTION =
      Pattern.compile(".*/task/([^/]+)/(complete|submit-form|claim|unclaim|resolve|assignee|delegate)$");

  private EngineRestErrors() {}

  static Response answer(Throwable thrown, HttpServletRequest request) {
    String path = request == null ? "" : request.getRequestURI();
    Failure failure = Failures.classify(thrown);
    if ((failure.status() == 404 || failure.status() == 403) && completedForCaller(path)) {
      // The loser of two completions at once finds no task any more, or finds it after its grants went with the
      // completion: a conflict, not an unknown id or a refusal. Only for a caller the task was routed to, so nobody
      // else learns that the task existed.
      failure = Failures.of(409, Failures.COMPLETED);
    }
    Failures.log(failure, thrown, (request == null ? "" : request.getMethod() + " ") + path);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", failure.type());
    body.put("message", failure.detail());
    body.put("status", failure.status());
    body.put("title", failure.title());
    return Response.status(failure.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  /**
   * Whether the path acts on a task that has been completed and was routed to the caller (a candidate group of the
   * caller's, or the caller). Looked up as the system: the completed task's grants are gone.
   */
  static boolean completedForCaller(String path) {
    Matcher matcher = TASK_ACTION.matcher(path);
    if (!matcher.matches()) {
      return false;
    }
    ProcessEngine engine = ProcessEngines.getDefaultProcessEngine(false);
    if (engine == null) {
      return false;
    }
    IdentityService identity = engine.getIdentityService();
    Authentication caller = identity.getCurrentAuthentication();
    if (caller == null || caller.getUserId() == null) {
      return false;
    }
    String taskId = matcher.group(1);
    identity.clearAuthentication();
    try {
      HistoryService history = engine.getHistoryService();
      if (history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() == 0) {
        return false;
      }
      List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
      return history.createHistoricIdentityLinkLogQuery().taskId(taskId).list().stream()
          .anyMatch(link -> caller.getUserId().equals(link.getUserId()) || groups.contains(link.getGroupId()));
    } catch (RuntimeException e) {
      return false;
    } finally {
      identity.setAuthentication(caller);
    }
  }

  /**
   * One mapper per exception type that Camunda maps itself: JAX-RS picks the mapper nearest to the exception's type, so
   * ours must name the same types, and wins on priority.
   */
  abstract static class Mapper<E extends Throwable> implements ExceptionMapper<E> {
    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(E exception) {
      return answer(exception, request);
    }
  }

  @Priority(1)
  public static class AnyError extends Mapper<Throwable> {}

  @Priority(1)
  public static class EngineError extends Mapper<ProcessEngineException> {}

  @Priority(1)
  public static class RestError extends Mapper<RestException> {}

  @Priority(1)
  public static class JsonMappingError extends Mapper<JsonMappingException> {}

  @Priority(1)
  public static class JsonParseError extends Mapper<JsonParseException> {}
}
