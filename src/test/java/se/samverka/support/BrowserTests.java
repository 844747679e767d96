package se.samverka.support;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The browser tests fail, and say what to install, when Chromium or its driver is missing: they never skip. */
class BrowserTests {

  @Test
  void aMissingChromiumFailsWithWhatToInstall() {
    assertThatThrownBy(() -> Browser.start(Path.of("/finns/inte/chromium"), Path.of("/bin/sh"),
        path -> path))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("/finns/inte/chromium is missing")
        .hasMessageContaining("apt-get install -y --no-install-recommends chromium chromium-driver");
  }

  @Test
  void aMissingChromedriverFailsWithWhatToInstall() {
    assertThatThrownBy(() -> Browser.start(Path.of("/bin/sh"), Path.of("/finns/inte/chromedriver"),
        path -> path))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("/finns/inte/chromedriver is missing");
  }
}
