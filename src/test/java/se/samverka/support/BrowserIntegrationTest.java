package se.samverka.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the browser tests ({@code *BrowserIntegrationTests}, run by failsafe in {@code mvn verify}): the whole
 * application on a random port against embedded PostgreSQL with the demo accounts and the demo data (cases,
 * supervisions, the plan, AAS courses), and one headless Chromium per test class ({@link Browser}). Each test starts
 * without cookies, so logged out.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = "samverka.demo.data=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserIntegrationTest {

  @Autowired
  protected Http http;

  protected Browser browser;

  @BeforeAll
  void startBrowser() {
    browser = Browser.start(http::url);
  }

  @BeforeEach
  void loggedOut() {
    browser.open("/login");
    browser.driver().manage().deleteAllCookies();
    browser.consoleMessages();
  }

  @AfterAll
  void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }
}
