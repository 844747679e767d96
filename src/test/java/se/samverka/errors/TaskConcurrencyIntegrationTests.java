package se.samverka.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samverka.sspf.SspfArendeProcess;
import se.samverka.sspf.SspfSteps;
import se.samverka.support.Http;
import se.samverka.support.PostgresIntegrationTest;
import se.samverka.support.TestPersons;

/**
 * Two coordinators act on the same task at the same moment, over Samverka's {@code /api}, many times: one claim and one
 * completion win, the other gets 409 with a Swedish problem, and the engine keeps the winner's values.
 */
@PostgresIntegrationTest
class TaskConcurrencyIntegrationTests {

  static final int TRIALS = 100;
  static final String SECOND = "samordnare2";

  @Autowired
  Http http;

  SspfSteps steps;
  ExecutorService pool;

  @BeforeEach
  void setUp() {
    steps = new SspfSteps(http);
    pool = Executors.newFixedThreadPool(2);
    http.ensureMember(SECOND, "Andra", "Samordnaren", "samordnare");
  }

  @AfterEach
  void tearDown() {
    pool.shutdownNow();
  }

  /** Both requests leave at the same moment; the answers in the order of the users. */
  private List<Http.Response> atOnce(String path, Object first, Object second) throws Exception {
    // Both users post to the same path; null bodies are sent as {}.
    CountDownLatch start = new CountDownLatch(1);
    var a = CompletableFuture.supplyAsync(() -> await(start, () -> http.post("samordnare", path, first)), pool);
    var b = CompletableFuture.supplyAsync(() -> await(start, () -> http.post(SECOND, path, second)), pool);
    start.countDown();
    return List.of(a.get(), b.get());
  }

  private static Http.Response await(CountDownLatch start, java.util.function.Supplier<Http.Response> call) {
    try {
      start.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return call.get();
  }

  private static Map<String, Object> assessment(String riskLevel) {
    return Map.of("riskLevel", riskLevel, "partiesNeeded", SspfArendeProcess.PARTIES, "assessmentDecision", "fortsatt",
        "consentObtainedBy", "samordnare", "pd_plan_bedomning", "Bedömning " + riskLevel + ".");
  }

  @Test
  void theLoserOfTwoClaimsOrCompletionsAtOnceGets409AndTheWinnersWorkIsKept() throws Exception {
    long began = System.nanoTime();
    List<String> outcomes = new ArrayList<>();
    for (int trial = 0; trial < TRIALS; trial++) {
      String instance = steps.refer("skola", SspfSteps.referral(TestPersons.identityNumber(12), "Samtidig", "Oro."));
      String task = steps.task("samordnare", instance, "AssessReferralTask").path("id").asText();

      var claims = atOnce("/api/tasks/" + task + "/claim", null, null);
      assertOneWinsOneConflicts(claims, trial);
      String claimer = claims.get(0).status() == 200 ? "samordnare" : SECOND;
      assertThat(steps.api().unclaim(claimer, task).status()).isEqualTo(200);

      var completions = atOnce("/api/tasks/" + task + "/complete", Map.of("values", assessment("lag")),
          Map.of("values", assessment("hog")));
      assertOneWinsOneConflicts(completions, trial);
      String winnersRisk = completions.get(0).status() < 300 ? "lag" : "hog";
      var held = http.get("admin", "/engine-rest/history/variable-instance?processInstanceId=" + instance
          + "&variableName=riskLevel");
      assertThat(held.json()).as("trial %d: %s", trial, held.body()).hasSize(1);
      assertThat(held.json().get(0).path("value").asText()).as("trial %d", trial).isEqualTo(winnersRisk);
      assertThat(steps.tasks("samordnare", instance)).extracting(t -> t.path("taskDefinitionKey").asText())
          .as("trial %d: the process went on once", trial).containsExactly("ObtainConsentTask");
      outcomes.add(completions.get(0).status() + "/" + completions.get(1).status());
    }
    long seconds = (System.nanoTime() - began) / 1_000_000_000L;
    System.out.printf("%d trials in %d s; completion outcomes: %s%n", TRIALS, seconds,
        outcomes.stream().collect(java.util.stream.Collectors.groupingBy(o -> o,
            java.util.stream.Collectors.counting())));
  }

  private static void assertOneWinsOneConflicts(List<Http.Response> answers, int trial) {
    List<Integer> statuses = answers.stream().map(Http.Response::status).sorted().toList();
    assertThat(statuses).as("trial %d: %s", trial, answers).hasSize(2);
    assertThat(statuses.get(0)).as("trial %d: %s", trial, answers).isBetween(200, 299);
    assertThat(statuses.get(1)).as("trial %d: %s", trial, answers).isEqualTo(409);
    var loser = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
    assertThat(loser.json().path("status").asInt()).as("trial %d", trial).isEqualTo(409);
    assertThat(loser.json().path("detail").asText()).as("trial %d: %s", trial, loser.body())
        .matches("(?s).*[åäöÅÄÖ].*").doesNotContain("Exception", "ENGINE-");
  }
}
