package se.samverka.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import se.samverka.support.BrowserSession;
import se.samverka.support.Http;
import se.samverka.support.PostgresIntegrationTest;

/**
 * The browser UI's protection from the outside, over HTTP: the security headers of every kind of page, a
 * Content-Security-Policy without inline scripts on our pages and the webapps' own policy only under {@code /camunda},
 * no HSTS outside profile prod (see {@code ProdProfileIntegrationTests}), the session timeout and what the login page
 * says after it, logout only by POST with the CSRF token, and the CSRF token in every form of every page.
 */
@PostgresIntegrationTest
class WebSecurityIntegrationTests {

  private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>(.*?)</form>", Pattern.DOTALL);

  @Autowired
  Http http;

  @Autowired
  ServletWebServerApplicationContext context;

  @ParameterizedTest
  @ValueSource(strings = {"/", "/serveringsstallen", "/tillsyn", "/finns-inte", "/arenden/00000000-0000-0000-0000-000000000000"})
  void everyPageOfALoggedInUserCarriesTheSecurityHeadersAndIsNotCached(String path) throws Exception {
    var browser = loggedIn("alkoholhandlaggare");
    var page = browser.get(path);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertSecurityHeaders(page);
    assertThat(page.headers().allValues("Cache-Control")).as("pages show case data").singleElement()
        .satisfies(v -> assertThat(v).contains("no-store"));
  }

  @Test
  void theLoginPageCarriesTheSecurityHeadersToo() throws Exception {
    var page = new BrowserSession(http).get("/login");
    assertThat(page.statusCode()).isEqualTo(200);
    assertSecurityHeaders(page);
  }

  @Test
  void ourPolicyAllowsNoInlineScriptNoInlineStyleNoFramingAndNoPlugins() throws Exception {
    String policy = new BrowserSession(http).get("/login").headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(directive(policy, "script-src")).containsExactly("'self'");
    assertThat(directive(policy, "style-src")).containsExactly("'self'");
    assertThat(directive(policy, "default-src")).containsExactly("'self'");
    assertThat(directive(policy, "frame-ancestors")).containsExactly("'none'");
    assertThat(directive(policy, "object-src")).containsExactly("'none'");
    assertThat(directive(policy, "base-uri")).containsExactly("'self'");
    assertThat(directive(policy, "form-action")).containsExactly("'self'");
    assertThat(policy).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
  }

  @Test
  void theCamundaWebappsGetTheirOwnPolicyAndNotOurs() throws Exception {
    var browser = loggedIn("admin");
    var tasklist = browser.get("/camunda/app/tasklist/default/");
    assertThat(tasklist.statusCode()).isEqualTo(200);
    List<String> policies = tasklist.headers().allValues("Content-Security-Policy");
    assertThat(policies).as("one policy, the webapps' own: a nonce per page for AngularJS").singleElement()
        .satisfies(p -> assertThat(directive(p, "script-src")).anySatisfy(s -> assertThat(s).startsWith("'nonce-")))
        .satisfies(p -> assertThat(directive(p, "frame-ancestors")).containsExactly("'none'"))
        .satisfies(p -> assertThat(directive(p, "object-src")).containsExactly("'none'"));
    assertThat(tasklist.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
    assertThat(tasklist.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(tasklist.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
  }

  @Test
  void everyFormOfEveryPagePostsWithTheCsrfToken() throws Exception {
    for (var entry : List.of(List.of("alkoholhandlaggare", "/"), List.of("alkoholhandlaggare", "/serveringsstallen"),
        List.of("alkoholhandlaggare", "/restaurangrapporter"), List.of("alkoholhandlaggare", "/aas-kurser"),
        List.of("alkoholhandlaggare", "/tillsyn"), List.of("skola", "/"))) {
      String body = loggedIn(entry.get(0)).get(entry.get(1)).body();
      var forms = FORM.matcher(body);
      while (forms.find()) {
        String form = forms.group();
        if (form.contains("method=\"post\"")) {
          assertThat(form).as("a POST form on %s", entry.get(1)).contains("name=\"_csrf\"");
        }
      }
    }
    assertThat(FORM.matcher(new BrowserSession(http).get("/login").body()).results().map(r -> r.group()))
        .singleElement().satisfies(f -> assertThat(f).contains("name=\"_csrf\""));
  }

  @Test
  void theLoginSessionEndsAfterThirtyMinutesWithoutARequest() throws Exception {
    var browser = loggedIn("skola");
    Session session = session(browser);
    assertThat(session.getMaxInactiveInterval()).isEqualTo(30 * 60);
  }

  @Test
  void aPageAskedForWithAnEndedSessionLeadsToTheLoginPageThatSaysWhy() throws Exception {
    var browser = loggedIn("skola");
    session(browser).expire();

    var page = browser.get("/serveringsstallen");
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?inaktiv"));
    var login = browser.get("/login?inaktiv");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains("role=\"alert\"")
        .contains("Du har loggats ut efter 30 minuters inaktivitet. Logga in igen för att fortsätta.");

    assertThat(browser.login("skola", Http.PASSWORD).statusCode()).isEqualTo(302);
    assertThat(browser.get("/").statusCode()).as("logged in again").isEqualTo(200);
  }

  @Test
  void aWebappCallWithAnEndedSessionIsA401ForTasklistsOwnLogin() throws Exception {
    var browser = loggedIn("skola");
    browser.get("/camunda/app/tasklist/default/");
    session(browser).expire();
    assertThat(browser.get("/camunda/api/engine/engine/default/task/count", "application/json").statusCode())
        .isEqualTo(401);
  }

  @Test
  void aLogoutByGetOrWithoutTheCsrfTokenLeavesTheUserLoggedIn() throws Exception {
    var browser = loggedIn("skola");
    assertThat(browser.get("/logout").statusCode()).as("no logout by GET").isEqualTo(404);
    assertThat(browser.get("/").statusCode()).isEqualTo(200);

    var forged = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
        HttpRequest.newBuilder(URI.create(http.url("/logout"))).header("Cookie", browser.cookieHeader())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("")).build(), BodyHandlers.ofString());
    assertThat(forged.statusCode()).as("a cross-site POST without the token").isEqualTo(403);
    assertThat(browser.get("/").statusCode()).isEqualTo(200);
  }

  @Test
  void theHeadersLogoutButtonEndsTheSession() throws Exception {
    var browser = loggedIn("skola");
    assertThat(browser.get("/").body()).containsPattern("<form action=\"/logout\" method=\"post\"\\s+class=\"utloggning\">");
    var logout = browser.logout();
    assertThat(logout.statusCode()).isEqualTo(302);
    assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?utloggad"));
    assertThat(logout.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=;"));

    var start = browser.get("/");
    assertThat(start.statusCode()).isEqualTo(302);
    assertThat(start.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    assertThat(browser.get("/login?utloggad").body()).contains("Du är utloggad.")
        .doesNotContain("inaktivitet");
  }

  private static void assertSecurityHeaders(HttpResponse<String> page) {
    assertThat(page.headers().allValues("Content-Security-Policy")).singleElement()
        .isEqualTo(SecurityConfiguration.PAGE_POLICY);
    assertThat(page.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
    assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    assertThat(page.headers().firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p)
        .contains("camera=()", "microphone=()", "geolocation=()"));
    assertThat(page.headers().firstValue("Strict-Transport-Security")).as("HSTS in profile prod only").isEmpty();
  }

  private static List<String> directive(String policy, String name) {
    return Arrays.stream(policy.split(";")).map(String::trim).filter(d -> d.startsWith(name + " ")).findFirst()
        .map(d -> List.of(d.substring(name.length()).trim().split("\\s+"))).orElse(List.of());
  }

  private BrowserSession loggedIn(String user) throws IOException, InterruptedException {
    var browser = new BrowserSession(http);
    assertThat(browser.login(user, Http.PASSWORD).statusCode()).isEqualTo(302);
    return browser;
  }

  /** The session of {@code browser} as Tomcat holds it. */
  private Session session(BrowserSession browser) throws IOException {
    String id = Arrays.stream(browser.cookieHeader().split("; ")).filter(c -> c.startsWith("JSESSIONID="))
        .map(c -> c.substring("JSESSIONID=".length())).findFirst().orElseThrow();
    var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
    var webapp = (Context) tomcat.getHost().findChildren()[0];
    return Optional.ofNullable(webapp.getManager().findSession(id)).orElseThrow();
  }
}
