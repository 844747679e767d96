package se.samverka.followup.est;

import static se.samverka.followup.est.EstVeckaProcess.*;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.samverka.followup.est.EstPictures.ActionInput;
import se.samverka.followup.est.persistence.EstRepository;
import se.samverka.followup.est.persistence.EstRepository.Incident;
import se.samverka.security.CurrentUser;
import se.samverka.workflow.EngineClock;

/**
 * EST demo data on the first start of a fresh demo database: five weeks of reports from six units (so the trend has
 * weeks before to compare with), two weeks ago a published picture whose action was done, last week's cycle run
 * through the engine as the users would (five units report, two miss the deadline, the coordinator compiles, the
 * meeting decides two actions, which are under way, and every unit has the picture to read), and two reports of this
 * week. Kept in the followup module, as it writes EST's own tables.
 */
@Component
@ConditionalOnProperty(name = "samverka.demo.data", havingValue = "true")
class EstDemoData {

  private static final Logger log = LoggerFactory.getLogger(EstDemoData.class);

  /** unit, category, district, place, weeks ago, day of week (1 = Monday), hour, severity, recurring, description. */
  private record Seed(String unit, String category, String district, String place, int weeksAgo, int day, int hour,
      int severity, boolean recurring, String description) {}

  private static final List<Seed> SEEDS = List.of(
      new Seed("bostadsbolag", "klotter", "mariefred", "Trappuppgången Gripsholmsvägen 4", 5, 2, 9, 1, false,
          "Klotter på väggarna i entrén."),
      new Seed("polis", "samlingar", "strangnas", "Tosterögatan, vid busshållplatsen", 5, 5, 22, 2, false,
          "Grupp på cirka tio ungdomar, störande ljud sent på kvällen."),
      new Seed("skola", "skadegorelse", "strangnas", "Skolgården vid Paulinska skolan", 4, 1, 7, 2, false,
          "Krossad ruta i cykelförrådet upptäckt på morgonen."),
      new Seed("vaktbolag", "otrygg-plats", "akers-styckebruk", "Gångtunneln under järnvägen", 4, 3, 23, 1, true,
          "Trasig belysning, tunneln helt mörk."),
      new Seed("bostadsbolag", "klotter", "mariefred", "Trappuppgången Gripsholmsvägen 4", 3, 2, 10, 1, true,
          "Nytt klotter på samma ställe som förra gången."),
      new Seed("fritid", "samlingar", "stallarholmen", "Parkeringen vid fritidsgården", 3, 5, 21, 2, true,
          "Mopeder och ungdomar samlas efter stängning."),
      new Seed("polis", "buskorning", "landsbygd", "Grusvägen mot badplatsen", 3, 6, 20, 3, true,
          "A-traktorer kör i hög fart förbi badplatsen."),
      new Seed("skola", "narkotika", "strangnas", "Skogsdungen bakom idrottshallen", 2, 4, 15, 3, false,
          "Personal har sett misstänkt försäljning efter skoltid."),
      new Seed("vaktbolag", "skadegorelse", "strangnas", "Stortorget, papperskorgar", 2, 6, 2, 1, false,
          "Två papperskorgar sönderslagna under natten."),
      new Seed("bostadsbolag", "klotter", "mariefred", "Trappuppgången Gripsholmsvägen 4", 1, 1, 8, 1, true,
          "Klottret tillbaka en vecka efter saneringen."),
      new Seed("bostadsbolag", "brand", "mariefred", "Soprummet Gripsholmsvägen 6", 1, 3, 19, 3, false,
          "Anlagd brand i soprummet, släckt av boende."),
      new Seed("fritid", "samlingar", "stallarholmen", "Parkeringen vid fritidsgården", 1, 5, 22, 2, true,
          "Samma grupp som tidigare veckor, nedskräpning efteråt."),
      new Seed("polis", "buskorning", "landsbygd", "Grusvägen mot badplatsen", 1, 6, 21, 3, true,
          "Fortsatt buskörning, boende oroliga för barn som badar."),
      new Seed("vaktbolag", "otrygg-plats", "akers-styckebruk", "Gångtunneln under järnvägen", 1, 4, 23, 2, true,
          "Belysningen fortfarande trasig."),
      new Seed("skola", "sociala-medier", "strangnas", "Thomasskolan, rykten om slagsmål", 1, 2, 12, 2, false,
          "Rykten i sociala medier om ett planerat slagsmål vid skolan; inga namn."));

  private final EstRepository repository;
  private final EstPictures pictures;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final FormService formService;
  private final ManagementService managementService;
  private final IdentityService identityService;

  EstDemoData(EstRepository repository, EstPictures pictures, RuntimeService runtimeService, TaskService taskService,
      FormService formService, ManagementService managementService, IdentityService identityService) {
    this.repository = repository;
    this.pictures = pictures;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.formService = formService;
    this.managementService = managementService;
    this.identityService = identityService;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(40)
  public void create() {
    if (!repository.weeks().isEmpty()) {
      return;
    }
    EstWeek thisWeek = EstWeek.of(EngineClock.today());
    for (Seed seed : SEEDS) {
      EstWeek week = EstWeek.of(thisWeek.monday().minusWeeks(seed.weeksAgo()));
      LocalDateTime at = week.monday().plusDays(seed.day() - 1L).atTime(seed.hour(), 0);
      Instant reported = at.plusMinutes(30).atZone(ZoneId.systemDefault()).toInstant();
      repository.insert(new Incident(UUID.randomUUID().toString(), week.key(), seed.unit(), seed.category(),
          seed.district(), seed.place(), at, seed.severity(), seed.recurring(), seed.description(), seed.unit(),
          reported, null));
    }
    // Two reports of this week (not in the future, and not before its Monday).
    LocalDateTime now = LocalDateTime.ofInstant(EngineClock.now(), ZoneId.systemDefault()).withSecond(0).withNano(0);
    LocalDateTime early = now.minusHours(2).isBefore(thisWeek.monday().atStartOfDay())
        ? thisWeek.monday().atStartOfDay() : now.minusHours(2);
    repository.insert(new Incident(UUID.randomUUID().toString(), thisWeek.key(), "skola", "klotter", "strangnas",
        "Cykelstället vid Finningeskolan", early, 1, false, "Nytt klotter på cykelstället.", "skola",
        EngineClock.now(), null));
    repository.insert(new Incident(UUID.randomUUID().toString(), thisWeek.key(), "bostadsbolag", "nedskrapning",
        "mariefred", "Gården Gripsholmsvägen 6", early, 1, true, "Nedskräpning efter helgen, som förra veckan.",
        "bostadsbolag", EngineClock.now(), null));
    twoWeeksAgo(thisWeek.previous().previous());
    lastWeek();
    log.info("EST-demo: {} rapporter, veckan {} sammanställd med insatser under arbete", SEEDS.size(),
        thisWeek.previous());
  }

  /** A published picture two weeks ago whose action, the lighting of the tunnel, was not done in time. */
  private void twoWeeksAgo(EstWeek week) {
    Instant monday = week.next().monday().atTime(7, 0).atZone(ZoneId.systemDefault()).toInstant();
    repository.insertWeek(week.key(), "demo", monday.plusSeconds(33 * 3600));
    for (String unit : List.of("skola", "fritid", "polis", "bostadsbolag", "vaktbolag", "faltare",
        "raddningstjanst")) {
      repository.recordUnitReport(new EstRepository.UnitReport(week.key(), unit,
          repository.countIncidents(week.key(), unit) > 0 ? REPORTED : NO_INCIDENTS,
          repository.countIncidents(week.key(), unit), unit, monday.plusSeconds(3600)));
    }
    repository.compile(week.key(), "Lugn vecka. Misstänkt narkotikaförsäljning vid idrottshallen följs upp.",
        COORDINATOR_GROUP, monday.plusSeconds(40 * 3600));
    repository.publish(week.key(), "Polisen ökar närvaron vid idrottshallen.", monday.plusSeconds(49 * 3600));
    String id = UUID.randomUUID().toString();
    repository.insert(new EstRepository.Action(id, week.key(), "Skogsdungen bakom idrottshallen",
        "Misstänkt narkotikaförsäljning efter skoltid", "Ökad polisnärvaro eftermiddagar under två veckor",
        "polis", week.next().sunday(), COORDINATOR_GROUP, monday.plusSeconds(49 * 3600), null, null, null, null,
        null));
    repository.result(id, DONE, "Närvaro varje eftermiddag; ingen försäljning iakttagen andra veckan.", "polis",
        monday.plusSeconds(3 * 24 * 3600));
  }

  /** Last week through the engine: five units report, two miss the deadline, compiled, two actions decided. */
  private void lastWeek() {
    String instance = runtimeService.createProcessInstanceByKey(KEY).startBeforeActivity(CLAIM_WEEK).execute().getId();
    Map<String, String> reports = Map.of("skola", REPORTED, "polis", REPORTED, "bostadsbolag", REPORTED,
        "vaktbolag", REPORTED, "fritid", REPORTED);
    reports.forEach((unit, status) -> complete(instance, UNIT_REPORT, unit, Map.of(REPORT_STATUS, status)));
    // Fältarna and the rescue service did not report: the deadline's timer records "ingen rapport".
    var deadline = managementService.createJobQuery().processInstanceId(instance).activityId(REPORT_DEADLINE_TIMER)
        .singleResult();
    managementService.executeJob(deadline.getId());
    complete(instance, COMPILE_PICTURE, COORDINATOR_GROUP, Map.of(SUMMARY, "Mariefred: återkommande klotter och en "
        + "anlagd brand kring Gripsholmsvägen. Stallarholmen: samlingar vid fritidsgården varje fredag. Landsbygden: "
        + "buskörning vid badplatsen. Åkers styckebruk: tunneln fortfarande mörk."));
    String week = (String) runtimeService.getVariable(instance, WEEK);
    CurrentUser coordinator = new CurrentUser(COORDINATOR_GROUP, List.of(COORDINATOR_GROUP), "kommun");
    pictures.decide(coordinator, week, new ActionInput("Gripsholmsvägen 4–6, Mariefred",
        "Återkommande klotter och en anlagd brand i soprummet", "Sanera klottret, låsa soprummet och informera de boende",
        "bostadsbolag", EngineClock.today().plusDays(5).toString()));
    pictures.decide(coordinator, week, new ActionInput("Parkeringen vid fritidsgården, Stallarholmen",
        "Samlingar och mopeder efter stängning", "Fältarna och fritidsgården är på plats fredagskvällar",
        "fritid", EngineClock.today().plusDays(10).toString()));
    complete(instance, MEETING, COORDINATOR_GROUP, Map.of(MEETING_NOTE,
        "Polisen bevakar badplatsvägen; vaktbolaget anmäler belysningen i tunneln till kommunen igen."));
  }

  private void complete(String instance, String taskKey, String group, Map<String, Object> form) {
    as(group, () -> {
      var task = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey)
          .taskCandidateGroup(group).list().get(0);
      taskService.claim(task.getId(), group);
      formService.submitTaskForm(task.getId(), new HashMap<>(form));
      return null;
    });
  }

  private <T> T as(String user, Supplier<T> work) {
    List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId)
        .toList();
    identityService.setAuthentication(user, groups);
    try {
      return work.get();
    } finally {
      identityService.clearAuthentication();
    }
  }
}
