package se.samverka.demo;

import static se.samverka.sspf.SspfArendeProcess.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverka.cases.CaseService;
import se.samverka.homevisit.LinkopingsmodellenProcess;
import se.samverka.homevisit.OrosanmalanProcess;
import se.samverka.homevisit.StrangnasmodellenProcess;
import se.samverka.licensing.PremisesRegister;
import se.samverka.sspf.SspfStyrgruppProcess;
import se.samverka.workflow.EngineClock;

/**
 * Creates the demo cases on the first start of a fresh demo database (never again): every step is taken as the demo
 * user whose work it is, through the form service, exactly as Tasklist would. The young people are invented and are
 * registered by birth date only, so no real personnummer is ever stored.
 */
@Component
@ConditionalOnProperty(name = "samverka.demo.data", havingValue = "true")
class DemoData {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final DemoSteps steps;
  private final FormService formService;
  private final TaskService taskService;
  private final RepositoryService repositoryService;
  private final ManagementService managementService;
  private final CaseService cases;
  private final PremisesRegister premises;
  private final TransactionTemplate transactions;
  private final DemoHistory history;

  DemoData(DemoHistory history, DemoSteps steps, FormService formService, TaskService taskService,
      RepositoryService repositoryService, ManagementService managementService, CaseService cases,
      PremisesRegister premises, TransactionTemplate transactions) {
    this.steps = steps;
    this.formService = formService;
    this.taskService = taskService;
    this.repositoryService = repositoryService;
    this.managementService = managementService;
    this.cases = cases;
    this.premises = premises;
    this.transactions = transactions;
    this.history = history;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(10)
  public void create() {
    if (!cases.isEmpty()) {
      return;
    }
    LocalDate today = EngineClock.today();
    // The months before today first, in their own transaction and all ended, so that the case numbers follow the
    // dates and nothing of today's cases is there for the job executor while the engine clock stands in the past.
    history.create(today);
    transactions.executeWithoutResult(status -> {
      // 1. A new referral from school: the coordinator assesses it.
      refer("skola", "Alva", "Demosson", today.minusYears(13).minusDays(40), "strangnas",
          List.of("skolfranvaro", "kamrater"), "Hög frånvaro sedan höstlovet och nya äldre kamrater.");
      // 2. Referred by the police, assessed: waiting for written consent.
      String second = refer("polis", "Noah", "Exempelsson", today.minusYears(15).minusDays(100), "mariefred",
          List.of("droger", "riskmiljo"), "Påträffad två gånger i en miljö där narkotika säljs.");
      assess(second);
      // 3. Consent from guardians and youth: every party gives its input.
      String third = refer("socialtjanst", "Elsa", "Provsdotter", today.minusYears(14).minusDays(200), "stallarholmen",
          List.of("brott", "aggressivitet"), "Misstänkt för snatteri och bråk på fritidsgården.");
      assess(third);
      consent(third, PARTIES);
      mapping(third);
      // 4. A plan with commitments for all four parties.
      String fourth = refer("fritid", "Liam", "Testberg", today.minusYears(16).minusDays(20), "akers-styckebruk",
          List.of("fritid", "skolfranvaro"), "Har slutat komma till föreningsaktiviteter, hög skolfrånvaro.");
      assess(fourth);
      consent(fourth, PARTIES);
      mapping(fourth);
      for (String party : PARTIES) {
        steps.complete(fourth, PARTY_INPUT, party,
            Map.of("pd_" + party + "_underlag", "Underlag från " + party + " (demo)."));
      }
      Map<String, Object> plan = new HashMap<>(Map.of("meetingDate", today.toString(),
          "participants", json(PARTIES), "pd_plan_mal", "Regelbunden skolgång och en meningsfull fritid.",
          COMMITMENT_PARTIES, json(PARTIES), "guardiansInformed", true));
      Map<String, String[]> commitments = Map.of(
          "skola", new String[] {"Mentor", "Mentorssamtal varje vecka."},
          "socialtjanst", new String[] {"Socialsekreterare", "Stödsamtal med familjen."},
          "polis", new String[] {"Områdespolis", "Samtal om risker och konsekvenser."},
          "fritid", new String[] {"Fritidsledare", "Erbjuda plats i fotbollsgruppen."});
      commitments.forEach((party, commitment) -> {
        plan.put(commitmentResponsible(party), commitment[0]);
        plan.put(commitmentDue(party), today.plusWeeks(5).toString());
        plan.put("pd_plan_atagande_" + party, commitment[1]);
      });
      steps.complete(fourth, NETWORK_MEETING, "samordnare", plan);
      // 4b. A referral from school whose guardians did not agree: a consultation without identity, which the
      // coordinator assesses by the age and the concern alone.
      consult("skola", 14, "mariefred", List.of("skolfranvaro"),
          "Eleven i årskurs 8 har hög frånvaro och berättar om oro hemma. Vårdnadshavarna vill inte att vi "
              + "aktualiserar med namn ännu.");
      // 5. The steering-group report of the last quarter: coordinator comments, steering group decides.
      startQuarterlyReport();
      // 6. Reports of concern: one received today (social services assess it), one received yesterday whose
      // protection assessment is overdue (the job executor escalates it to the manager within seconds).
      reportConcern("skola", "Maja", "Demoberg", today.minusYears(12).minusDays(77), true,
          "Eleven har berättat att hon inte vågar gå hem efter skolan.");
      // 7. Home visits: a tip about a 16-year-old under joint assessment by social services and the police, and a
      // concern about a 12-year-old; each makes a report of concern first, and the concern visit waits for its
      // protection assessment before social services contact the guardians.
      startVisit(LinkopingsmodellenProcess.KEY, "polis", "Leo", "Tipsberg", today.minusYears(16).minusDays(150),
          Map.of(LinkopingsmodellenProcess.TIP_SOURCE, "anonym", LinkopingsmodellenProcess.TIP_SPECIFICITY, "konkret",
              LinkopingsmodellenProcess.DRUG_RELATED, true, LinkopingsmodellenProcess.RISK_ENVIRONMENT, true,
              LinkopingsmodellenProcess.TIP_DISCLOSURE_GROUND, "polisens-anmalningsskyldighet"),
          "Uppgift om att Leo säljer cannabis vid skolan.");
      startVisit(StrangnasmodellenProcess.KEY, "socialtjanst", "Vera", "Orosdotter", today.minusYears(12).minusDays(5),
          Map.of(StrangnasmodellenProcess.CONCERN_KINDS, json(List.of("normbrytande")), "source", "polis"),
          "Polisen har tagit Vera för snatteri två gånger den senaste månaden.");
      // 8. The register of licensed premises: 30 invented premises in several districts.
      if (premises.isEmpty()) {
        premises.importCsv(demoPremises());
      }
      Date now = ClockUtil.getCurrentTime();
      ClockUtil.setCurrentTime(Date.from(today.minusDays(1).atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant()));
      try {
        reportConcern("polis", "Omar", "Exempelberg", today.minusYears(14).minusDays(3), true,
            "Påträffad ute ensam sent på natten, berusad.");
      } finally {
        ClockUtil.setCurrentTime(now);
        ClockUtil.reset();
      }
    });
    log.info("Demodata skapad: fem SSPF-ärenden (ett som konsultation utan identitet), en kvartalsrapport, orosanmälningar och två hembesöksärenden");
  }

  private String refer(String group, String firstName, String lastName, LocalDate birthDate, String district,
      List<String> concerns, String description) {
    return steps.as(group, () -> {
      String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY)
          .latestVersion().singleResult().getId();
      Map<String, Object> form = new HashMap<>();
      form.put("pd_grund_fornamn", firstName);
      form.put("pd_grund_efternamn", lastName);
      form.put("pd_grund_fodelsedatum", birthDate.toString());
      form.put(DISTRICT, district);
      form.put(REFERRER_AGENCY, group);
      // A named referral: the guardians and the young person signed the consent to it a week ago.
      form.put(GUARDIANS_AGREED, YES);
      form.put(REFERRAL_CONSENT_DATE, EngineClock.today().minusDays(7).toString());
      form.put(REFERRAL_CONSENT_REFERENCE, "Dnr " + group.toUpperCase() + " " + EngineClock.today().getYear() + "/demo");
      form.put(REFERRAL_GUARDIANS_WITH_CUSTODY, "2");
      form.put(REFERRAL_CONSENT_BY, json(List.of(SIGNED_BY_GUARDIAN_1, SIGNED_BY_GUARDIAN_2, SIGNED_BY_YOUTH)));
      form.put(CONCERN_CATEGORIES, json(concerns));
      form.put("pd_grund_beskrivning", description);
      form.put(ACUTE_RISK, false);
      return formService.submitStartForm(definitionId, form).getId();
    });
  }

  /** A referral without the guardians' agreement: only the age, and a description that names nobody. */
  private void consult(String group, int age, String district, List<String> concerns, String description) {
    steps.as(group, () -> {
      String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY)
          .latestVersion().singleResult().getId();
      Map<String, Object> form = new HashMap<>();
      form.put("pd_grund_alder", age);
      form.put(DISTRICT, district);
      form.put(REFERRER_AGENCY, group);
      form.put(GUARDIANS_AGREED, NO);
      form.put(CONCERN_CATEGORIES, json(concerns));
      form.put("pd_grund_beskrivning", description);
      form.put(ACUTE_RISK, false);
      return formService.submitStartForm(definitionId, form).getId();
    });
  }

  private void reportConcern(String group, String firstName, String lastName, LocalDate birthDate, boolean mandatory,
      String description) {
    steps.as(group, () -> {
      String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(OrosanmalanProcess.KEY)
          .latestVersion().singleResult().getId();
      Map<String, Object> form = new HashMap<>();
      form.put("pd_grund_fornamn", firstName);
      form.put("pd_grund_efternamn", lastName);
      form.put("pd_grund_fodelsedatum", birthDate.toString());
      form.put(DISTRICT, "strangnas");
      form.put(OrosanmalanProcess.REPORTER_AGENCY, group);
      form.put(OrosanmalanProcess.REPORTER_MANDATORY, mandatory);
      form.put(OrosanmalanProcess.VIOLENCE_INVOLVED, false);
      form.put("pd_grund_beskrivning", description);
      return formService.submitStartForm(definitionId, form).getId();
    });
  }

  private static byte[] demoPremises() {
    try (var in = DemoData.class.getResourceAsStream("/demo/serveringsstallen.csv")) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void startVisit(String processKey, String group, String firstName, String lastName, LocalDate birthDate,
      Map<String, Object> fields, String description) {
    steps.as(group, () -> {
      String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey)
          .latestVersion().singleResult().getId();
      Map<String, Object> form = new HashMap<>(fields);
      form.put("pd_grund_fornamn", firstName);
      form.put("pd_grund_efternamn", lastName);
      form.put("pd_grund_fodelsedatum", birthDate.toString());
      form.put(DISTRICT, "mariefred");
      form.put("pd_grund_beskrivning", description);
      return formService.submitStartForm(definitionId, form).getId();
    });
  }

  private void assess(String instanceId) {
    steps.complete(instanceId, ASSESS_REFERRAL, "samordnare", Map.of("riskLevel", "medel",
        "partiesNeeded", json(PARTIES), ASSESSMENT_DECISION, DECISION_CONTINUE,
        CONSENT_OBTAINED_BY, OBTAINED_BY_COORDINATOR, "pd_plan_bedomning", "Behov av samordnade insatser (demo)."));
  }

  private void consent(String instanceId, List<String> parties) {
    String today = EngineClock.today().toString();
    Map<String, Object> form = new HashMap<>(Map.of(GUARDIANS_WITH_CUSTODY, "2", GUARDIAN_1_CONSENT, YES,
        GUARDIAN_1_CONSENT_DATE, today, GUARDIAN_2_CONSENT, YES, GUARDIAN_2_CONSENT_DATE, today,
        YOUTH_CONSENT, YES, YOUTH_CONSENT_DATE, today, CONSENT_DOCUMENT_REFERENCE, "Dnr SSPF " + today + "/demo"));
    // The SSPF function, the demo school and local police team, and the other parties as whole agencies.
    List<String> named = new java.util.ArrayList<>(List.of("sspf"));
    parties.forEach(p -> named.add(p.equals("skola") ? "skola:paulinska" : p.equals("polis") ? "polis:lpo-strangnas" : p));
    form.putAll(Map.of(CONSENT_PARTIES, json(named), CONSENT_CATEGORIES, json(CaseService.CATEGORIES),
        CONSENT_VALID_TO, EngineClock.today().plusMonths(12).toString()));
    steps.complete(instanceId, OBTAIN_CONSENT, "samordnare", form);
  }

  private void mapping(String instanceId) {
    steps.complete(instanceId, MAPPING_TALK, "samordnare", Map.of("mappingTalkDate", EngineClock.today().toString(),
        "pd_plan_kartlaggning", "Familjen vill ha stöd (demo).",
        "pd_plan_child_view", "Vill spela fotboll igen och få hjälp med matten (demo)."));
  }


  private void startQuarterlyReport() {
    var timer = managementService.createJobQuery().timers().processDefinitionKey(SspfStyrgruppProcess.KEY)
        .singleResult();
    if (timer == null) {
      return;
    }
    // Runs the quarterly start once now (the next quarter's job is scheduled as usual).
    managementService.executeJob(timer.getId());
    var task = taskService.createTaskQuery().processDefinitionKey(SspfStyrgruppProcess.KEY)
        .taskDefinitionKey(SspfStyrgruppProcess.PREPARE_REPORT).singleResult();
    if (task == null) {
      return; // the quarter was reported already: the start ended at once
    }
    String instanceId = task.getProcessInstanceId();
    steps.complete(instanceId, SspfStyrgruppProcess.PREPARE_REPORT, "samordnare",
        Map.of(SspfStyrgruppProcess.REPORT_COMMENT, "Fler aktualiseringar från skolorna än förra kvartalet."));
  }

  /** A checklist value as Tasklist submits it: a JSON array. */
  private static Object json(List<String> values) {
    return SpinValues.jsonValue(JSON.valueToTree(values).toString()).create();
  }

}
