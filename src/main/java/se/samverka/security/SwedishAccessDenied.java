package se.samverka.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import se.samverka.errors.Failure;
import se.samverka.errors.Failures;

/**
 * Spring Security's refusal in Swedish: a problem ({@code application/problem+json}, with Camunda's {@code message}
 * and {@code type} beside it) on the APIs ({@code /api}, {@code /engine-rest}, the webapps' {@code /camunda/api}); the
 * Swedish error page ({@code error/403}) everywhere else, e.g. a caseworker who opens Tasklist or Cockpit.
 */
class SwedishAccessDenied implements AccessDeniedHandler {

  static final String ENGINE_CLOSED = "Motorns gränssnitt (/engine-rest, Tasklist, Cockpit och Admin) är bara till "
      + "för administratören och integrationskonton. Arbeta med dina uppgifter i Samverka eller genom Samverkas /api.";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final AccessDeniedHandler page = new AccessDeniedHandlerImpl();

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean engine = (path.startsWith("/engine-rest/") || path.startsWith("/camunda/")) && !engineAccount();
    if (!(path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/")
        || path.startsWith("/v3/api-docs"))) {
      page.handle(request, response, refused);
      return;
    }
    if (response.isCommitted()) {
      return;
    }
    Failure failure = Failures.byStatus(HttpServletResponse.SC_FORBIDDEN);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", failure.type());
    body.put("status", failure.status());
    body.put("title", failure.title());
    body.put("detail", engine ? ENGINE_CLOSED : failure.detail());
    body.put("message", engine ? ENGINE_CLOSED : failure.detail());
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response.getOutputStream().write(JSON.writeValueAsBytes(body));
  }

  /** An administrator or integration account refused for another reason (e.g. a comment): no word of closed doors. */
  private static boolean engineAccount() {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .anyMatch(java.util.Arrays.asList(SecurityConfiguration.ENGINE_GROUPS)::contains);
  }
}
