package se.samverka.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The steps a caseworker takes in every scenario of the browser tests, in Samverka's own pages: open a queue from the
 * navigation, find the case's tasks by the case number, open a task, send its form, and check each page on the way
 * ({@link Browser#checkPage}: axe-core, reflow, CSRF, CSP) and every link on it ({@link Browser#assertLinksAnswer}).
 */
public final class ScenarioPages {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv"));

  private final Browser browser;
  /** The last task completed: its name, in which case. */
  private String completedTask;
  private String completedIn;

  public ScenarioPages(Browser browser) {
    this.browser = browser;
  }

  /** The checks of every visited page: {@code checkPage}, and every link on it answers to the signed-in user. */
  public void visit(String what) {
    browser.checkPage(what).assertLinksAnswer(what);
  }

  /**
   * The rows of a group's queue, reached by its link in the navigation ({@code queueName}, e.g. "Socialtjänst"),
   * filtered by the case number.
   */
  public List<WebElement> queue(String queueName, String groupId, String caseNumber) {
    browser.followLink(queueName + " (");
    assertThat(browser.path()).startsWith("/uppgifter/grupp/" + groupId);
    browser.type("#caseNumber", caseNumber).submitWithEnter("#caseNumber");
    visit("the queue " + queueName + " for " + caseNumber);
    List<WebElement> rows = browser.findAll("tbody tr");
    if (caseNumber.equals(completedIn)) {
      assertThat(rows).as("the task \"%s\" is gone from %s once done", completedTask, queueName)
          .noneMatch(row -> row.findElements(By.cssSelector("td a")).stream()
              .anyMatch(link -> link.getText().strip().equals(completedTask)));
    }
    return rows;
  }

  /** The queue holds nothing of the case: the table says "Inga uppgifter." */
  public void assertQueueEmpty(String queueName, String groupId, String caseNumber) {
    assertThat(queue(queueName, groupId, caseNumber)).as("no task of %s left in %s", caseNumber, queueName)
        .singleElement().satisfies(row -> assertThat(row.getText()).isEqualTo("Inga uppgifter."));
  }

  /** Opens the task of that name from the group's queue filtered by the case number, and checks its page. */
  public void openTask(String queueName, String groupId, String caseNumber, String taskName) {
    WebElement row = queue(queueName, groupId, caseNumber).stream().filter(r -> r.getText().contains(taskName))
        .findFirst().orElseThrow(() -> new AssertionError("No task \"" + taskName + "\" of " + caseNumber + " in "
            + queueName + ": " + browser.pageText()));
    assertThat(row.getText()).contains(caseNumber);
    browser.follow(row.findElement(By.cssSelector("td a")));
    assertThat(browser.text("h1")).isEqualTo(taskName);
    assertThat(browser.text("main .fakta")).contains(caseNumber);
    visit("the task \"" + taskName + "\"");
  }

  /** Presses the task form's "Slutför uppgiften" button. */
  public void send() {
    send("slutfor");
  }

  /** Presses the form's button for {@code action}: "slutfor" on a task, "starta" on a start form. */
  public void send(String action) {
    browser.follow(browser.find("form.formular button[name=atgard][value=" + action + "]"));
  }

  /** Sends the task's form and checks the page that confirms it. */
  public void complete(String what, String caseNumber) {
    String task = browser.text("h1");
    send();
    assertThat(browser.path()).as("%s accepted: %s", what, browser.pageText()).endsWith("/klar");
    assertThat(browser.text("main")).contains(task + " är slutförd i ärende " + caseNumber);
    completedTask = task;
    completedIn = caseNumber;
    visit(what + ", done");
  }

  /** The form came back with an error at the field {@code key}: the summary and the Swedish text at the field. */
  public String errorAt(String key) {
    assertThat(browser.find("#felsammanfattning").getAttribute("role")).isEqualTo("alert");
    WebElement field = browser.find("#falt-" + key);
    String error = browser.text("#fel-falt-" + key);
    assertThat(error).as("the error next to the field %s, in Swedish", key).isNotBlank()
        .doesNotContain("required", "must", "null", "pattern", "Exception");
    if (field.getAttribute("aria-invalid") != null) {
      assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
    }
    return error;
  }

  /** A date as the task pages write it, e.g. "14 december 2026". */
  public static String day(LocalDate date) {
    return date.format(DAY);
  }

  /** Today in Sweden. */
  public static LocalDate today() {
    return LocalDate.now(ZoneId.of("Europe/Stockholm"));
  }
}
