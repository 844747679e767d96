package se.samverka.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import se.samverka.cases.CaseModel.CaseRecord;
import se.samverka.cases.CaseModel.ChronologyEntry;
import se.samverka.cases.CaseModel.ConsentInput;
import se.samverka.cases.CaseModel.PersonInput;
import se.samverka.cases.persistence.CaseRepository;
import se.samverka.security.Agencies;
import se.samverka.security.SamverkaProperties;

/**
 * The case store's access decisions, against its real tables on H2 (Flyway's migrations): who sees a case, whom it is
 * about, its notes and its chronology, decided case by case. The caller is set as a Spring Security user; the engine's
 * identity service, which would otherwise name the caller, is a stand-in that names nobody.
 */
@SpringJUnitConfig(CaseServiceTests.Config.class)
class CaseServiceTests {

  private static final Map<String, String> AGENCIES = Map.of("samordnare", "socialtjanst", "skola", "skola",
      "socialtjanst", "socialtjanst", "polis", "polis", "fritid", "fritid", "chef", "kommun");

  @Configuration
  @EnableTransactionManagement
  @Import({CaseService.class, CaseRepository.class, CaseListReadModel.class, LegalGrounds.class, Agencies.class,
      se.samverka.workflow.CaseNumbers.class, se.samverka.workflow.SystemContext.class})
  static class Config {

    @Bean
    DataSource dataSource() {
      DataSource dataSource = new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2)
          .generateUniqueName(true).build();
      Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
      return dataSource;
    }

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
      return new DataSourceTransactionManager(dataSource);
    }

    @Bean
    JdbcClient jdbcClient(DataSource dataSource) {
      return JdbcClient.create(dataSource);
    }

    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource) {
      return new JdbcTemplate(dataSource);
    }

    @Bean
    SamverkaProperties samverkaProperties() {
      return new SamverkaProperties(AGENCIES, Map.of(), Map.of("samtycke", "Samtycke", "osl-10-28", "OSL 10:28",
          "annan", "Annan grund"), null);
    }

    @Bean
    IdentityService identityService() {
      return Mockito.mock(IdentityService.class);
    }
  }

  @Autowired
  CaseService cases;

  @Autowired
  JdbcTemplate jdbc;

  private static int serial = 100;

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  private static void as(String group) {
    SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(group, "demo", group));
  }

  /** A new person's ten-digit personnummer, 14 years old. */
  private static String newIdentityNumber() {
    String nine = LocalDate.now().minusYears(14).minusDays(30).format(java.time.format.DateTimeFormatter
        .ofPattern("yyMMdd")) + (serial++);
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int product = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += product > 9 ? product - 9 : product;
    }
    return nine.substring(0, 6) + "-" + nine.substring(6) + (10 - sum % 10) % 10;
  }

  private String open(String group, String caseType, String identityNumber) {
    as(group);
    String caseId = cases.openCase(caseType, new PersonInput(identityNumber, "Kim", "Testsson", null), "mariefred",
        null, AGENCIES.get(group), group);
    cases.addNote(caseId, AGENCIES.get(group), "grund", "Beskrivning från " + group, "start", group);
    return caseId;
  }

  private long logged(String caseId, String action) {
    return jdbc.queryForObject("select count(*) from access_log where case_id = ? and action = ?", Long.class,
        caseId, action);
  }

  @Test
  void owningAgencySeesItsCaseWithThePersonNotesAndEventsAndTheReadIsLogged() {
    String caseId = open("polis", "linkopingsmodellen", newIdentityNumber());
    as("polis");
    var view = cases.view(caseId);
    assertThat(view.person().firstName()).isEqualTo("Kim");
    assertThat(view.notes()).extracting(CaseModel.Note::body).containsExactly("Beskrivning från polis");
    assertThat(view.events()).extracting(CaseModel.CaseEvent::kind).contains("OPPNAT");
    assertThat(logged(caseId, "LASTE_ARENDE")).isEqualTo(1);
  }

  @Test
  void agencyThatRegisteredThePersonFirstDoesNotSeeAnotherAgencysLaterCase() {
    String number = newIdentityNumber();
    String policeCase = open("polis", "linkopingsmodellen", number);
    String schoolCase = open("skola", "sspf-arende", number);

    as("polis");
    assertThatThrownBy(() -> cases.view(schoolCase)).isInstanceOf(CaseNotFoundException.class)
        .hasMessageContaining("finns inte eller så saknar du behörighet");
    assertThatThrownBy(() -> cases.notes(schoolCase)).isInstanceOf(CaseNotFoundException.class);
    assertThatThrownBy(() -> cases.chronology(schoolCase)).isInstanceOf(CaseNotFoundException.class);
    assertThat(cases.isVisibleToCaller(schoolCase)).isFalse();
    assertThat(cases.chronology(policeCase)).extracting(ChronologyEntry::caseId).containsOnly(policeCase);
    assertThat(logged(schoolCase, "NEKAD")).as("refused reads are logged and the log survives the refusal")
        .isEqualTo(3);
  }

  @Test
  void agencyThatRegisteredThePersonLaterSeesThePersonInItsOwnCase() {
    String number = newIdentityNumber();
    open("polis", "linkopingsmodellen", number);
    String schoolCase = open("skola", "sspf-arende", number);
    as("skola");
    assertThat(cases.view(schoolCase).person().identityNumber()).endsWith(number.substring(7));
  }

  @Test
  void groupsOfTheSameAgencySeeTheSameCases() {
    String caseId = open("socialtjanst", "orosanmalan", newIdentityNumber());
    as("samordnare");
    assertThat(cases.view(caseId).person()).isNotNull();
  }

  @Test
  void accountWithoutAgencyAndUnknownCaseGet404() {
    String caseId = open("skola", "sspf-arende", newIdentityNumber());
    SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("admin", "demo",
        "camunda-admin"));
    assertThatThrownBy(() -> cases.view(caseId)).isInstanceOf(CaseNotFoundException.class);
    assertThatThrownBy(() -> cases.view("finns-inte")).isInstanceOf(CaseNotFoundException.class);
    assertThat(logged(caseId, "NEKAD")).isEqualTo(1);
  }

  @Test
  void consentCoveringGrundShowsThePersonAndCoveredNotesToANamedParty() {
    String caseId = open("skola", "sspf-arende", newIdentityNumber());
    cases.addNote(caseId, "skola", "skola", "Skolans underlag", "task", "skola");
    as("samordnare");
    assertThatThrownBy(() -> cases.view(caseId)).isInstanceOf(CaseNotFoundException.class);

    cases.recordConsent(caseId, new ConsentInput(true, false, false, List.of("skola", "socialtjanst"),
        List.of("grund"), LocalDate.now().plusDays(30)), "skola");

    var view = cases.view(caseId);
    assertThat(view.person()).isNotNull();
    assertThat(view.notes()).extracting(CaseModel.Note::body).containsExactly("Beskrivning från skola");
    as("polis");
    assertThatThrownBy(() -> cases.view(caseId)).as("not named by the consent")
        .isInstanceOf(CaseNotFoundException.class);
  }

  @Test
  void consentWithoutGrundShowsTheCaseButNotWhomItIsAbout() {
    String caseId = open("skola", "sspf-arende", newIdentityNumber());
    cases.addNote(caseId, "skola", "skola", "Skolans underlag", "task", "skola");
    cases.recordConsent(caseId, new ConsentInput(true, false, false, List.of("skola", "polis"), List.of("skola"),
        LocalDate.now().plusDays(30)), "skola");
    as("polis");
    var view = cases.view(caseId);
    assertThat(view.person()).isNull();
    assertThat(view.notes()).extracting(CaseModel.Note::body).containsExactly("Skolans underlag");
  }

  @Test
  void withdrawnConsentHidesTheCaseAtOnce() {
    String caseId = open("skola", "sspf-arende", newIdentityNumber());
    cases.recordConsent(caseId, new ConsentInput(true, false, false, List.of("skola", "polis"), List.of("grund"),
        LocalDate.now().plusDays(30)), "skola");
    as("polis");
    assertThat(cases.view(caseId).person()).isNotNull();
    cases.withdrawConsent(caseId);
    assertThatThrownBy(() -> cases.view(caseId)).isInstanceOf(CaseNotFoundException.class);
    assertThatThrownBy(() -> cases.addOwnNote(caseId, "polis", "Efteråt")).isInstanceOf(CaseNotFoundException.class);
  }

  @Test
  void disclosureOfOneCategoryShowsTheCaseAndThatCategoryButNotThePerson() {
    String caseId = open("polis", "linkopingsmodellen", newIdentityNumber());
    cases.addNote(caseId, "polis", "polis", "Polisens bedömning", "task", "polis");
    cases.recordDisclosure(caseId, "polis", "socialtjanst", "polis", "osl-10-28", "Gemensam bedömning", "polis");
    as("socialtjanst");
    var view = cases.view(caseId);
    assertThat(view.person()).isNull();
    assertThat(view.notes()).extracting(CaseModel.Note::body).containsExactly("Polisens bedömning");
    assertThat(cases.isVisibleToCaller(caseId)).isTrue();
  }

  @Test
  void chronologyJoinsOnlyCasesInWhichTheAgencySeesThePerson() {
    String number = newIdentityNumber();
    String policeCase = open("polis", "linkopingsmodellen", number);
    String schoolCase = open("skola", "sspf-arende", number);
    String socialCase = open("socialtjanst", "orosanmalan", number);
    cases.recordDisclosure(policeCase, "polis", "socialtjanst", "polis", "osl-10-28", "Gemensam bedömning", "polis");

    as("socialtjanst");
    assertThat(cases.chronology(socialCase)).extracting(ChronologyEntry::caseId).containsOnly(socialCase)
        .as("the police case is seen without identity, so it is not joined; the school case is not seen at all");
    assertThat(cases.chronology(policeCase)).extracting(ChronologyEntry::caseId).containsOnly(policeCase)
        .as("a case seen without identity is not joined with the agency's own cases of the person");

    cases.recordDisclosure(policeCase, "polis", "socialtjanst", "grund", "osl-10-28", "Orosanmälan", "polis");
    assertThat(cases.chronology(socialCase)).extracting(ChronologyEntry::caseId)
        .containsOnly(socialCase, policeCase).doesNotContain(schoolCase);
    assertThat(logged(policeCase, "LASTE_KRONOLOGI")).isEqualTo(2);
  }

  @Test
  void consultationWithoutIdentityIsReadByTheRecipientUntilThePersonIsKnown() {
    as("skola");
    String caseId = cases.openConsultation("sspf-arende", 14, "mariefred", null, "skola", "skola");
    cases.addNote(caseId, "skola", "grund", "Avidentifierad beskrivning", "start", "skola");
    cases.recordConsultation(caseId, "skola", "socialtjanst", "Konsultation", "skola");
    assertThat(cases.ageOn(caseId, LocalDate.now())).isEqualTo(14);
    assertThat(cases.ageOn(caseId, LocalDate.now().plusYears(2))).isEqualTo(16);
    CaseRecord record = cases.find(caseId).orElseThrow();
    assertThat(record.personId()).isNull();
    assertThat(cases.ageAtOpening(record)).isEqualTo(14);
    assertThatThrownBy(() -> cases.openCaseForSamePerson(caseId, "orosanmalan", "skola", "skola"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("konsultation utan identitet");

    as("samordnare");
    var view = cases.view(caseId);
    assertThat(view.person()).isNull();
    assertThat(view.notes()).extracting(CaseModel.Note::body).containsExactly("Avidentifierad beskrivning");
    as("polis");
    assertThatThrownBy(() -> cases.view(caseId)).isInstanceOf(CaseNotFoundException.class);

    as("samordnare");
    cases.attachPerson(caseId, new PersonInput(newIdentityNumber(), "Kim", "Testsson", null), "samordnare");
    assertThatThrownBy(() -> cases.view(caseId)).as("the consultation's disclosure lapses with a known person")
        .isInstanceOf(CaseNotFoundException.class);
    assertThatThrownBy(() -> cases.attachPerson(caseId, new PersonInput(newIdentityNumber(), "Annan", "Person",
        null), "samordnare")).isInstanceOf(IllegalArgumentException.class);
    as("skola");
    assertThat(cases.view(caseId).person().firstName()).isEqualTo("Kim");
  }

  @Test
  void consultationDisclosureIsRefusedForACaseAboutAKnownPerson() {
    String caseId = open("skola", "sspf-arende", newIdentityNumber());
    assertThatThrownBy(() -> cases.recordConsultation(caseId, "skola", "socialtjanst", "Konsultation", "skola"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
