package se.samverka.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser: cookies, no automatic redirects, the login form with its CSRF token. */
public final class BrowserSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final Http http;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
      .followRedirects(HttpClient.Redirect.NEVER).build();

  public BrowserSession(Http http) {
    this.http = http;
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return get(path, "text/html");
  }

  public HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(URI.create(http.url(path))).header("Accept", accept).build(),
        BodyHandlers.ofString());
  }

  /** A modifying call of the Camunda webapps, with their CSRF token, as Tasklist sends it. */
  public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
    String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(java.net.HttpCookie::getValue).findFirst().orElseThrow();
    return client.send(HttpRequest.newBuilder(URI.create(http.url(path))).header("Content-Type", "application/json")
        .header("Accept", "application/json").header("X-XSRF-TOKEN", xsrf).POST(BodyPublishers.ofString(json))
        .build(), BodyHandlers.ofString());
  }

  /**
   * Submits an HTML form of one of our pages, with the CSRF token of the page it is on ({@code page}), as a browser
   * does; redirects are not followed.
   */
  public HttpResponse<String> submit(String page, String action, java.util.Map<String, String> fields)
      throws IOException, InterruptedException {
    Matcher csrf = CSRF.matcher(get(page).body());
    assertThat(csrf.find()).as("%s has a CSRF token", page).isTrue();
    StringBuilder form = new StringBuilder("_csrf=").append(csrf.group(1));
    fields.forEach((name, value) -> form.append('&').append(URLEncoder.encode(name, StandardCharsets.UTF_8))
        .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return client.send(HttpRequest.newBuilder(URI.create(http.url(action)))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(BodyPublishers.ofString(form.toString()))
        .build(), BodyHandlers.ofString());
  }

  /**
   * Uploads a file as a browser submits a {@code multipart/form-data} form (the CSRF token of the start page in the
   * body, as the form's hidden field sends it); redirects are not followed.
   */
  public HttpResponse<String> upload(String action, String field, String fileName, byte[] file)
      throws IOException, InterruptedException {
    Matcher csrf = CSRF.matcher(get("/").body());
    assertThat(csrf.find()).as("start page has a CSRF token").isTrue();
    String boundary = "----samverka" + java.util.UUID.randomUUID().toString().replace("-", "");
    var body = new java.io.ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf.group(1)
        + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
        + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return client.send(HttpRequest.newBuilder(URI.create(http.url(action)))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(BodyPublishers.ofByteArray(body.toByteArray())).build(), BodyHandlers.ofString());
  }

  /** A download of one of our pages, as bytes. */
  public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(URI.create(http.url(path))).build(), BodyHandlers.ofByteArray());
  }

  /** The session's cookies as a {@code Cookie} header, for a request sent past this session's own headers. */
  public String cookieHeader() {
    return cookies.getCookieStore().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
        .collect(java.util.stream.Collectors.joining("; "));
  }

  public HttpResponse<String> logout() throws IOException, InterruptedException {
    Matcher csrf = CSRF.matcher(get("/").body());
    assertThat(csrf.find()).as("start page has a CSRF token for the logout form").isTrue();
    return client.send(HttpRequest.newBuilder(URI.create(http.url("/logout")))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(BodyPublishers.ofString("_csrf=" + csrf.group(1))).build(), BodyHandlers.ofString());
  }

  public HttpResponse<String> login(String user, String password) throws IOException, InterruptedException {
    Matcher csrf = CSRF.matcher(get("/login").body());
    assertThat(csrf.find()).as("login page has a CSRF token").isTrue();
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
    return client.send(HttpRequest.newBuilder(URI.create(http.url("/login")))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(BodyPublishers.ofString(form)).build(),
        BodyHandlers.ofString());
  }
}
