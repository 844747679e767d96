package se.samverka.errors;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.web.util.HtmlUtils;

/**
 * Tomcat's answer to a request that never reaches Samverka: a request line or headers too large (a megabyte query
 * string), a URL that cannot be decoded, a malformed request. Tomcat's own valve answers those in English with its
 * name in the title; this one answers in Swedish, as JSON in Samverka's problem style under {@code /api} and
 * {@code /engine-rest}, as a small HTML page elsewhere. It echoes nothing the client sent.
 */
public class SwedishErrorReportValve extends ErrorReportValve {

  static final String TOO_LARGE_OR_MALFORMED = "Begäran kunde inte läsas: adressen eller rubrikerna är för långa eller"
      + " felaktigt kodade. En sökning får vara högst 100 tecken.";

  public SwedishErrorReportValve() {
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(true);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    Failure failure = status == 400 ? Failures.of(400, TOO_LARGE_OR_MALFORMED) : Failures.byStatus(status);
    // The path is known when the request line could be read (a header too large); when the request line itself was
    // too long it is not, and the answer is the page, which a person and a program can both read.
    String uri = request.getCoyoteRequest().requestURI().toString();
    boolean api = uri != null && uri.startsWith("/api/");
    boolean engine = uri != null && uri.startsWith("/engine-rest/");
    try {
      response.setCharacterEncoding("UTF-8");
      response.setContentType(api ? "application/problem+json" : engine ? "application/json" : "text/html");
      response.setHeader("Content-Language", "sv");
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("Cache-Control", "no-store");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(api ? problem(failure) : engine ? engineJson(failure) : html(failure));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // The client has gone or the response cannot be written any more: nothing left to tell it.
    }
  }

  /** Samverka's own API: a problem detail as {@code ErrorAnswers} gives it. */
  static String problem(Failure failure) {
    return "{\"type\":\"about:blank\",\"title\":\"" + text(failure.title()) + "\",\"status\":" + failure.status()
        + ",\"detail\":\"" + text(failure.detail()) + "\"}";
  }

  /** The engine's REST API: its own error shape, in Swedish, as {@code EngineRestErrors} gives it. */
  static String engineJson(Failure failure) {
    return "{\"type\":\"" + text(failure.type()) + "\",\"status\":" + failure.status() + ",\"title\":\""
        + text(failure.title()) + "\",\"detail\":\"" + text(failure.detail()) + "\",\"message\":\""
        + text(failure.detail()) + "\"}";
  }

  private static String text(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  static String html(Failure failure) {
    String title = HtmlUtils.htmlEscape(failure.title(), "UTF-8");
    return "<!doctype html><html lang=\"sv\"><head><meta charset=\"utf-8\"><meta name=\"viewport\""
        + " content=\"width=device-width, initial-scale=1\"><title>" + title + " – Samverka</title></head><body><main>"
        + "<h1>" + title + "</h1><p>" + HtmlUtils.htmlEscape(failure.detail(), "UTF-8") + "</p><p><a href=\"/\">Till startsidan"
        + "</a></p></main></body></html>";
  }
}
