package se.samverka;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import se.samverka.cases.CaseService;
import se.samverka.licensing.PremisesRegister;
import se.samverka.licensing.RestaurantReports;
import se.samverka.licensing.SupervisionPlans;
import se.samverka.licensing.Supervisions;
import se.samverka.sspf.SspfArendeProcess;
import se.samverka.support.DemoAccounts;
import se.samverka.support.EngineAssertions;

/** Profile demo: an H2 database, an account per group, demo cases in different states that give the accounts work. */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:demo-profile;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("demo")
class DemoProfileIntegrationTests {

  @Autowired
  ProcessEngine engine;

  @Autowired
  IdentityService identityService;

  @Autowired
  TaskService taskService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  CaseService cases;

  @Autowired
  PremisesRegister premises;

  @Autowired
  Supervisions supervisions;

  @Autowired
  SupervisionPlans plans;

  @Autowired
  RestaurantReports reports;

  @Autowired
  se.samverka.followup.LocalBraMeetings localBra;

  @Test
  void hasThisQuartersLocalBraMeetingInMariefredWithAQuestionToCentralBra() {
    String quarter = se.samverka.followup.bra.Quarters.of(se.samverka.workflow.EngineClock.today());
    assertThat(localBra.meetings(quarter)).singleElement().satisfies(m -> {
      assertThat(m.district().code()).isEqualTo("mariefred");
      assertThat(m.held()).isTrue();
      assertThat(m.notes()).contains("hamnen");
    });
    assertThat(localBra.questionsRaised(quarter)).extracting(q -> q.question()).singleElement().asString()
        .contains("belysningen");
    assertThat(taskService.createTaskQuery().processDefinitionKey("bra-lokal").taskCandidateGroup("trygghetssamordnare")
        .count()).isEqualTo(4);
  }

  @Test
  void failsClosed() {
    EngineAssertions.assertFailsClosed(
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration());
  }

  @Test
  void hasADemoAccountPerGroupAndWorkForEverySspfAccount() {
    for (String group : DemoAccounts.GROUPS) {
      assertThat(identityService.checkPassword(group, "demo")).as(group).isTrue();
      assertThat(identityService.createUserQuery().memberOfGroup(group).userId(group).count()).isEqualTo(1);
    }
    assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").userId("admin").count()).isEqualTo(1);
    // The demo's integration account, for /engine-rest; it works in no caseworker group.
    assertThat(identityService.checkPassword("integration", "demo")).isTrue();
    assertThat(identityService.createGroupQuery().groupMember("integration").list())
        .extracting(org.camunda.bpm.engine.identity.Group::getId).containsExactly("integration");
    for (String group : List.of("samordnare", "skola", "socialtjanst", "polis", "fritid", "styrgrupp")) {
      assertThat(taskService.createTaskQuery().taskCandidateGroup(group).count()).as(group).isPositive();
    }
    // Today's cases; the demo's history (DemoHistory) is older and closed.
    java.time.Instant recent = se.samverka.workflow.EngineClock.today().minusDays(3)
        .atStartOfDay(java.time.ZoneId.systemDefault()).toInstant();
    assertThat(cases.casesOfType(SspfArendeProcess.KEY)).filteredOn(c -> c.openedAt().isAfter(recent)).hasSize(5)
        .filteredOn(c -> c.personId() == null).as("one consultation without identity").hasSize(1);
    assertThat(premises.all()).hasSize(30);
    assertThat(premises.all()).extracting(p -> p.district()).contains("strangnas", "mariefred", "stallarholmen");
    assertThat(cases.casesOfType("orosanmalan")).filteredOn(c -> c.openedAt().isAfter(recent)).hasSize(4);
    assertThat(taskService.createTaskQuery().processDefinitionKey("orosanmalan").taskCandidateGroup("socialtjanst")
        .count()).isEqualTo(4);
    assertThat(taskService.createTaskQuery().processDefinitionKey("linkopingsmodellen").taskCandidateGroup("polis")
        .count()).isEqualTo(1);
    // The concern visit waits for its report's protection assessment before the guardians are contacted.
    assertThat(runtimeService.createExecutionQuery().processDefinitionKey("strangnasmodellen")
        .activityId("AwaitProtectionAssessmentTask").count()).isEqualTo(1);
  }

  @Test
  void hasAHistoryOfEndedReportsOfConcernAndClosedSspfCasesBeforeToday() {
    java.time.Instant recent = se.samverka.workflow.EngineClock.today().minusDays(3)
        .atStartOfDay(java.time.ZoneId.systemDefault()).toInstant();
    assertThat(cases.casesOfType(SspfArendeProcess.KEY)).filteredOn(c -> c.openedAt().isBefore(recent)).hasSize(11)
        .allSatisfy(c -> assertThat(c.closedAt()).as(c.caseNumber()).isNotNull());
    var reports = cases.casesOfType("orosanmalan").stream().filter(c -> c.openedAt().isBefore(recent)).toList();
    assertThat(reports).hasSize(24);
    // Every instance of the history has ended: none of its cases has a running process.
    for (var c : cases.casesOfType(SspfArendeProcess.KEY)) {
      if (c.openedAt().isBefore(recent)) {
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(c.processInstanceId()).count())
            .as(c.caseNumber()).isZero();
      }
    }
    for (var c : reports) {
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(c.processInstanceId()).count())
          .as(c.caseNumber()).isZero();
    }
    // So every open task, of every group, is one of today's demo cases.
    for (var task : taskService.createTaskQuery().list()) {
      var started = engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processInstanceId(task.getProcessInstanceId()).singleResult().getStartTime();
      assertThat(started.toInstant()).as(task.getName()).isAfter(recent);
    }
  }

  @Test
  void hasSupervisionsAndYearlyCyclesInDifferentStates() {
    assertThat(supervisions.all()).extracting(s -> s.status())
        .containsExactlyInAnyOrder("planeras", "planerad", "tillsynsarende", "overklagandetid", "utan-anmarkning");
    for (var waiting : List.of(
        List.of("alkoholtillsyn", "PlanSupervisionTask", "alkoholhandlaggare"),
        List.of("alkoholtillsyn", "ConfirmPoliceTask", "polis"),
        List.of("alkoholtillsyn", "ConfirmRescueTask", "raddningstjanst"),
        List.of("alkoholtillsyn", "PoliceStatementTask", "polis"),
        List.of("alkoholtillsyn", "WatchAppealTask", "alkoholhandlaggare"),
        List.of("tillsynsplan", "ApprovePlanTask", "alkoholhandlaggare"),
        List.of("restaurangrapport", "ReviewMissingReportsTask", "alkoholhandlaggare"),
        List.of("aas-ar", "RegisterResultsTask", "alkoholhandlaggare"),
        List.of("aas-ar", "RegisterParticipantsTask", "alkoholhandlaggare"))) {
      assertThat(taskService.createTaskQuery().processDefinitionKey(waiting.get(0)).taskDefinitionKey(waiting.get(1))
          .taskCandidateGroup(waiting.get(2)).count()).as("%s", waiting).isEqualTo(1);
    }
    assertThat(taskService.createTaskQuery().processDefinitionKey("kmk-ar").count()).isPositive();
    // This year's plan, first made now, spreads the visits over what is left of the year.
    var today = se.samverka.workflow.EngineClock.today();
    assertThat(plans.plan(today.getYear())).hasSize(30)
        .allSatisfy(entry -> assertThat(entry.plannedFor()).isBetween(today, today.withMonth(12).withDayOfMonth(31)));
    assertThat(reports.missing(today.getYear() - 1)).hasSize(3);
  }
}
