package se.samverka.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.security.web.session.InvalidSessionStrategy;

/**
 * The login session ends after {@code server.servlet.session.timeout} without a request (default 30 minutes, set with
 * {@code SAMVERKA_SESSION_TIMEOUT}). A page asked for with the ended session leads to the login page, which says why
 * ({@code /login?inaktiv}); the Camunda webapps' API calls get 401, which Tasklist and Cockpit answer with their login.
 * The login page reads {@link #minutes()} as {@code @sessionTimeout}.
 */
@Component("sessionTimeout")
public class SessionTimeout implements InvalidSessionStrategy {

  static final String LOGIN_AFTER_TIMEOUT = "/login?inaktiv";

  private final Duration timeout;

  SessionTimeout(@Value("${server.servlet.session.timeout:30m}") Duration timeout) {
    this.timeout = timeout;
  }

  /** The timeout in whole minutes, as the login page says it. */
  public long minutes() {
    return Math.max(1, timeout.toMinutes());
  }

  @Override
  public void onInvalidSessionDetected(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (request.getRequestURI().startsWith(request.getContextPath() + "/camunda/api/")) {
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    // A new session, so that the login page and what it loads are not taken for the ended one again.
    request.getSession(true);
    response.sendRedirect(request.getContextPath() + LOGIN_AFTER_TIMEOUT);
  }
}
