package se.samverka.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samverka.followup.bra.BraLokalProcess;
import se.samverka.followup.bra.LagesbildProcess;
import se.samverka.support.BrowserSession;
import se.samverka.support.DemoAccounts;
import se.samverka.support.Http;
import se.samverka.support.PostgresIntegrationTest;
import se.samverka.support.WorkApi;
import se.samverka.workflow.PeriodRuns;

/**
 * Local BRÅ and the lägesbild and action plan on PostgreSQL, driven over HTTP by the demo accounts: each quarter and
 * period runs once however often it starts (a second timer firing, a redeploy), each district's meeting is kept once,
 * held or "inget möte", no personnummer gets in, and every page answers each role as declared.
 */
@PostgresIntegrationTest
class BraIntegrationTests {

  private static final String COORDINATOR = "trygghetssamordnare";
  private static final String PERSONNUMMER = "Anmäld av 19121212-1212 på mötet.";

  @Autowired
  Http http;

  @Autowired
  ManagementService managementService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  RepositoryService repositoryService;

  @Autowired
  HistoryService historyService;

  @Autowired
  PeriodRuns runs;

  @Autowired
  LocalBraMeetings meetings;

  @Autowired
  ActionPlans plans;

  WorkApi work;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static Date at(int year, int month, int day, int hour) {
    return Date.from(LocalDateTime.of(year, month, day, hour, 0).atZone(ZoneId.systemDefault()).toInstant());
  }

  private WorkApi work() {
    if (work == null) {
      work = new WorkApi(http);
    }
    return work;
  }

  private void fire(String processKey, Date when) {
    ClockUtil.setCurrentTime(when);
    Job timer = managementService.createJobQuery().timers().processDefinitionKey(processKey)
        .activityId(processKey.equals(BraLokalProcess.KEY) ? BraLokalProcess.QUARTER_STARTED
            : LagesbildProcess.PERIOD_STARTED).singleResult();
    managementService.executeJob(timer.getId());
  }

  private final Map<String, BrowserSession> sessions = new HashMap<>();

  /** A page as the user's browser gets it (pages take a login session, not Basic authentication). */
  private Http.Response page(String user, String path) {
    try {
      BrowserSession session = sessions.get(user);
      if (session == null) {
        session = new BrowserSession(http);
        assertThat(session.login(user, Http.PASSWORD).statusCode()).as("login of %s", user).isEqualTo(302);
        sessions.put(user, session);
      }
      var answer = session.get(path);
      return new Http.Response(answer.statusCode(), answer.body());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private JsonNode meetingTask(String instance, String district) {
    return work().tasks(COORDINATOR, instance).stream()
        .filter(t -> BraLokalProcess.MEETING.equals(t.path("taskDefinitionKey").asText()))
        .filter(t -> district.equals(work().value(COORDINATOR, t.path("id").asText(), "districtName").asText()))
        .findFirst().orElseThrow();
  }

  private static Map<String, Object> meeting(String date, String notes, String questions) {
    Map<String, Object> values = new HashMap<>();
    values.put(BraLokalProcess.MEETING_DATE, date);
    values.put(BraLokalProcess.PARTICIPANTS, List.of("kommun", "polis", "bostadsbolag"));
    values.put(BraLokalProcess.NOTES, notes);
    values.put(BraLokalProcess.QUESTIONS, questions);
    return values;
  }

  @Test
  void aQuarterOpensOneMeetingPerDistrictKeepsTheHeldOneAndRecordsTheRestAsNoMeetingOnce() {
    fire(BraLokalProcess.KEY, at(2041, 1, 1, 7));
    String instance = runs.holder(BraLokalProcess.KEY, "2041-K1").orElseThrow().holderInstanceId();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey())
        .isEqualTo("BRA-2041-K1");
    assertThat(work().tasks(COORDINATOR, instance)).hasSize(5);
    assertThat(work().tasks("skola", instance)).isEmpty();
    assertThat(work().tasks("polis", instance)).isEmpty();

    // The timer fires again in the quarter (a redeploy of the model, then a start): nothing new.
    var deployment = repositoryService.createDeployment().name("samverka")
        .addClasspathResource("bpmn/followup/bra-lokal.bpmn").addClasspathResource("forms/followup/bra-mote.form")
        .deploy();
    assertThat(managementService.createJobQuery().timers().processDefinitionKey(BraLokalProcess.KEY)
        .activityId(BraLokalProcess.QUARTER_STARTED).count()).isEqualTo(1);
    ClockUtil.setCurrentTime(at(2041, 2, 1, 7));
    String again = runtimeService.createProcessInstanceByKey(BraLokalProcess.KEY)
        .startBeforeActivity(BraLokalProcess.CLAIM_QUARTER).execute().getId();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(again)
        .activityId(BraLokalProcess.QUARTER_ALREADY_STARTED).count()).isEqualTo(1);
    assertThat(runs.skips(BraLokalProcess.KEY)).anySatisfy(skip -> assertThat(skip.reason())
        .contains("Kvartal 2041-K1 är redan startat"));
    assertThat(work().tasks(COORDINATOR, again)).isEmpty();
    assertThat(work().tasks(COORDINATOR, instance)).hasSize(5);

    String task = meetingTask(instance, "Mariefred").path("id").asText();
    // A personnummer in the notes, a question too long, a day outside the quarter: Swedish 400s, nothing kept.
    var refused = work().complete(COORDINATOR, task, meeting("2041-02-01", PERSONNUMMER, ""));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("personnummer").doesNotContain("19121212");
    refused = work().complete(COORDINATOR, task, meeting("2041-02-01", "Lugnt.", "x".repeat(501)));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("Fråga 1 är längre än 500 tecken").doesNotContain("xxxxxxxxxx");
    refused = work().complete(COORDINATOR, task, meeting("2041-02-01", "Lugnt.", "Vem?\nPersonnummer 121212-1212?"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("personnummer").doesNotContain("121212-1212");
    refused = work().complete(COORDINATOR, task, meeting("2040-12-31", "Lugnt.", ""));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("Mötesdatum ska ligga i kvartalet 2041-K1");
    Map<String, Object> forged = meeting("2041-02-01", "Lugnt.", "");
    forged.put(BraLokalProcess.DISTRICT, "atlantis");
    refused = work().complete(COORDINATOR, task, forged);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("Fältet \\\"district\\\" finns inte i formuläret");
    assertThat(meetings.meetings("2041-K1")).isEmpty();

    var done = work().complete(COORDINATOR, task, meeting("2041-02-01",
        "Skadegörelse vid hamnen.\nPolisen prioriterar helgkvällar.",
        "Belysning vid stationen?\n\n  Fler fältare på fredagar?  "));
    assertThat(done.status()).as(done.body()).isBetween(200, 204);

    // The quarter ends: the four other districts get "inget möte", each once.
    ClockUtil.setCurrentTime(at(2041, 4, 1, 0));
    List<Job> ended = managementService.createJobQuery().processInstanceId(instance).timers().list();
    assertThat(ended).hasSize(4);
    ended.forEach(job -> managementService.executeJob(job.getId()));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();

    var quarter = meetings.meetings("2041-K1");
    assertThat(quarter).hasSize(5);
    assertThat(quarter).filteredOn(LocalBraMeetings.Meeting::held).singleElement().satisfies(m -> {
      assertThat(m.district().code()).isEqualTo("mariefred");
      assertThat(m.participants()).containsExactly("kommun", "polis", "bostadsbolag");
      assertThat(m.questions()).containsExactly("Belysning vid stationen?", "Fler fältare på fredagar?");
    });
    assertThat(quarter).filteredOn(m -> !m.held()).extracting(m -> m.district().code())
        .containsExactly("strangnas", "stallarholmen", "akers-styckebruk", "landsbygd");
    assertThat(meetings.questionsRaised("2041-K1")).extracting(LocalBraMeetings.Question::question)
        .containsExactly("Belysning vid stationen?", "Fler fältare på fredagar?");
    repositoryService.deleteDeployment(deployment.getId(), true);
  }

  @Test
  void theMeetingPagesAnswerEachRoleAsDeclaredAndRefuseAForgedDistrictOrQuarterInSwedish() {
    fire(BraLokalProcess.KEY, at(2042, 4, 1, 7));
    String instance = runs.holder(BraLokalProcess.KEY, "2042-K2").orElseThrow().holderInstanceId();
    String task = meetingTask(instance, "Stallarholmen").path("id").asText();
    assertThat(work().complete(COORDINATOR, task, meeting("2042-04-01", "Nedskräpning vid badplatsen.",
        "Kan kommunen sätta upp fler papperskorgar?")).status()).isBetween(200, 204);

    for (String user : DemoAccounts.GROUPS) {
      var page = page(user, "/bra/lokalt?kvartal=2042-K2");
      var questions = page(user, "/bra/fragor?kvartal=2042-K2");
      if (List.of(COORDINATOR, "styrgrupp", "polis").contains(user)) {
        assertThat(page.status()).as(user).isEqualTo(200);
        assertThat(page.body()).contains("Nedskräpning vid badplatsen.", "papperskorgar", "Stallarholmen",
            "Mötet är inte dokumenterat ännu.");
      } else {
        assertThat(page.status()).as(user).isEqualTo(403);
        assertThat(page.body()).doesNotContain("Nedskräpning");
      }
      if (List.of(COORDINATOR, "styrgrupp").contains(user)) {
        assertThat(questions.status()).as(user).isEqualTo(200);
        assertThat(questions.body()).contains("papperskorgar").doesNotContain("Nedskräpning");
      } else {
        assertThat(questions.status()).as(user).isEqualTo(403);
      }
    }
    var one = page("styrgrupp", "/bra/lokalt?kvartal=2042-K2&kommundel=mariefred");
    assertThat(one.body()).contains("Mariefred").doesNotContain("Nedskräpning");
    var forgedDistrict = page("styrgrupp", "/bra/lokalt?kvartal=2042-K2&kommundel=" + "atlantis".repeat(100));
    assertThat(forgedDistrict.status()).isEqualTo(400);
    assertThat(forgedDistrict.body()).contains("Kommundelen finns inte i överenskommelsen").doesNotContain("atlantis");
    var forgedQuarter = page("styrgrupp", "/bra/fragor?kvartal=2042-K9");
    assertThat(forgedQuarter.status()).isEqualTo(400);
    assertThat(forgedQuarter.body()).contains("Okänt kvartal");
  }

  private void complete(String user, String instance, String step, Map<String, ?> values) {
    var task = work().task(user, instance, step);
    var answer = work().complete(user, task.path("id").asText(), values);
    assertThat(answer.status()).as(answer.body()).isBetween(200, 204);
  }

  private static Map<String, Object> measure(Map<String, Object> values, int n, String problem, String goal,
      String indicator, String responsible, String period) {
    values.put(LagesbildProcess.measureField(n, "Problem"), problem);
    values.put(LagesbildProcess.measureField(n, "Goal"), goal);
    values.put(LagesbildProcess.measureField(n, "Indicator"), indicator);
    values.put(LagesbildProcess.measureField(n, "Responsible"), responsible);
    values.put(LagesbildProcess.measureField(n, "Period"), period);
    return values;
  }

  @Test
  void aPeriodsLagesbildEndsInADecidedPlanThatOnlyItsMakersReadAndTheCoordinatorExports() {
    fire(LagesbildProcess.KEY, at(2043, 2, 1, 7));
    String instance = runs.holder(LagesbildProcess.KEY, "2043-2044").orElseThrow().holderInstanceId();
    // The second year of the period: the yearly firing does nothing.
    fire(LagesbildProcess.KEY, at(2044, 2, 1, 7));
    assertThat(runs.skips(LagesbildProcess.KEY)).anySatisfy(skip -> assertThat(skip.period()).isEqualTo("2043-2044"));
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(LagesbildProcess.KEY).count())
        .isEqualTo(1);

    assertThat(work().tasks("skola", instance)).isEmpty();
    assertThat(work().tasks(COORDINATOR, instance)).extracting(t -> t.path("taskDefinitionKey").asText())
        .containsExactly(LagesbildProcess.MUNICIPALITY_PICTURE);
    complete("polis", instance, LagesbildProcess.POLICE_PICTURE, Map.of(LagesbildProcess.POLICE_MAPPING,
        "Bostadsinbrotten ökar på landsbygden.", LagesbildProcess.POLICE_ANALYSIS, "Seriebrott, samma tillvägagångssätt."));
    complete(COORDINATOR, instance, LagesbildProcess.MUNICIPALITY_PICTURE, Map.of(
        LagesbildProcess.MUNICIPALITY_MAPPING, "Skadegörelse i centrum.", LagesbildProcess.MUNICIPALITY_ANALYSIS,
        "Helgkvällar.", LagesbildProcess.MUNICIPALITY_CAUSES, "Få vuxna ute."));
    complete("styrgrupp", instance, LagesbildProcess.JOINT_PICTURE_TASK, Map.of(LagesbildProcess.JOINT_PICTURE,
        "Skadegörelse och inbrott.", LagesbildProcess.JOINT_PRIORITIES, "Skadegörelse i centrum\nInbrott"));
    complete(COORDINATOR, instance, LagesbildProcess.CAUSE_ANALYSIS_TASK, Map.of(LagesbildProcess.CAUSE_ANALYSIS,
        "Mörka platser."));
    var dialogues = work().task(COORDINATOR, instance, LagesbildProcess.CITIZEN_DIALOGUES).path("id").asText();
    var refused = work().complete(COORDINATOR, dialogues, Map.of(LagesbildProcess.DIALOGUES_HELD, 2,
        LagesbildProcess.RESIDENTS_SAID, PERSONNUMMER));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("personnummer");
    complete(COORDINATOR, instance, LagesbildProcess.CITIZEN_DIALOGUES, Map.of(LagesbildProcess.DIALOGUES_HELD, 2,
        LagesbildProcess.RESIDENTS_SAID, "Otryggt vid stationen på kvällen."));

    var decide = work().task("styrgrupp", instance, LagesbildProcess.DECIDE_ACTION_PLAN).path("id").asText();
    Map<String, Object> half = measure(new HashMap<>(), 1, "Skadegörelse", "Halvera", "Anmälningar", "Kommunen",
        "2045-2046");
    half.put(LagesbildProcess.measureField(2, "Problem"), "Inbrott");
    refused = work().complete("styrgrupp", decide, half);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("Åtgärd 2 är inte ifylld");
    Map<String, Object> plan = measure(new HashMap<>(), 1, "Skadegörelse i centrum", "Halverad skadegörelse",
        "Anmälningar per kvartal", "Kommunen", "2045-2046");
    measure(plan, 2, "Inbrott på landsbygden", "Fler grannsamverkansområden", "Antal \"aktiva\" områden", "Polisen",
        "2045");
    measure(plan, 3, "Otrygghet vid stationen", "Fler trygga kvällar", "Trygghetsmätningen", "Kommunen och polisen",
        "2045-2046");
    complete("styrgrupp", instance, LagesbildProcess.DECIDE_ACTION_PLAN, plan);

    var decided = plans.plan("2043-2044").orElseThrow();
    assertThat(decided.measures()).extracting(ActionPlans.Measure::problem).containsExactly("Skadegörelse i centrum",
        "Inbrott på landsbygden", "Otrygghet vid stationen");
    assertThat(decided.picture().policeAnalysis()).isEqualTo("Seriebrott, samma tillvägagångssätt.");
    assertThat(decided.picture().dialoguesHeld()).isEqualTo(2);

    for (String user : DemoAccounts.GROUPS) {
      var page = page(user, "/lagesbild/2043-2044");
      var list = page(user, "/lagesbild");
      var yaml = page(user, "/lagesbild/2043-2044/atgardsplan.yaml");
      var json = page(user, "/lagesbild/2043-2044/atgardsplan.json");
      if (List.of(COORDINATOR, "styrgrupp", "polis").contains(user)) {
        assertThat(page.status()).as(user).isEqualTo(200);
        assertThat(page.body()).contains("Seriebrott, samma tillvägagångssätt.", "Fler grannsamverkansområden");
        assertThat(list.status()).as(user).isEqualTo(200);
        assertThat(list.body()).contains("/lagesbild/2043-2044");
      } else {
        assertThat(page.status()).as(user).isEqualTo(403);
        assertThat(page.body()).doesNotContain("Seriebrott");
        assertThat(list.status()).as(user).isEqualTo(403);
      }
      if (List.of(COORDINATOR, "styrgrupp").contains(user)) {
        assertThat(yaml.status()).as(user).isEqualTo(200);
        assertThat(yaml.body()).contains("activities:\n  - code: \"atgard-1\"\n    name: \"Halverad skadegörelse\"\n",
            "Indikator: Antal \\\"aktiva\\\" områden", "partners: [\"Polisen\"]", "responsible: []");
        assertThat(json.status()).as(user).isEqualTo(200);
        assertThat(json.body()).contains("\"text\" : \"Problem: Otrygghet vid stationen");
        assertThat(page.body()).contains("hämta som YAML");
      } else {
        assertThat(yaml.status()).as(user).isEqualTo(403);
        assertThat(json.status()).as(user).isEqualTo(403);
        assertThat(page.body()).doesNotContain("hämta som YAML");
      }
    }
    var forged = page("styrgrupp", "/lagesbild/" + "2043".repeat(50));
    assertThat(forged.status()).isEqualTo(400);
    assertThat(forged.body()).contains("Okänd period").doesNotContain("20432043");
    assertThat(page("styrgrupp", "/lagesbild/1999-2000").status()).isEqualTo(404);
  }
}
