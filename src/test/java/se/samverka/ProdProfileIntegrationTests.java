package se.samverka;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.context.ActiveProfiles;
import se.samverka.cases.CaseService;
import se.samverka.sspf.SspfArendeProcess;
import se.samverka.support.DemoAccounts;
import se.samverka.support.EngineAssertions;

/** Profile prod: PostgreSQL from the environment, the groups but no accounts and no demo data. */
@SpringBootTest(properties = {"camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.metrics.db-reporter-activate=false", "spring.datasource.hikari.connection-timeout=2000"})
@ActiveProfiles("prod")
@AutoConfigureMockMvc
class ProdProfileIntegrationTests {

  static EmbeddedPostgres postgres;

  @BeforeAll
  static void database() throws IOException {
    // Profile prod reads its database from the environment; system properties stand in for it here.
    postgres = EmbeddedPostgres.builder().start();
    System.setProperty("SAMVERKA_DB_URL", postgres.getJdbcUrl("postgres", "postgres"));
    System.setProperty("SAMVERKA_DB_USER", "postgres");
    System.setProperty("SAMVERKA_DB_PASSWORD", "postgres");
  }

  @AfterAll
  static void forget() {
    System.clearProperty("SAMVERKA_DB_URL");
    System.clearProperty("SAMVERKA_DB_USER");
    System.clearProperty("SAMVERKA_DB_PASSWORD");
  }

  @Autowired
  ProcessEngine engine;

  @Autowired
  IdentityService identityService;

  @Autowired
  CaseService cases;

  @Autowired
  MockMvc mvc;

  @Test
  void runsOnPostgresqlAndFailsClosed() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getDatabaseType()).isEqualTo("postgres");
    EngineAssertions.assertFailsClosed(configuration);
  }

  @Test
  void hasTheGroupsButNoDemoAccountsOrCases() {
    assertThat(identityService.createGroupQuery().groupIdIn(DemoAccounts.GROUPS.toArray(String[]::new)).count())
        .isEqualTo(DemoAccounts.GROUPS.size());
    // Integration accounts' group, for the administrator to put system accounts in.
    assertThat(identityService.createGroupQuery().groupId("integration").groupType("SYSTEM").count()).isEqualTo(1);
    assertThat(identityService.createUserQuery().count()).isZero();
    assertThat(cases.isEmpty()).isTrue();
  }

  @Test
  void everyPageTellsTheBrowserToUseHttpsOnlyForAYear() throws Exception {
    // Behind a TLS-terminating proxy the request reaches the node as plain HTTP; the header goes out all the same.
    for (boolean secure : new boolean[] {true, false}) {
      var login = mvc.perform(MockMvcRequestBuilders.get("/login").secure(secure)).andReturn().getResponse();
      assertThat(login.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
    }
  }
}
