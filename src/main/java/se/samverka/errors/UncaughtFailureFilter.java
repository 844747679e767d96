package se.samverka.errors;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The last resort, outermost of all filters: an exception that no mapper or advice answered (thrown in a filter, e.g.
 * while the login is checked against a database that is away) gets the same answer from {@link Failures} instead of
 * the container's 500 and a stack trace in the log.
 */
class UncaughtFailureFilter extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | IOException | RuntimeException thrown) {
      Failure failure = Failures.classify(thrown);
      Failures.log(failure, thrown, request.getMethod() + " " + request.getRequestURI());
      if (response.isCommitted()) {
        return;
      }
      response.reset();
      String uri = request.getRequestURI().substring(request.getContextPath().length());
      if (uri.startsWith("/api/") || uri.startsWith("/engine-rest/") || uri.startsWith("/camunda/api/")) {
        response.setStatus(failure.status());
        response.setContentType(uri.startsWith("/api/") ? "application/problem+json" : "application/json");
        response.setCharacterEncoding("UTF-8");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", failure.type());
        body.put("status", failure.status());
        body.put("title", failure.title());
        body.put("detail", failure.detail());
        body.put("message", failure.detail());
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
      } else {
        response.sendError(failure.status());
      }
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    @Bean
    FilterRegistrationBean<UncaughtFailureFilter> uncaughtFailureFilter() {
      var registration = new FilterRegistrationBean<>(new UncaughtFailureFilter());
      registration.setName("samverka-uncaught-failures");
      registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
      return registration;
    }
  }
}
