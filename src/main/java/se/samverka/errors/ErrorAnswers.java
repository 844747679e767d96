package se.samverka.errors;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one error advice of every controller: {@code /api} answers with an RFC 7807 problem ({@code title} and
 * {@code detail} in Swedish), the pages with their Swedish error page and the same status. What the answer says comes
 * from {@link Failures}.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorAnswers {

  @ExceptionHandler(Exception.class)
  Object answer(Exception thrown, HttpServletRequest request) {
    Failure failure = Failures.classify(thrown);
    Failures.log(failure, thrown, request.getMethod() + " " + request.getRequestURI());
    HttpStatusCode status = HttpStatusCode.valueOf(failure.status());
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, failure.detail());
      problem.setTitle(failure.title());
      problem.setInstance(instance(request.getRequestURI()));
      if (thrown instanceof InvalidInput input) {
        input.details().forEach(problem::setProperty);
      }
      var answer = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
      if (thrown instanceof ErrorResponse response) {
        // e.g. Allow on 405
        answer.headers(response.getHeaders());
      }
      return answer.body(problem);
    }
    var page = new ModelAndView(view(failure.status(), request), status);
    page.addObject("status", failure.status());
    page.addObject("detail", failure.detail());
    return page;
  }

  /** The path names the resource, capped: it may carry a long value the caller sent. */
  private static java.net.URI instance(String path) {
    String capped = path.length() <= Failures.MAX_ECHO ? path : path.substring(0, Failures.MAX_ECHO);
    try {
      return java.net.URI.create(capped);
    } catch (IllegalArgumentException e) {
      return java.net.URI.create("about:blank");
    }
  }

  private static String view(int status, HttpServletRequest request) {
    if (status == 403) {
      return "error/403";
    }
    if (status == 404 && request.getRequestURI().startsWith(request.getContextPath() + "/arenden/")) {
      return "arende-saknas";
    }
    return "error";
  }
}
