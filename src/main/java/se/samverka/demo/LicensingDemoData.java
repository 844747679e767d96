package se.samverka.demo;

import static se.samverka.licensing.AlkoholtillsynProcess.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverka.annualwork.AasArProcess;
import se.samverka.annualwork.AasCourses;
import se.samverka.annualwork.KmkArProcess;
import se.samverka.licensing.Premises;
import se.samverka.licensing.PremisesRegister;
import se.samverka.licensing.RestaurangrapportProcess;
import se.samverka.licensing.RestaurantReports;
import se.samverka.licensing.Supervisions;
import se.samverka.licensing.TillsynsplanProcess;
import se.samverka.workflow.EngineClock;

/**
 * Demo supervisions and yearly cycles on the first start of a fresh demo database (after {@link DemoData} has imported
 * the premises): five supervisions in different states, this year's supervision plan and restaurant-report check
 * waiting for the alcohol officer, an AAS year with one course held and a KMK year at its police training. The yearly
 * processes are started by hand, so their January and March timers keep their dates.
 */
@Component
@ConditionalOnProperty(name = "samverka.demo.data", havingValue = "true")
class LicensingDemoData {

  private static final Logger log = LoggerFactory.getLogger(LicensingDemoData.class);
  private static final String OFFICER = GROUP;

  private final DemoSteps steps;
  private final FormService formService;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;
  private final PremisesRegister premises;
  private final Supervisions supervisions;
  private final RestaurantReports reports;
  private final AasCourses aasCourses;
  private final TransactionTemplate transactions;

  LicensingDemoData(DemoSteps steps, FormService formService, TaskService taskService,
      RuntimeService runtimeService, RepositoryService repositoryService, PremisesRegister premises,
      Supervisions supervisions, RestaurantReports reports, AasCourses aasCourses, TransactionTemplate transactions) {
    this.steps = steps;
    this.formService = formService;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
    this.premises = premises;
    this.supervisions = supervisions;
    this.reports = reports;
    this.aasCourses = aasCourses;
    this.transactions = transactions;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(20)
  public void create() {
    if (premises.isEmpty() || !supervisions.all().isEmpty()
        || runtimeService.createProcessInstanceQuery().processDefinitionKey(TillsynsplanProcess.KEY).count() > 0) {
      return;
    }
    String today = EngineClock.today().toString();
    transactions.executeWithoutResult(status -> {
      // 1. A tip about serving to minors: to be planned.
      supervise("Kvarnen", "tips", "yttre");
      // 2. A coordinated supervision: the police and the rescue service are to confirm.
      String coordinated = supervise("Hamnkrogen", "samordnad", "samordnad");
      steps.complete(coordinated, PLAN, OFFICER, Map.of(KIND, "samordnad", PLANNED_DATE, today));
      // 3. Serious remarks: a supervision case waiting for the police's statement.
      String serious = supervise("Bryggan", "tips", "yttre");
      steps.complete(serious, PLAN, OFFICER, Map.of(KIND, "yttre", PLANNED_DATE, today));
      inspect(serious, "allvarliga", "Servering till märkbart berusade gäster; ingen serveringsansvarig på plats.");
      steps.complete(serious, SEND_PROTOCOL, OFFICER, Map.of(PROTOCOL_SENT_ON, today, LETTER_ATTACHED, true));
      steps.complete(serious, OPEN_CASE, OFFICER, Map.of("caseReference", "MIL-DEMO-17",
          "statementsRequestedFrom", "[\"polis\",\"raddningstjanst\"]"));
      // 4. A warning, notified: the three-week appeal window runs.
      String warned = supervise("Slottskällaren", "tips", "yttre");
      steps.complete(warned, PLAN, OFFICER, Map.of(KIND, "yttre", PLANNED_DATE, today));
      inspect(warned, "allvarliga", "Serveringstiden överskreds med en timme; uteserveringen var inte avgränsad.");
      steps.complete(warned, SEND_PROTOCOL, OFFICER, Map.of(PROTOCOL_SENT_ON, today, LETTER_ATTACHED, true));
      steps.complete(warned, OPEN_CASE, OFFICER, Map.of("caseReference", "MIL-DEMO-11",
          "statementsRequestedFrom", "[\"polis\"]"));
      steps.complete(warned, POLICE_STATEMENT, "polis", Map.of("criminalActivityObserved", "nej",
          "policeRecommendation", "varning"));
      steps.complete(warned, OTHER_STATEMENTS, OFFICER, Map.of());
      steps.complete(warned, PROPOSE_SANCTION, OFFICER, Map.of(SERIOUSNESS, "allvarlig", SUITABILITY, "lamplig",
          CRIMINAL_ACTIVITY, false, LICENCE_UNUSED, false));
      steps.complete(warned, COMMUNICATE, OFFICER, Map.of(COMMUNICATED_ON, today,
          DOCUMENTS_SENT, "[\"protokoll\",\"brev\",\"yttrande-polis\",\"forslag\"]"));
      steps.complete(warned, AWAIT_RESPONSE, OFFICER, Map.of(RESPONSE_RECEIVED_ON, today,
          "responseSummary", "Tillståndshavaren har infört nya rutiner för stängning."));
      steps.complete(warned, COMMITTEE_DECISION, OFFICER, Map.of(DECISION, "varning", DECIDED_ON, today));
      steps.complete(warned, NOTIFY, OFFICER, Map.of(NOTIFIED_ON, today));
      // 5. Without remarks: done.
      String clean = supervise("Ankaret", "tips", "yttre");
      steps.complete(clean, PLAN, OFFICER, Map.of(KIND, "yttre", PLANNED_DATE, today));
      inspect(clean, "inga", "");
      steps.complete(clean, SEND_PROTOCOL, OFFICER, Map.of(PROTOCOL_SENT_ON, today, LETTER_ATTACHED, false));

      // The yearly cycles of this year.
      yearlyCycles();
    });
    log.info("Demodata skapad: fem tillsyner, årets tillsynsplan, restaurangrapporter, AAS- och KMK-året");
  }

  private void yearlyCycles() {
    int year = EngineClock.today().getYear();
    // Most permanent licences have reported last year; three have not.
    List<Premises> permanent = premises.all().stream().filter(p -> "stadigvarande".equals(p.licenceType())).toList();
    permanent.stream().skip(3).forEach(p -> reports.register(p.id(), year - 1, LocalDate.of(year, 2, 20), OFFICER));
    runtimeService.startProcessInstanceByKey(TillsynsplanProcess.KEY);
    runtimeService.startProcessInstanceByKey(RestaurangrapportProcess.KEY);

    // AAS: two courses planned; the first is held and one of its two participants has a result.
    String aas = runtimeService.startProcessInstanceByKey(AasArProcess.KEY).getId();
    steps.complete(aas, AasArProcess.PLAN_COURSES, OFFICER, Map.of(AasArProcess.COURSE_COUNT, 2L,
        AasArProcess.COURSE_PROVIDER, "STAD"));
    var course = aasCourses.courses(year).get(0);
    Premises bar = premises.all().stream().filter(p -> "certifierad".equals(p.kmkStatus())).findFirst().orElseThrow();
    var passed = aasCourses.register(course.id(), "Demo Serveringsdotter", bar.id(), "serveringspersonal");
    aasCourses.register(course.id(), "Demo Vaktsson", bar.id(), "ordningsvakt");
    steps.as(OFFICER, () -> {
      Task task = taskService.createTaskQuery().processInstanceId(aas)
          .taskDefinitionKey(AasArProcess.REGISTER_PARTICIPANTS).list().stream()
          .filter(t -> course.id().equals(taskService.getVariable(t.getId(), AasArProcess.COURSE_ID)))
          .findFirst().orElseThrow();
      taskService.claim(task.getId(), OFFICER);
      formService.submitTaskForm(task.getId(), new HashMap<>(Map.of(AasArProcess.COURSE_DATE,
          EngineClock.today().minusDays(3).toString(), AasArProcess.COURSE_VENUE, "Stadshuset",
          AasArProcess.PARTICIPANTS_REGISTERED, true)));
      return null;
    });
    aasCourses.recordResult(passed.id(), true, "AAS-" + year + "-001");

    // KMK: the year has started; the training of key staff with the police comes first.
    runtimeService.startProcessInstanceByKey(KmkArProcess.KEY);
  }

  private String supervise(String premisesName, String trigger, String kind) {
    // The start form chooses the premises from the register (its id), as the officer does on the page.
    String premisesId = premises.all().stream().filter(p -> p.name().equals(premisesName)).map(Premises::id)
        .findFirst().orElseThrow();
    return steps.as(OFFICER, () -> {
      String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY)
          .latestVersion().singleResult().getId();
      return formService.submitStartForm(definitionId, new HashMap<>(Map.of(PREMISES_REF, premisesId,
          TRIGGER, trigger, KIND, kind))).getId();
    });
  }

  private void inspect(String instanceId, String level, String remarks) {
    boolean clean = "inga".equals(level);
    Map<String, Object> protocol = new HashMap<>();
    protocol.put(INSPECTED_ON, EngineClock.today().toString());
    protocol.put("responsiblePresent", clean ? "ja" : "nej");
    protocol.put("responsibleRegistered", "ja");
    protocol.put("servingHoursKept", clean ? "ja" : "nej");
    protocol.put("foodAvailable", "ja");
    protocol.put("orderAndSobriety", clean ? "god" : "allvarliga-brister");
    protocol.put("ageChecks", "ja");
    protocol.put("youngGuests", "nej");
    protocol.put("outdoorAreaMarked", "ja");
    protocol.put("protocolRemarks", remarks);
    protocol.put(REMARK_LEVEL, level);
    steps.complete(instanceId, INSPECT, OFFICER, protocol);
  }


}
