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
      if (negativePaging(request)) {
        // Databases differ here (H2 fails on a negative offset, PostgreSQL ignores it): refuse it before the query.
        throw new InvalidInput(Failures.OUT_OF_RANGE);
      }
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

  /**
   * The engine APIs' paging parameters, {@code firstResult} and {@code maxResults}, below zero. Read from the query
   * string only: asking the request for its parameters would consume a form or multipart body meant for the API.
   */
  static boolean negativePaging(HttpServletRequest request) {
    String query = request.getQueryString();
    if (query == null) {
      return false;
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      if ((name.equals("firstResult") || name.equals("maxResults"))
          && (value.startsWith("-") || value.startsWith("%2D") || value.startsWith("%2d"))) {
        return true;
      }
    }
    return false;
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
