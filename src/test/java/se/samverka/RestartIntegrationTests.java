package se.samverka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.samverka.sspf.SspfStyrgruppProcess;

/**
 * Starting the application again on the same database deploys nothing new: the models and forms of {@code bpmn/} and
 * {@code forms/} are deployed together once, unchanged files create no new version, and the quarterly and yearly
 * timers keep their jobs (a new version would reschedule them).
 */
class RestartIntegrationTests {

  /** The processes started by a timer: the quarterly steering report, the yearly processes, the follow-up cycles. */
  private static final List<String> TIMER_STARTED = List.of(SspfStyrgruppProcess.KEY, "tillsynsplan",
      "restaurangrapport", "aas-ar", "kmk-ar", "est-vecka", "est-analys", "bra-lokal", "lagesbild-atgardsplan",
      "bra-uppfoljning");

  @TempDir
  Path folder;

  private ConfigurableApplicationContext start(Path database) {
    // Command-line arguments: they take precedence over application-demo.yml.
    return new SpringApplicationBuilder(SamverkaApplication.class).profiles("demo").run(
        "--spring.datasource.url=jdbc:h2:file:" + database + ";NON_KEYWORDS=VALUE",
        "--server.port=0", "--camunda.bpm.job-execution.enabled=false", "--samverka.demo.data=false");
  }

  @Test
  void secondStartOnTheSameDatabaseDeploysNothingNew() throws Exception {
    Path database = folder.resolve("samverka");
    Map<String, String> timerJobs = new HashMap<>();
    List<String> definitions;
    try (var first = start(database)) {
      var repository = first.getBean(RepositoryService.class);
      assertThat(repository.createDeploymentQuery().count()).isEqualTo(1);
      String deploymentId = repository.createDeploymentQuery().singleResult().getId();
      assertThat(repository.getDeploymentResourceNames(deploymentId))
          .contains("bpmn/sspf/sspf-arende.bpmn", "forms/sspf/sspf-aktualisering.form", "forms/sspf/sspf-bedomning.form");
      definitions = repository.createProcessDefinitionQuery().list().stream().map(ProcessDefinition::getId).toList();
      assertThat(repository.createProcessDefinitionQuery().list()).extracting(ProcessDefinition::getVersion)
          .containsOnly(1);
      for (String key : TIMER_STARTED) {
        timerJobs.put(key, first.getBean(ManagementService.class).createJobQuery().timers()
            .processDefinitionKey(key).singleResult().getId());
      }
    }
    assertThat(Files.list(folder)).isNotEmpty();

    try (var second = start(database)) {
      var repository = second.getBean(RepositoryService.class);
      assertThat(repository.createDeploymentQuery().count()).isEqualTo(1);
      assertThat(repository.createProcessDefinitionQuery().list()).extracting(ProcessDefinition::getId)
          .containsExactlyInAnyOrderElementsOf(definitions);
      for (String key : TIMER_STARTED) {
        assertThat(second.getBean(ManagementService.class).createJobQuery().timers()
            .processDefinitionKey(key).singleResult().getId()).as(key).isEqualTo(timerJobs.get(key));
      }
    }
  }
}
