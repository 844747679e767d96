package se.samverka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import se.samverka.homevisit.OrosanmalanProcess;
import se.samverka.sspf.ReportOfConcernRequired;
import se.samverka.sspf.SspfSteps;
import se.samverka.support.Http;
import se.samverka.support.PostgresIntegrationTest;
import se.samverka.support.TestPersons;

/**
 * Events between modules go through Spring Modulith's JDBC event publication registry: each is recorded in the
 * publishing transaction, so an event whose listener failed (or whose node crashed after the commit) stays incomplete
 * in {@code event_publication} and is delivered when republished, instead of being lost.
 */
@PostgresIntegrationTest
class EventPublicationIntegrationTests {

  private static final String REPORT_EVENTS = "select completion_date is not null from event_publication "
      + "where event_type = '" + ReportOfConcernRequired.class.getName() + "' and serialized_event like ?";

  @Autowired
  Http http;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  RepositoryService repositoryService;

  @Autowired
  IncompleteEventPublications incompletePublications;

  @Autowired
  @Qualifier("applicationTaskExecutor")
  ThreadPoolTaskExecutor listeners;

  private List<Boolean> completions(String caseId) {
    return jdbc.queryForList(REPORT_EVENTS, Boolean.class, "%" + caseId + "%");
  }

  private void awaitListenersIdle() {
    await().atMost(Duration.ofSeconds(30)).until(() -> listeners.getActiveCount() == 0
        && listeners.getThreadPoolExecutor().getQueue().isEmpty());
  }

  @Test
  void aReportOfConcernWhoseListenerFailedStaysIncompleteAndIsDeliveredWhenRepublished() {
    var steps = new SspfSteps(http);
    Map<String, Object> referral = SspfSteps.referral(TestPersons.identityNumber(13), "Robin",
        "Berättar om våld i hemmet.");
    referral.put("acuteRisk", true);
    String sspfCase;
    // The engine cannot start a report of concern for now: the listener that starts it fails.
    repositoryService.suspendProcessDefinitionByKey(OrosanmalanProcess.KEY);
    try {
      String sspf = steps.refer("skola", referral);
      sspfCase = steps.caseId("samordnare", steps.task("samordnare", sspf, "AssessReferralTask").path("id").asText());
      awaitListenersIdle();

      // The referral stands; the event is kept, not lost, and nothing was started.
      assertThat(completions(sspfCase)).containsExactly(false);
      assertThat(steps.caseOfPerson("socialtjanst", OrosanmalanProcess.KEY, "ProtectionAssessmentTask", "Robin"))
          .isNull();
    } finally {
      repositoryService.activateProcessDefinitionByKey(OrosanmalanProcess.KEY);
    }

    // Republished (as at the next start, or by an operator): delivered, and the publication completes.
    incompletePublications.resubmitIncompletePublications(
        publication -> publication.getEvent() instanceof ReportOfConcernRequired);
    String reportCase = await().atMost(Duration.ofSeconds(30)).until(
        () -> steps.caseOfPerson("socialtjanst", OrosanmalanProcess.KEY, "ProtectionAssessmentTask", "Robin"),
        Objects::nonNull);
    awaitListenersIdle();
    assertThat(completions(sspfCase)).containsExactly(true);
    // The referring school sees both cases (the coordinator, an agency of its own, does not see the report).
    var chronology = http.get("skola", "/api/cases/" + sspfCase + "/chronology").json();
    // Delivered once: the young person has the SSPF case and one report of concern.
    assertThat(chronology.findValuesAsText("caseId").stream().distinct()).containsExactlyInAnyOrder(sspfCase, reportCase);
    assertThat(http.get("samordnare", "/api/cases/" + sspfCase).json().path("events").toString())
        .contains("OROSANMALAN_GJORD");
  }
}
