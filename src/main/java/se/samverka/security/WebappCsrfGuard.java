package se.samverka.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the webapps' XSRF header before Camunda's own CSRF filter does. Camunda's filter refuses a modifying call
 * without the right header too, but it also invalidates the session, so one stray POST to {@code /camunda/api} logged
 * the user out of Samverka and every webapp. This guard refuses with 403 and leaves the session alone; Camunda's filter
 * then only ever sees valid tokens.
 */
class WebappCsrfGuard extends OncePerRequestFilter {

  /** Where Camunda's CSRF filter keeps the token of the session, and the header Tasklist and Cockpit send it in. */
  static final String SESSION_TOKEN = "CAMUNDA_CSRF_TOKEN";
  static final String HEADER = "X-XSRF-TOKEN";
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  private static final String REFUSED = "{\"type\":\"AuthorizationException\",\"status\":403,\"title\":\"Åtkomst nekad\","
      + "\"message\":\"Begäran saknar giltig XSRF-token. Ladda om sidan och försök igen.\"}";

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return SAFE.contains(request.getMethod())
        || !request.getRequestURI().startsWith(request.getContextPath() + "/camunda/api/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(SESSION_TOKEN);
    String given = request.getHeader(HEADER);
    if (expected instanceof String token && given != null && MessageDigest.isEqual(
        token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setHeader(HEADER, "Required");
    response.setContentType("application/json;charset=UTF-8");
    response.getOutputStream().write(REFUSED.getBytes(StandardCharsets.UTF_8));
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    /** After Spring Security and the webapps' single sign-on, before Camunda's filters (added last by its starter). */
    @Bean
    FilterRegistrationBean<WebappCsrfGuard> webappCsrfGuard() {
      var registration = new FilterRegistrationBean<>(new WebappCsrfGuard());
      registration.setName("samverka-webapp-csrf");
      registration.addUrlPatterns("/camunda/api/*");
      registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
      return registration;
    }
  }
}
