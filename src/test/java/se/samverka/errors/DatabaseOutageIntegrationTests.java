package se.samverka.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.util.FileSystemUtils;
import se.samverka.sspf.SspfSteps;
import se.samverka.support.BrowserSession;
import se.samverka.support.Http;
import se.samverka.support.TestPersons;

/**
 * PostgreSQL goes away under the running application and comes back: health says DOWN at once, requests get a Swedish
 * 503 without the engine's message, and afterwards the work goes on where it was, with nothing lost.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "samverka.demo.enabled=true",
    "samverka.demo.password=demo",
    "camunda.bpm.admin-user.id=admin",
    "camunda.bpm.admin-user.password=demo",
    "camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.metrics.db-reporter-activate=false"})
@Import({DatabaseOutageIntegrationTests.RestartablePostgresConfiguration.class, Http.class})
class DatabaseOutageIntegrationTests {

  @Autowired
  Http http;

  @Autowired
  RestartablePostgres postgres;

  /** One PostgreSQL on a fixed port and data directory, so that it can be stopped and started again as it was. */
  static final class RestartablePostgres implements AutoCloseable {

    private final Path directory;
    private final int port;
    private EmbeddedPostgres server;

    RestartablePostgres() throws IOException {
      directory = Files.createTempDirectory("samverka-pg");
      try (ServerSocket socket = new ServerSocket(0)) {
        port = socket.getLocalPort();
      }
      start();
    }

    synchronized void start() {
      try {
        server = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false).setPort(port)
            .start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    synchronized void stop() throws IOException {
      server.close();
    }

    String jdbcUrl() {
      return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    @Override
    public synchronized void close() throws IOException {
      server.close();
      FileSystemUtils.deleteRecursively(directory);
    }
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class RestartablePostgresConfiguration {

    @Bean(destroyMethod = "close")
    RestartablePostgres restartablePostgres() throws IOException {
      return new RestartablePostgres();
    }

    @Bean(destroyMethod = "close")
    @Primary
    DataSource dataSource(RestartablePostgres postgres) {
      var dataSource = new HikariDataSource();
      dataSource.setJdbcUrl(postgres.jdbcUrl());
      dataSource.setUsername("postgres");
      dataSource.setMaximumPoolSize(10);
      dataSource.setConnectionTimeout(2_000);
      return dataSource;
    }
  }

  @Test
  void whileTheDatabaseIsAwayHealthIsDownAtOnceAndRequestsGetASwedish503AndAfterwardsNothingIsLost()
      throws Exception {
    var steps = new SspfSteps(http);
    String before = steps.refer("skola", SspfSteps.referral(TestPersons.identityNumber(12), "Avbrott", "Oro."));
    String task = steps.task("samordnare", before, "AssessReferralTask").path("id").asText();
    String caseId = steps.caseId("samordnare", task);
    // The administrator's session in the webapps (caseworkers have none there).
    var session = new BrowserSession(http);
    session.login("admin", Http.PASSWORD);
    assertThat(session.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
    assertThat(http.get(null, "/actuator/health").status()).isEqualTo(200);

    postgres.stop();
    try {
      long began = System.nanoTime();
      var health = http.get(null, "/actuator/health");
      long millis = (System.nanoTime() - began) / 1_000_000;
      assertThat(health.status()).isEqualTo(503);
      assertThat(health.json().path("status").asText()).isEqualTo("DOWN");
      assertThat(millis).as("health answered in %d ms", millis).isLessThan(1_900);
      System.out.printf("Health DOWN after %d ms%n", millis);

      var engineRest = http.get("integration", "/engine-rest/task?processInstanceId=" + before);
      assertUnavailable(engineRest);
      assertUnavailable(http.get("samordnare", "/api/tasks?queue=samordnare&processInstanceId=" + before));
      assertUnavailable(http.post("samordnare", "/api/tasks/" + task + "/claim", null));
      var webapp = session.get("/camunda/api/engine/engine/default/task?processInstanceId=" + before,
          "application/json");
      assertUnavailable(new Http.Response(webapp.statusCode(), webapp.body()));
      var webappWrite = session.post("/camunda/api/engine/engine/default/task/" + task + "/claim",
          "{\"userId\": \"samordnare\"}");
      assertUnavailable(new Http.Response(webappWrite.statusCode(), webappWrite.body()));
      assertUnavailable(http.get("samordnare", "/api/cases/" + caseId));
    } finally {
      postgres.start();
    }

    await().atMost(java.time.Duration.ofSeconds(30)).pollInterval(java.time.Duration.ofMillis(200))
        .until(() -> http.get(null, "/actuator/health").status() == 200);
    // The same session goes on, and the case and its task are where they were.
    assertThat(session.get("/").statusCode()).isEqualTo(200);
    assertThat(http.get("samordnare", "/api/cases/" + caseId).status()).isEqualTo(200);
    assertThat(steps.task("samordnare", before, "AssessReferralTask").path("id").asText()).isEqualTo(task);
    steps.assess(before);
    assertThat(steps.task("samordnare", before, "ObtainConsentTask").path("id").asText()).isNotBlank();
    String after = steps.refer("skola", SspfSteps.referral(TestPersons.identityNumber(13), "Efter", "Oro."));
    assertThat(steps.tasks("samordnare", after)).hasSize(1);
  }

  private static void assertUnavailable(Http.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(503);
    String text = response.json().has("message") ? response.json().path("message").asText()
        : response.json().path("detail").asText();
    assertThat(text).isEqualTo(Failures.UNAVAILABLE);
    assertThat(response.body()).doesNotContain("sspf-arende:", "ENGINE-", "Exception:", "Hikari", "jdbc", "at org.");
  }
}
