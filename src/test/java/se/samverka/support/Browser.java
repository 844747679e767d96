package se.samverka.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Chromium for the browser tests: Debian's {@code /usr/bin/chromium}, driven through Debian's
 * {@code /usr/bin/chromedriver} (package {@code chromium-driver}), headless. The driver's path is given explicitly, so
 * Selenium Manager never downloads a browser or a driver; other paths with {@code -Dsamverka.chromium=…} and
 * {@code -Dsamverka.chromedriver=…}. Missing ones fail the test with what to install, never skip it.
 *
 * <p>Each page is checked with {@link #checkPage(String)}: axe-core (the {@code axe.min.js} bundled in
 * {@code com.deque.html.axe-core:selenium}) finds no serious or critical violation, the page reflows at 320 CSS px
 * without scrolling sideways, every POST form carries the CSRF token, and the browser reported no Content-Security-Policy
 * violation.
 */
public final class Browser implements AutoCloseable {

  public static final int NARROW = 320;
  public static final int WIDE = 1280;
  private static final int HEIGHT = 900;
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
  private static final String AXE = axeSource();

  private final ChromeDriver driver;
  private final Function<String, String> url;
  /** The links already found answering, per signed-in user: {@code user + " " + address}. */
  private final Set<String> linksAnswered = new java.util.HashSet<>();
  private String user = "";

  private Browser(ChromeDriver driver, Function<String, String> url) {
    this.driver = driver;
    this.url = url;
  }

  /** Starts Chromium; {@code url} turns a path into an address of the application under test. */
  public static Browser start(Function<String, String> url) {
    return start(Path.of(System.getProperty("samverka.chromium", "/usr/bin/chromium")),
        Path.of(System.getProperty("samverka.chromedriver", "/usr/bin/chromedriver")), url);
  }

  static Browser start(Path chromium, Path chromedriver, Function<String, String> url) {
    for (Path program : List.of(chromium, chromedriver)) {
      if (!Files.isExecutable(program)) {
        throw new AssertionError("The browser tests need Debian's Chromium and its driver, but " + program
            + " is missing or not executable. Install them with `apt-get install -y --no-install-recommends chromium"
            + " chromium-driver` (.ci/run does this), or point -Dsamverka.chromium / -Dsamverka.chromedriver at them.");
      }
    }
    var service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort()
        .build();
    var options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments("--headless=new", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--disable-extensions", "--lang=sv-SE", "--window-size=" + WIDE + "," + HEIGHT);
    if ("root".equals(System.getProperty("user.name"))) {
      options.addArguments("--no-sandbox");
    }
    var logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logging);
    var driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return new Browser(driver, url);
  }

  public WebDriver driver() {
    return driver;
  }

  /** Opens a path of the application and waits until the page has loaded. */
  public Browser open(String path) {
    driver.get(url.apply(path));
    waitForLoad();
    return this;
  }

  public String path() {
    String current = driver.getCurrentUrl();
    String base = url.apply("");
    return current.startsWith(base) ? current.substring(base.length()) : current;
  }

  public WebElement find(String css) {
    try {
      return driver.findElement(By.cssSelector(css));
    } catch (org.openqa.selenium.NoSuchElementException e) {
      throw new AssertionError("No " + css + " on " + path() + ", which reads: " + pageText(), e);
    }
  }

  /** What the page says (its main part, or the body), cut at 3000 characters, for failure messages. */
  public String pageText() {
    Object text = js("const m = document.querySelector('main') || document.body; return m ? m.innerText : '';");
    String shown = String.valueOf(text);
    return shown.length() > 3000 ? shown.substring(0, 3000) + " …" : shown;
  }

  public List<WebElement> findAll(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  public String text(String css) {
    return find(css).getText();
  }

  /** The element that has the keyboard focus. */
  public WebElement focused() {
    return driver.switchTo().activeElement();
  }

  /** Types into a field (after emptying it), as a keyboard user does; the field keeps the focus. */
  public Browser type(String css, String text) {
    WebElement field = find(css);
    field.clear();
    field.sendKeys(text);
    return this;
  }

  /** Ticks a radio button or a checkbox with the space bar, as a keyboard user does. */
  public Browser tick(String css) {
    WebElement box = find(css);
    if (!box.isSelected()) {
      js("arguments[0].focus()", box);
      box.sendKeys(Keys.SPACE);
    }
    assertThat(box.isSelected()).as("%s ticked", css).isTrue();
    return this;
  }

  /**
   * The enabled, shown form field whose label reads {@code label} (without "(obligatoriskt)"), waiting for a part of
   * the form that the page's script reveals after an answer; within the group (fieldset) whose legend reads
   * {@code legend} when that is given.
   */
  public WebElement labelled(String label, String legend) {
    try {
      return new WebDriverWait(driver, WAIT).until(d -> (WebElement) js(LABELLED, label, legend));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("No field labelled \"" + label + "\"" + (legend == null ? "" : " in \"" + legend + "\"")
          + " on " + path() + ", which reads: " + pageText(), e);
    }
  }

  /**
   * Fills in the field labelled {@code label} as a user does: types into a text field or area (after emptying it),
   * chooses the option of a select by the text shown, or sets a date field to an ISO date.
   */
  public Browser fill(String label, String value) {
    WebElement field = labelled(label, null);
    if ("select".equals(field.getTagName())) {
      new Select(field).selectByVisibleText(value);
    } else if ("date".equals(field.getAttribute("type"))) {
      setDate(field, value);
    } else {
      field.clear();
      field.sendKeys(value);
    }
    return this;
  }

  /** Ticks the checkbox labelled {@code label}, with the space bar. */
  public Browser check(String label) {
    tick(labelled(label, null), label);
    return this;
  }

  /** Ticks the option {@code option} of the question (a group of radio buttons or checkboxes) {@code question}. */
  public Browser answer(String question, String option) {
    tick(labelled(option, question), question + ": " + option);
    return this;
  }

  /** Follows the first link of the page whose text begins with {@code text}. */
  public Browser followLink(String text) {
    WebElement link = findAll("a").stream().filter(a -> a.getText().strip().startsWith(text)).findFirst()
        .orElseThrow(() -> new AssertionError("No link \"" + text + "…\" on " + path() + ", which reads: "
            + pageText()));
    return follow(link);
  }

  private void tick(WebElement box, String what) {
    if (!box.isSelected()) {
      js("arguments[0].focus()", box);
      box.sendKeys(Keys.SPACE);
    }
    assertThat(box.isSelected()).as("%s ticked", what).isTrue();
  }

  private static final String LABELLED = """
      const text = e => {
        const c = e.cloneNode(true);
        c.querySelectorAll('.obligatoriskt, .dold').forEach(x => x.remove());
        return c.textContent.replace(/\\s+/g, ' ').trim();
      };
      let scope = document.querySelector('main') || document.body;
      if (arguments[1]) {
        scope = [...scope.querySelectorAll('fieldset')]
          .find(f => f.querySelector('legend') && text(f.querySelector('legend')) === arguments[1]);
        if (!scope) return null;
      }
      const field = [...scope.querySelectorAll('label')].filter(l => text(l) === arguments[0])
        .map(l => document.getElementById(l.htmlFor))
        .find(f => f && !f.disabled && f.offsetParent !== null);
      return field || null;""";

  /** Chooses an option of a select by its value. */
  public Browser choose(String css, String value) {
    new Select(find(css)).selectByValue(value);
    return this;
  }

  /**
   * Sets a date field ({@code <input type="date">}) to an ISO date. Chromium's date editor takes keys in the order of
   * the machine's locale, so the value is set directly, with the events a user's input sends.
   */
  public Browser date(String css, String isoDate) {
    setDate(find(css), isoDate);
    return this;
  }

  private void setDate(WebElement field, String isoDate) {
    js("const f = arguments[0]; f.value = arguments[1]; f.dispatchEvent(new Event('input', {bubbles: true}));"
        + " f.dispatchEvent(new Event('change', {bubbles: true}));", field, isoDate);
  }

  /** Waits until the element is shown (a part of a form that the page's script reveals after an answer). */
  public WebElement waitUntilShown(String css) {
    return new WebDriverWait(driver, WAIT).until(d -> {
      var found = d.findElements(By.cssSelector(css));
      return !found.isEmpty() && found.get(0).isDisplayed() ? found.get(0) : null;
    });
  }

  /** Presses Enter in a field (implicit submission: the form's first button) and waits for the next page. */
  public Browser submitWithEnter(String css) {
    Object marker = js("return window.__samverkaPage = Math.random()");
    find(css).sendKeys(Keys.ENTER);
    new WebDriverWait(driver, WAIT).until(d -> !marker.equals(js("return window.__samverkaPage")));
    waitForLoad();
    return this;
  }

  /** Follows a link by keyboard (focus, Enter) and waits for the next page. */
  public Browser follow(WebElement link) {
    Object marker = js("return window.__samverkaPage = Math.random()");
    js("arguments[0].focus()", link);
    link.sendKeys(Keys.ENTER);
    new WebDriverWait(driver, WAIT).until(d -> !marker.equals(js("return window.__samverkaPage")));
    waitForLoad();
    return this;
  }

  /** Presses keys as a keyboard user does, on whatever has the focus. */
  public Browser press(CharSequence... keys) {
    driver.switchTo().activeElement().sendKeys(keys);
    return this;
  }

  /** Presses Tab until the element matching {@code css} has the focus (at most {@code max} times). */
  public WebElement tabTo(String css, int max) {
    WebElement target = find(css);
    for (int i = 0; i < max; i++) {
      if (target.equals(focused())) {
        return target;
      }
      press(Keys.TAB);
    }
    assertThat(focused()).as("%s reached by Tab within %d presses", css, max).isEqualTo(target);
    return target;
  }

  /** Logs in by keyboard alone: the user name field has the focus, Tab to the password, Enter submits. */
  public Browser login(String user, String password) {
    open("/login");
    assertThat(focused().getAttribute("id")).as("the login page puts the focus in the user name field")
        .isEqualTo("username");
    press(user).press(Keys.TAB);
    assertThat(focused().getAttribute("id")).as("Tab leads from the user name to the password").isEqualTo("password");
    press(password).press(Keys.ENTER);
    waitForLoad();
    this.user = user;
    return this;
  }

  /** Logs out with the header's button, by keyboard (Tab to it, Enter). */
  public Browser logout() {
    tabTo(".utloggning button", 10);
    press(Keys.ENTER);
    new WebDriverWait(driver, WAIT).until(d -> path().startsWith("/login"));
    waitForLoad();
    this.user = "";
    return this;
  }

  /** Waits until the document has loaded (after a navigation, a submit or a redirect). */
  public void waitForLoad() {
    new WebDriverWait(driver, WAIT).until(d -> "complete".equals(js("return document.readyState")));
  }

  public Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /**
   * The checks every visited page passes: axe-core at desktop width and at 320 px, reflow at 320 px, CSRF in every POST
   * form, no CSP violation reported by the browser. {@code what} names the page in failure messages.
   */
  public Browser checkPage(String what) {
    assertThat(findAll("h1").stream().map(WebElement::getText).toList()).as("%s is not a server fault", what)
        .doesNotContain("Något gick fel");
    try {
      assertCsrfInEveryPostForm(what);
      assertNoSeriousAxeViolations(what + " at " + WIDE + " px");
      resize(NARROW);
      assertReflows(what);
      assertNoSeriousAxeViolations(what + " at " + NARROW + " px");
    } finally {
      resize(WIDE);
    }
    assertNoContentSecurityPolicyViolations(what);
    return this;
  }

  /**
   * Every link of the page to the application (not a link within the page) answers 200 to the signed-in user, with
   * that user's session, and does not end on the login page: no dead end for the user who sees the link. A link found
   * answering once for a user is not asked again. Links inside an inline SVG (the process picture) count too.
   */
  public Browser assertLinksAnswer(String what) {
    @SuppressWarnings("unchecked")
    List<String> links = (List<String>) js("""
        const here = location.href.split('#')[0];
        return [...new Set([...document.querySelectorAll('a[href]')]
          .map(a => new URL(a.getAttribute('href'), location.href).href)
          .filter(h => h.startsWith(location.origin + '/') && h.split('#')[0] !== here)
          .map(h => h.split('#')[0]))];""");
    List<String> dead = new ArrayList<>();
    for (String link : links) {
      if (linksAnswered.contains(user + " " + link)) {
        continue;
      }
      String answer = (String) ((JavascriptExecutor) driver).executeAsyncScript("""
          const done = arguments[arguments.length - 1];
          fetch(arguments[0], {credentials: 'same-origin'})
            .then(r => done(r.status + ' ' + new URL(r.url).pathname))
            .catch(e => done('0 ' + e));""", link);
      if (answer.startsWith("200 ") && !answer.startsWith("200 /login")) {
        linksAnswered.add(user + " " + link);
      } else {
        dead.add(link.substring(url.apply("").length()) + " → " + answer);
      }
    }
    assertThat(dead).as("links on %s that do not answer 200 to %s", what, user.isEmpty() ? "a visitor" : user)
        .isEmpty();
    return this;
  }

  /** The page fits in 320 CSS px: nothing makes the document scroll sideways (WCAG 1.4.10). */
  public void assertReflows(String what) {
    Number innerWidth = (Number) js("return window.innerWidth");
    assertThat(innerWidth.intValue()).as("viewport width for %s", what).isEqualTo(NARROW);
    Number scrollWidth = (Number) js("return document.documentElement.scrollWidth");
    if (scrollWidth.intValue() > NARROW) {
      Object widest = js("""
          const out = [];
          for (const e of document.body.querySelectorAll('*')) {
            const r = e.getBoundingClientRect();
            if (r.right > arguments[0] + 1 && !e.closest('.tabell')) {
              out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')
                  + ' right=' + Math.round(r.right));
            }
          }
          return out.slice(0, 10).join('; ');""", NARROW);
      throw new AssertionError(what + " scrolls sideways at " + NARROW + " px: document width " + scrollWidth
          + " px; elements beyond the edge: " + widest);
    }
  }

  public void assertCsrfInEveryPostForm(String what) {
    for (WebElement form : findAll("form")) {
      if ("post".equalsIgnoreCase(form.getAttribute("method"))) {
        assertThat(form.findElements(By.cssSelector("input[type=hidden][name=_csrf]")))
            .as("POST form to %s on %s carries the CSRF token", form.getAttribute("action"), what).hasSize(1);
      }
    }
  }

  /** Runs axe-core on the page; fails with each serious or critical rule, its impact, help text and elements. */
  public void assertNoSeriousAxeViolations(String what) {
    js(AXE);
    String result = (String) ((JavascriptExecutor) driver).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        axe.run(document, {resultTypes: ['violations']})
          .then(r => done(JSON.stringify(r.violations)))
          .catch(e => done(JSON.stringify({error: String(e)})));""");
    JsonNode violations;
    try {
      violations = JSON.readTree(result);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(violations.has("error")).as("axe-core ran on %s: %s", what, result).isFalse();
    List<String> failing = new ArrayList<>();
    for (JsonNode violation : violations) {
      if (FAILING_IMPACTS.contains(violation.path("impact").asText())) {
        List<String> targets = new ArrayList<>();
        violation.path("nodes").forEach(node -> targets.add(node.path("target").toString()));
        failing.add(violation.path("id").asText() + " (" + violation.path("impact").asText() + "): "
            + violation.path("help").asText() + " " + targets.subList(0, Math.min(5, targets.size())));
      }
    }
    assertThat(failing).as("serious or critical axe-core violations on %s", what).isEmpty();
  }

  /** The browser's console since the last call holds no report of a blocked script, style or frame. */
  public void assertNoContentSecurityPolicyViolations(String what) {
    List<String> violations = consoleMessages().stream()
        .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
    assertThat(violations).as("Content-Security-Policy violations reported by the browser on %s", what).isEmpty();
  }

  /** The console messages since the last call. */
  public List<String> consoleMessages() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
  }

  /** Sets the layout viewport to {@code width} CSS px (device metrics, as a phone or a 400 % zoom would). */
  public void resize(int width) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", false));
  }

  @Override
  public void close() {
    driver.quit();
  }

  private static String axeSource() {
    try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
      assertThat(in).as("axe.min.js from com.deque.html.axe-core:selenium on the test classpath").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
