package se.samverka.errors;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Answers that the container sends through {@code /error} (a refusal by Spring Security, a 401 to Tasklist) carry a
 * Swedish {@code title}, {@code detail} and {@code message} for their status instead of Spring's English reason.
 */
@Component
class SwedishErrorAttributes extends DefaultErrorAttributes {

  @Override
  public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
    Map<String, Object> attributes = super.getErrorAttributes(request, options);
    if (attributes.get("status") instanceof Integer status) {
      Failure failure = Failures.byStatus(status);
      attributes.put("error", failure.title());
      attributes.put("title", failure.title());
      attributes.put("detail", failure.detail());
      attributes.put("message", failure.detail());
    }
    return attributes;
  }
}
