package se.samverka.followup.report;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.followup.report.BraUppfoljningProcess.*;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samverka.followup.report.persistence.ReportRepository;
import se.samverka.support.BrowserSession;
import se.samverka.support.DemoAccounts;
import se.samverka.support.Http;
import se.samverka.support.PostgresIntegrationTest;
import se.samverka.support.WorkApi;
import se.samverka.workflow.PeriodRuns;

/**
 * bra-uppfoljning on PostgreSQL, driven from the outside: the timer claims the half-year and stores the compiled report;
 * the coordinator uploads inputs on the report's page (each upload compiled into the stored report; a bad, non-UTF-8
 * or too large file stores nothing) and comments through {@code /api/tasks} (personnummer and overlong text refused);
 * the steering group returns it with a reason, then two members approve at once (one wins); the approved report is
 * archived as PDF and CSV with their SHA-256 and never changes again. Periods 2043–2045 belong to this class.
 */
@PostgresIntegrationTest
class BraUppfoljningIntegrationTests {

  private static final String GOOD_CSV = "mått;kommundel;värde\nAndel som känner sig trygga;Mariefred;62,5\n"
      + "Antal svarande;;1 204\n";

  @Autowired
  Http http;

  @Autowired
  ManagementService managementService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  PeriodRuns runs;

  @Autowired
  FollowUpReports reports;

  @Autowired
  ReportCompiler compiler;

  @Autowired
  ReportRepository repository;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static void at(int year, int month, int day, int hour) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(year, month, day, hour, 0).atZone(ZoneId.systemDefault())
        .toInstant()));
  }

  private String fireStartTimer(String period) {
    var timer = managementService.createJobQuery().timers().processDefinitionKey(KEY).activityId(STARTED)
        .singleResult();
    managementService.executeJob(timer.getId());
    return runs.holder(KEY, period).orElseThrow().holderInstanceId();
  }

  private static BrowserSession session(Http http, String user) throws Exception {
    BrowserSession session = new BrowserSession(http);
    session.login(user, Http.PASSWORD);
    return session;
  }

  @Test
  void theHalfYearIsCompiledUploadedCommentedReturnedApprovedOnceAndArchivedImmutably() throws Exception {
    at(2043, 7, 1, 7);
    String instance = fireStartTimer("2043-H1");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey())
        .isEqualTo("BRAU-2043-H1");
    ReportPeriod period = ReportPeriod.parse("2043-H1").orElseThrow();
    var compiled = reports.of(period);
    assertThat(compiled.stored().status()).isEqualTo(FollowUpReports.DRAFT);
    assertThat(compiled.content().sections()).isEqualTo(compiler.compile(period).sections());
    assertThat(reports.inputs(period)).filteredOn(FollowUpReports.Input::uploadable).hasSize(5)
        .allSatisfy(i -> assertThat(i.upload()).isNull());

    // The coordinator uploads the safety survey: stored with its rows, and the report compiled again with it.
    BrowserSession coordinator = session(http, "trygghetssamordnare");
    String action = "/uppfoljning/2043-H1/underlag/trygghetsmatningar";
    var uploaded = coordinator.upload(action, "fil", "trygghet.csv", GOOD_CSV.getBytes(StandardCharsets.UTF_8));
    assertThat(uploaded.statusCode()).isEqualTo(302);
    var upload = repository.uploads("2043-H1").stream().filter(u -> u.inputCode().equals("trygghetsmatningar"))
        .findFirst().orElseThrow();
    assertThat(upload.rows()).isEqualTo(2);
    assertThat(upload.fileName()).isEqualTo("trygghet.csv");
    assertThat(repository.figures(upload.id())).extracting(ReportRepository.Figure::measure)
        .containsExactly("Andel som känner sig trygga", "Antal svarande");
    var recompiled = reports.of(period);
    assertThat(recompiled.content().sections()).isEqualTo(compiler.compile(period).sections())
        .isNotEqualTo(compiled.content().sections());
    assertThat(coordinator.get("/uppfoljning/2043-H1").body()).contains("Uppladdat", "2 rader", "trygghet.csv");

    // Bad files store nothing: every bad row with its line and reason; a file not in UTF-8; a megabyte file.
    var bad = coordinator.upload(action, "fil", "fel.csv", ("mått;kommundel;värde\nTrygga;Atlantis;62\n"
        + "Otrygga;;många\n19121212-1212;;3\n").getBytes(StandardCharsets.UTF_8));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("Rad 2: kommundelen", "finns inte i överenskommelsen", "Rad 3: värdet",
        "Rad 4: mått innehåller ett personnummer", "Inget sparades").doesNotContain("19121212-1212");
    var latin1 = coordinator.upload(action, "fil", "latin1.csv", "mått;kommundel;värde\nTrygga i Åker;;5\n"
        .getBytes(StandardCharsets.ISO_8859_1));
    assertThat(latin1.statusCode()).isEqualTo(400);
    assertThat(latin1.body()).contains("inte UTF-8");
    byte[] megabyte = ("mått;kommundel;värde\n" + "Trygga;;1\n".repeat(110_000)).getBytes(StandardCharsets.UTF_8);
    var large = coordinator.upload(action, "fil", "stor.csv", megabyte);
    assertThat(large.statusCode()).isBetween(400, 499);
    assertThat(large.body()).contains("för stor");
    // Past the framework's multipart limit the file is not read at all: a Swedish 413 that says the limit.
    byte[] fiveMegabytes = ("mått;kommundel;värde\n" + "Trygga;;1\n".repeat(520_000)).getBytes(StandardCharsets.UTF_8);
    var tooLarge = coordinator.upload(action, "fil", "enorm.csv", fiveMegabytes);
    assertThat(tooLarge.statusCode()).isEqualTo(413);
    assertThat(tooLarge.body()).contains("Begäran är för stor", "högst 4 MB").doesNotContain("Försök igen om en stund");
    assertThat(coordinator.upload("/uppfoljning/2043-H1/underlag/orosanmalningar", "fil", "x.csv",
        GOOD_CSV.getBytes(StandardCharsets.UTF_8)).statusCode()).as("an input Samverka holds").isEqualTo(404);
    assertThat(repository.uploads("2043-H1")).singleElement().extracting(ReportRepository.Upload::id)
        .isEqualTo(upload.id());
    assertThat(reports.of(period).stored().content()).isEqualTo(recompiled.stored().content());

    // The comment: a personnummer and an overlong text refused, then kept.
    WorkApi work = new WorkApi(http);
    String commentTask = work.task("trygghetssamordnare", instance, COMMENT_TASK).path("id").asText();
    assertThat(work.value("trygghetssamordnare", commentTask, PAGE).asText()).isEqualTo("/uppfoljning/2043-H1");
    var personal = work.complete("trygghetssamordnare", commentTask, Map.of(COMMENT, "Gäller 19121212-1212."));
    assertThat(personal.status()).isEqualTo(400);
    assertThat(personal.body()).contains("personnummer").doesNotContain("19121212-1212");
    assertThat(work.complete("trygghetssamordnare", commentTask, Map.of(COMMENT, "x".repeat(4001))).status())
        .isEqualTo(400);
    assertThat(work.complete("trygghetssamordnare", commentTask, Map.of(COMMENT, "Ett halvår med färre bränder."))
        .status()).isEqualTo(200);
    assertThat(reports.of(period).stored().status()).isEqualTo(FollowUpReports.COMMENTED);
    // No one else sees the process's tasks.
    assertThat(work.tasks("polis", instance)).isEmpty();
    assertThat(work.tasks("bostadsbolag", instance)).isEmpty();

    // The steering group returns it (a reason is required), the coordinator comments again.
    String approval = work.task("styrgrupp", instance, APPROVAL_TASK).path("id").asText();
    assertThat(work.complete("styrgrupp", approval, Map.of(DECISION, RETURNED)).status()).isEqualTo(400);
    assertThat(work.complete("styrgrupp", approval, Map.of(DECISION, RETURNED, RETURN_REASON,
        "Polisens statistik saknas.")).status()).isEqualTo(200);
    assertThat(reports.of(period).stored().status()).isEqualTo(FollowUpReports.RETURNED);
    assertThat(reports.of(period).stored().returnedReason()).isEqualTo("Polisens statistik saknas.");
    commentTask = work.task("trygghetssamordnare", instance, COMMENT_TASK).path("id").asText();
    assertThat(work.value("trygghetssamordnare", commentTask, RETURN_REASON).asText())
        .isEqualTo("Polisens statistik saknas.");
    assertThat(coordinator.upload("/uppfoljning/2043-H1/underlag/polisanmalningar", "fil", "polis.csv",
        "mått;kommundel;värde\nAnmälda skadegörelsebrott;Strängnäs tätort;41\n".getBytes(StandardCharsets.UTF_8))
        .statusCode()).isEqualTo(302);
    assertThat(work.complete("trygghetssamordnare", commentTask, Map.of(COMMENT,
        "Ett halvår med färre bränder. Polisens statistik är uppladdad.")).status()).isEqualTo(200);

    // Two members of the steering group approve at the same moment: one approval counts, the other is refused.
    http.ensureMember("styrgrupp2", "Andra", "Ledamoten", "styrgrupp");
    String decision = work.task("styrgrupp", instance, APPROVAL_TASK).path("id").asText();
    var first = CompletableFuture.supplyAsync(() -> work.complete("styrgrupp", decision, Map.of(DECISION, APPROVED)));
    var second = CompletableFuture.supplyAsync(() -> work.complete("styrgrupp2", decision,
        Map.of(DECISION, APPROVED)));
    List<Integer> statuses = List.of(first.get().status(), second.get().status()).stream().sorted().toList();
    assertThat(statuses.get(0)).isEqualTo(200);
    assertThat(statuses.get(1)).isBetween(400, 499);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();

    var approved = reports.of(period);
    assertThat(approved.approved()).isTrue();
    assertThat(approved.stored().approvedBy()).isIn("styrgrupp", "styrgrupp2");
    assertThat(approved.stored().comment()).isEqualTo("Ett halvår med färre bränder. Polisens statistik är uppladdad.");
    assertThat(approved.stored().publicSummary()).as("a first half-year has no public summary").isNull();
    BrowserSession steering = session(http, "styrgrupp");
    var pdf = steering.download("/uppfoljning/2043-H1/rapport.pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(FollowUpReports.sha256(pdf.body())).isEqualTo(approved.stored().pdfSha256());
    try (var document = Loader.loadPDF(pdf.body())) {
      assertThat(new PDFTextStripper().getText(document)).contains("Ett halvår med färre bränder",
          "Kompletterande underlag");
    }
    var csv = steering.download("/uppfoljning/2043-H1/rapport.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(FollowUpReports.sha256(csv.body())).isEqualTo(approved.stored().csvSha256());
    assertThat(new String(csv.body(), StandardCharsets.UTF_8)).startsWith("\uFEFFavsnitt;tabell;rad;kolumn;värde");

    // After approval nothing changes: an upload is refused with 409, the service refuses too.
    var late = coordinator.upload(action, "fil", "sen.csv", GOOD_CSV.getBytes(StandardCharsets.UTF_8));
    assertThat(late.statusCode()).isEqualTo(409);
    assertThat(late.body()).contains("kan inte ändras");
    assertThat(coordinator.get("/uppfoljning/2043-H1").body()).doesNotContain("enctype=\"multipart/form-data\"");
    assertThat(reports.approve(period, "styrgrupp")).isFalse();
    var after = reports.of(period).stored();
    assertThat(after.content()).isEqualTo(approved.stored().content());
    assertThat(after.pdfSha256()).isEqualTo(approved.stored().pdfSha256());
    assertThat(after.approvedAt()).isEqualTo(approved.stored().approvedAt());
    assertThat(repository.uploads("2043-H1")).hasSize(2);

    // A second start in the same half-year does nothing.
    fireStartTimer("2043-H1");
    assertThat(runs.skips(KEY)).extracting(PeriodRuns.Skip::period).contains("2043-H1");
  }

  @Test
  void theSecondHalfYearsApprovalKeepsTheYearsPublicSummaryWhichTheCommunicatorsRead() throws Exception {
    at(2045, 1, 1, 7);
    String instance = fireStartTimer("2044-H2");
    WorkApi work = new WorkApi(http);
    assertThat(work.complete("trygghetssamordnare", work.task("trygghetssamordnare", instance, COMMENT_TASK)
        .path("id").asText(), Map.of(COMMENT, "Året i korthet.")).status()).isEqualTo(200);
    assertThat(work.complete("styrgrupp", work.task("styrgrupp", instance, APPROVAL_TASK).path("id").asText(),
        Map.of(DECISION, APPROVED)).status()).isEqualTo(200);

    ReportContent summary = reports.publicSummary(2044);
    assertThat(summary.period()).isEqualTo("2044");
    assertThat(summary.title()).contains("offentlig sammanfattning");
    assertThat(summary.sections()).flatExtracting(ReportContent.Section::tables)
        .flatExtracting(ReportContent.Table::rows).allSatisfy(row -> {
          assertThat(row.total()).isFalse();
          assertThat(row.cells()).allSatisfy(cell -> assertThat(cell.count() == null || cell.count() >= 5).isTrue());
        });
    for (String group : List.of("kommunikator", "styrgrupp", "trygghetssamordnare")) {
      BrowserSession session = session(http, group);
      var page = session.get("/uppfoljning/ar/2044/sammanfattning");
      assertThat(page.statusCode()).as(group).isEqualTo(200);
      assertThat(page.body()).contains("offentlig sammanfattning");
      assertThat(session.download("/uppfoljning/ar/2044/sammanfattning.csv").statusCode()).as(group).isEqualTo(200);
    }
    BrowserSession communicator = session(http, "kommunikator");
    assertThat(communicator.get("/uppfoljning/2044-H2").statusCode()).as("the report itself").isEqualTo(403);
    assertThat(communicator.get("/uppfoljning/ar/2043/sammanfattning").statusCode()).isEqualTo(404);
    assertThat(communicator.get("/uppfoljning/ar/20x4/sammanfattning").statusCode()).isEqualTo(400);
  }

  @Test
  void onlyTheCoordinatorAndTheSteeringGroupReadTheReportsAndOnlyTheCoordinatorUploads() throws Exception {
    ReportPeriod period = ReportPeriod.parse("2045-H1").orElseThrow();
    reports.begin(period, "access-test");
    List<String> readers = List.of("trygghetssamordnare", "styrgrupp");
    for (String group : DemoAccounts.GROUPS) {
      BrowserSession session = session(http, group);
      var list = session.get("/uppfoljning");
      var page = session.get("/uppfoljning/2045-H1");
      var unknown = session.get("/uppfoljning/2031-H1");
      var forged = session.get("/uppfoljning/2031-H3");
      var pdf = session.download("/uppfoljning/2045-H1/rapport.pdf");
      var summary = session.get("/uppfoljning/ar/2045/sammanfattning");
      var upload = session.upload("/uppfoljning/2045-H1/underlag/trygghetsmatningar", "fil", "t.csv",
          GOOD_CSV.getBytes(StandardCharsets.UTF_8));
      if (readers.contains(group)) {
        assertThat(list.statusCode()).as(group).isEqualTo(200);
        assertThat(list.body()).contains("Uppföljning av första halvåret 2045");
        assertThat(page.statusCode()).as(group).isEqualTo(200);
        assertThat(page.body()).contains("Saknas för perioden", "Om rapporten", "Insatsområde 1");
        assertThat(unknown.statusCode()).as(group).isEqualTo(404);
        assertThat(forged.statusCode()).as(group).isEqualTo(400);
        assertThat(forged.body()).contains("Okänd period").doesNotContain("2031-H3");
        assertThat(session.get("/uppfoljning/" + "9".repeat(5000)).statusCode()).as(group).isEqualTo(400);
        assertThat(pdf.statusCode()).as("not approved: no PDF yet").isEqualTo(404);
        assertThat(summary.statusCode()).as(group).isEqualTo(404);
      } else {
        assertThat(list.statusCode()).as(group).isEqualTo(403);
        assertThat(page.statusCode()).as(group).isEqualTo(403);
        assertThat(unknown.statusCode()).as(group).isEqualTo(403);
        assertThat(forged.statusCode()).as(group).isEqualTo(403);
        assertThat(pdf.statusCode()).as(group).isEqualTo(403);
        assertThat(summary.statusCode()).as(group).isEqualTo(group.equals("kommunikator") ? 404 : 403);
      }
      if (group.equals("trygghetssamordnare")) {
        assertThat(upload.statusCode()).isEqualTo(302);
      } else {
        assertThat(upload.statusCode()).as(group).isEqualTo(403);
      }
    }
    assertThat(repository.uploads("2045-H1")).singleElement()
        .satisfies(u -> assertThat(u.uploadedBy()).isEqualTo("trygghetssamordnare"));
  }
}
